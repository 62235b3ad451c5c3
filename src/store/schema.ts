// The database schema the store relies on, created when missing (idempotent, IF NOT EXISTS):
// a uniqueness constraint on `id` per label, lookup indexes, the `entityNames` full-text index and a
// (:SchemaVersion) node. Labels and names come from the ontology, never from input.
import { ENTITY_LABELS } from '../graph/ontology.js';
import type { Store } from './store.js';

export const SCHEMA_VERSION = 1;

/** Every node label the store writes; each gets a uniqueness constraint on `id`. */
export const STORE_LABELS = [...ENTITY_LABELS, 'Entity', 'Article', 'Evidence', 'Figure'] as const;

export const FULLTEXT_INDEX = 'entityNames';

export interface SchemaItem {
  name: string;
  /** CREATE … IF NOT EXISTS statement */
  cypher: string;
}

const snake = (label: string) => label.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

export const SCHEMA_ITEMS: readonly SchemaItem[] = [
  ...STORE_LABELS.map((label) => ({
    name: `${snake(label)}_id_unique`,
    cypher: `CREATE CONSTRAINT ${snake(label)}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  })),
  {
    name: 'article_key_unique',
    cypher: 'CREATE CONSTRAINT article_key_unique IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE',
  },
  { name: 'evidence_rel_id', cypher: 'CREATE INDEX evidence_rel_id IF NOT EXISTS FOR (n:Evidence) ON (n.relId)' },
  { name: 'entity_name', cypher: 'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)' },
  {
    name: FULLTEXT_INDEX,
    cypher: `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABELS.join('|')}) ON EACH [n.name, n.aliases]`,
  },
];

export interface SchemaReport {
  version: number;
  /** names of the constraints/indexes created now (empty when all existed) */
  created: string[];
  /** true when the (:SchemaVersion) node was created or its version changed now */
  versionChanged: boolean;
}

export async function ensureSchema(store: Store): Promise<SchemaReport> {
  const names = async (show: string) => (await store.read<{ name: string }>(`${show} YIELD name RETURN name`)).map((r) => r.name);
  const existing = new Set([...(await names('SHOW CONSTRAINTS')), ...(await names('SHOW INDEXES'))]);
  const created: string[] = [];
  for (const item of SCHEMA_ITEMS) {
    if (existing.has(item.name)) continue;
    // schema commands cannot share a transaction with data writes: one transaction each
    await store.writeTx((tx) => tx.run(item.cypher));
    created.push(item.name);
  }
  const [row] = await store.write<{ previous: number | null }>(
    `MERGE (v:SchemaVersion {name: 'newsgraph'})
     WITH v, v.version AS previous
     SET v.version = $version, v.updatedAt = coalesce(CASE WHEN previous = $version THEN v.updatedAt END, toString(datetime()))
     RETURN previous`,
    { version: SCHEMA_VERSION },
  );
  if (created.length > 0) await store.autoCommit('CALL db.awaitIndexes(300)', {}, 'READ');
  return { version: SCHEMA_VERSION, created, versionChanged: row?.previous !== SCHEMA_VERSION };
}

export function describeSchemaReport(report: SchemaReport): string {
  const created = report.created.length === 0 ? 'all constraints and indexes present' : `created ${report.created.join(', ')}`;
  return `schema v${report.version}: ${created}`;
}
