// Runs one Cypher statement for the `query` command: READ access unless writing is asked for, a managed
// transaction (retried) unless the statement needs auto-commit (`CALL { … } IN TRANSACTIONS`).
import { UsageError } from '../errors.js';
import type { Row } from '../store/convert.js';
import type { AccessMode, Counters, Params, Store } from '../store/store.js';

export interface CypherResult {
  columns: string[];
  rows: Row[];
  counters: Counters;
}

export async function runCypher(store: Store, cypher: string, params: Params = {}, mode: AccessMode = 'READ'): Promise<CypherResult> {
  if (cypher.trim() === '') throw new UsageError('query: empty Cypher');
  if (/\bIN\s+(\d+\s+CONCURRENT\s+)?TRANSACTIONS\b/i.test(cypher)) return store.autoCommit(cypher, params, mode);
  return mode === 'READ' ? store.readTx((tx) => tx.run(cypher, params)) : store.writeTx((tx) => tx.run(cypher, params));
}

/**
 * `--param k=v` → { k: value }: the value is read as JSON when it is JSON (42, 0.5, true, null, ["a"],
 * "quoted"), else taken as a string (`--param name=North Korea`).
 */
export function parseParamPairs(pairs: readonly string[]): Params {
  const params: Params = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`query: --param expects name=value (got ${JSON.stringify(pair)})`);
    const name = pair.slice(0, eq).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`query: --param name "${name}" is not a Cypher parameter name`);
    const raw = pair.slice(eq + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      // plain string
    }
    params[name] = value;
  }
  return params;
}

/** One line saying what a write did (empty when nothing changed). */
export function describeCounters(c: Counters): string {
  const parts = Object.entries({
    'nodes created': c.nodesCreated,
    'nodes deleted': c.nodesDeleted,
    'relationships created': c.relationshipsCreated,
    'relationships deleted': c.relationshipsDeleted,
    'properties set': c.propertiesSet,
    'labels added': c.labelsAdded,
    'constraints added': c.constraintsAdded,
    'indexes added': c.indexesAdded,
  })
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n} ${what}`);
  return parts.join(', ');
}
