// Latency of each named query of cypher/ as `newsgraph query NAME` runs it (entity parameters
// resolved, read transaction, post-processor), with its default parameters, plus a few heavier
// variants. Two warm-up runs, then RUNS timed runs (fewer when a query is slow).
import { loadLibrary, runNamedQuery } from '../../src/query/library.js';
import type { Store } from '../../src/store/store.js';
import { log } from '../lib/args.js';
import { median, quantile, round } from '../lib/stats.js';

const RUNS = 20;
const BUDGET_MS = 30_000; // per query, after warm-up
const VARIANTS: Record<string, string[][]> = {
  'ego-network': [['hops=2'], ['hops=3']],
};

export interface QueryLatency {
  name: string;
  params: string;
  rows: number;
  runs: number;
  median_ms: number;
  p95_ms: number;
  max_ms: number;
  error?: string;
}

export async function measureQueries(store: Store): Promise<QueryLatency[]> {
  const out: QueryLatency[] = [];
  for (const query of loadLibrary()) {
    for (const pairs of [[], ...(VARIANTS[query.name] ?? [])]) {
      const label = pairs.length ? `${query.name} ${pairs.join(' ')}` : query.name;
      try {
        let rows = 0;
        for (let i = 0; i < 2; i++) rows = (await runNamedQuery(store, query, pairs)).rows.length;
        const times: number[] = [];
        const started = performance.now();
        while (times.length < RUNS && (times.length < 3 || performance.now() - started < BUDGET_MS)) {
          const t0 = performance.now();
          await runNamedQuery(store, query, pairs);
          times.push(performance.now() - t0);
        }
        out.push({
          name: label, params: pairs.join(' ') || '(defaults)', rows, runs: times.length,
          median_ms: round(median(times), 1), p95_ms: round(quantile(times, 0.95), 1), max_ms: round(Math.max(...times), 1),
        });
        log(`bench/queries: ${label}: median ${round(median(times), 1)} ms, p95 ${round(quantile(times, 0.95), 1)} ms (${rows} rows)`);
      } catch (err) {
        out.push({ name: label, params: pairs.join(' ') || '(defaults)', rows: 0, runs: 0, median_ms: NaN, p95_ms: NaN, max_ms: NaN, error: (err as Error).message.split('\n')[0] });
        log(`bench/queries: ${label}: ${(err as Error).message.split('\n')[0]}`);
      }
    }
  }
  return out;
}
