// Integration tests talk to the real Neo4j started by test/setup/global-setup.ts (NEO4J_* in the env).
// Test files share that one database and jest runs them one at a time (maxWorkers: 1): call
// resetDatabase() in beforeEach/beforeAll of every suite that writes.
import { loadConfig } from '../../src/config/config.js';
import { emptyDatabase } from '../../src/store/admin.js';
import { ensureSchema } from '../../src/store/schema.js';
import { openStore, type Store } from '../../src/store/store.js';

export function testNeo4jAvailable(): boolean {
  return Boolean(process.env.NEO4J_URI);
}

/** A store on the test database (schema ensured). Close it in afterAll. */
export async function openTestStore(): Promise<Store> {
  if (!process.env.NEO4J_URI) throw new Error('test/helpers/neo4j: no test Neo4j (NEWSGRAPH_TEST_NEO4J=off?)');
  return openStore(loadConfig(process.env));
}

/** Empties the test database (constraints and indexes stay; the schema-version node is re-created). */
export async function resetDatabase(store: Store): Promise<void> {
  await emptyDatabase(store);
  await ensureSchema(store);
}
