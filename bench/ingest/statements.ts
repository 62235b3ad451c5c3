// Where the store's write time goes: wraps a Store so every statement run inside writeTx is timed,
// keyed by the name of the Cypher constant it is (src/store/article-cypher.ts).
import * as Q from '../../src/store/article-cypher.js';
import type { Store, Tx } from '../../src/store/store.js';

export interface StatementStats { calls: number; ms: number }

const NAMES = new Map<string, string>(
  Object.entries(Q).filter(([, v]) => typeof v === 'string').map(([k, v]) => [v as string, k]),
);

function nameOf(cypher: string): string {
  const known = NAMES.get(cypher);
  if (known) return known;
  if (/DELETE r$/.test(cypher.trim())) return 'deleteEmptyRelations';
  return cypher.replace(/\s+/g, ' ').trim().slice(0, 50);
}

export function timingStore(store: Store, stats: Map<string, StatementStats>): Store {
  const add = (cypher: string, ms: number) => {
    const k = nameOf(cypher);
    const s = stats.get(k) ?? stats.set(k, { calls: 0, ms: 0 }).get(k)!;
    s.calls++;
    s.ms += ms;
  };
  const wrap = (tx: Tx): Tx => ({
    run: async (cypher, params, schema) => {
      const t0 = performance.now();
      try { return await tx.run(cypher, params, schema); } finally { add(cypher, performance.now() - t0); }
    },
    query: async (cypher, params, schema) => {
      const t0 = performance.now();
      try { return await tx.query(cypher, params, schema); } finally { add(cypher, performance.now() - t0); }
    },
  });
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'writeTx') return <T>(work: (tx: Tx) => Promise<T>) => target.writeTx((tx) => work(wrap(tx)));
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
