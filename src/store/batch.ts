// Batched idempotent writes: `UNWIND $rows AS row MERGE …`, one transaction per batch (a failing batch
// leaves nothing of itself behind; the batches before it stay committed).
import type { Counters, Params, Store } from './store.js';

/**
 * Rows per transaction, measured with bench/store/batch-size.ts (relationship MERGEs between existing
 * nodes, managed Neo4j 5.26): below 100 the commits dominate, from 5,000 on the gain flattens out while a
 * failing or retried batch grows. Numbers in docs/STORAGE.md.
 */
export const DEFAULT_BATCH_SIZE = 5000;

export interface BatchOptions {
  batchSize?: number;
  /** Extra parameters passed to every batch besides $rows. */
  params?: Params;
  onBatch?: (rowsDone: number, rowsTotal: number) => void;
}

export interface BatchSummary extends Counters {
  rows: number;
  batches: number;
}

export const emptyCounters = (): Counters => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
  labelsAdded: 0,
  constraintsAdded: 0,
  indexesAdded: 0,
});

export function addCounters(into: Counters, more: Counters): Counters {
  for (const key of Object.keys(more) as (keyof Counters)[]) into[key] += more[key];
  return into;
}

/** Runs `cypher` (which must read `$rows`) over `rows` in batches; each batch is its own transaction. */
export async function writeBatches<R>(store: Store, cypher: string, rows: readonly R[], options: BatchOptions = {}): Promise<BatchSummary> {
  if (!/\$rows\b/.test(cypher)) throw new Error('store/batch: the Cypher must use $rows (UNWIND $rows AS row …)');
  const size = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const summary: BatchSummary = { ...emptyCounters(), rows: 0, batches: 0 };
  for (let start = 0; start < rows.length; start += size) {
    const batch = rows.slice(start, start + size);
    const { counters } = await store.writeTx((tx) => tx.run(cypher, { ...options.params, rows: batch }));
    addCounters(summary, counters);
    summary.rows += batch.length;
    summary.batches += 1;
    options.onBatch?.(summary.rows, rows.length);
  }
  return summary;
}
