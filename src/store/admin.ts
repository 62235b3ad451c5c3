// Whole-database operations: counts for `db status`, emptying for `db reset` and tests.
import type { Store } from './store.js';

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export async function countGraph(store: Store): Promise<GraphCounts> {
  const [row] = await store.read<GraphCounts>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row ?? { nodes: 0, relationships: 0 };
}

/** Deletes every node and relationship in batches; constraints and indexes stay. Returns what was there. */
export async function emptyDatabase(store: Store): Promise<GraphCounts> {
  const before = await countGraph(store);
  await store.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS', {}, 'WRITE');
  return before;
}
