import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ensureSchema, FULLTEXT_INDEX, SCHEMA_VERSION, STORE_LABELS } from '../../src/store/schema.js';
import type { Store } from '../../src/store/store.js';
import { openTestStore, resetDatabase } from '../helpers/neo4j.js';

describe('ensureSchema (real Neo4j)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
    await resetDatabase(store);
  });
  afterAll(() => store.close());

  it('has a uniqueness constraint on id for every label the store writes', async () => {
    const rows = await store.read<{ labels: string[]; properties: string[]; type: string }>(
      'SHOW CONSTRAINTS YIELD labelsOrTypes AS labels, properties, type RETURN labels, properties, type',
    );
    for (const label of STORE_LABELS) {
      expect(rows).toContainEqual({ labels: [label], properties: ['id'], type: 'UNIQUENESS' });
    }
  });

  it('has the full-text index over name and aliases of the entity labels', async () => {
    const [index] = await store.read<{ labels: string[]; properties: string[]; state: string }>(
      'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes AS labels, properties, state WHERE name = $name RETURN labels, properties, state',
      { name: FULLTEXT_INDEX },
    );
    expect(index?.properties).toEqual(['name', 'aliases']);
    expect(index?.labels).toEqual(expect.arrayContaining(['Person', 'Country', 'Organization', 'Place', 'Event']));
    expect(index?.state).toBe('ONLINE');
  });

  it('finds an entity by one of its aliases through the full-text index', async () => {
    await store.write("CREATE (:Entity:Person {id: 'person:t1', name: 'Volodymyr Zelenskyy', aliases: ['Zelensky', 'Zelenskiy']})");
    const rows = await store.read<{ id: string }>(
      `CALL db.index.fulltext.queryNodes($index, 'Zelenskiy') YIELD node RETURN node.id AS id`,
      { index: FULLTEXT_INDEX },
    );
    expect(rows).toEqual([{ id: 'person:t1' }]);
  });

  it('creates nothing the second time and records the schema version', async () => {
    const report = await ensureSchema(store);
    expect(report.created).toEqual([]);
    const [row] = await store.read<{ version: number }>("MATCH (v:SchemaVersion {name: 'newsgraph'}) RETURN v.version AS version");
    expect(row?.version).toBe(SCHEMA_VERSION);
  });

  it('rejects a second node with the same id', async () => {
    await store.write("CREATE (:Entity:Country {id: 'country:dup', name: 'A'})");
    await expect(store.write("CREATE (:Entity:Country {id: 'country:dup', name: 'B'})")).rejects.toThrow(/already exists/);
  });
});
