// PROFILE of the aggregate statements of the article write, on a fresh Neo4j holding the first --at
// articles of the corpus graphs (from bench/ingest/run.ts --graphs FILE): db hits and rows per operator of
// RECOMPUTE_RELATIONS / RECOMPUTE_ENTITIES for the last batch written (its statements timed per batch).
//   tsx bench/ingest/profile.ts --graphs /tmp/graphs-1000.json [--at 500] [--batch 50]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import type { ArticleGraph } from '../../src/graph/types.js';
import { articleRows } from '../../src/store/article-rows.js';
import * as Q from '../../src/store/article-cypher.js';
import { writeArticleGraphs } from '../../src/store/article-graphs.js';
import { openStore, toParams, type Tx } from '../../src/store/store.js';
import { startThrowaway } from '../lib/neo4j.js';
import { timingStore, type StatementStats } from './statements.js';

interface PlanNode { operatorType: string; children: PlanNode[]; arguments: Record<string, unknown>; dbHits?: number; rows?: number }

function print(plan: PlanNode, depth = 0): void {
  const details = String(plan.arguments.Details ?? '').slice(0, 110);
  process.stdout.write(`${'  '.repeat(depth)}${plan.operatorType.replace(/@.*$/, '')} rows=${plan.rows ?? '?'} hits=${plan.dbHits ?? '?'} ${details}\n`);
  for (const c of plan.children) print(c, depth + 1);
}

const { values } = parseArgs({ options: { graphs: { type: 'string' }, at: { type: 'string', default: '500' }, batch: { type: 'string', default: '50' } } });
const cached = JSON.parse(readFileSync(values.graphs!, 'utf8')) as { ex: { value: { files: { graphs: ArticleGraph[] }[] } } };
const graphs = cached.ex.value.files.flatMap((f) => f.graphs);
const at = Number(values.at);
const batch = Number(values.batch);
const db = await startThrowaway();
try {
  const store = await openStore(db.connection);
  const t0 = performance.now();
  let last = t0;
  const stats = new Map<string, StatementStats>();
  const prefix = process.env.CYPHER_PREFIX ?? '';
  const prefixed = new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'writeTx') {
        return <T>(work: (tx: Tx) => Promise<T>) => target.writeTx((tx) => work({
          run: (c, p, z) => tx.run(prefix + c, p, z), query: (c, p, z) => tx.query(prefix + c, p, z),
        }));
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  await writeArticleGraphs(timingStore(prefixed, stats), graphs.slice(0, at), {
    batchSize: batch,
    onArticle: (done) => {
      if (done % batch !== 0) return;
      const now = performance.now();
      const top = [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 6).map(([k, v]) => `${k} ${Math.round(v.ms)}`).join(', ');
      process.stdout.write(`batch ending at ${done}: ${Math.round(now - last)} ms (${top})\n`);
      stats.clear();
      last = now;
    },
  });
  process.stdout.write(`wrote ${at} articles in ${Math.round(performance.now() - t0)} ms\n`);
  // the aggregates of the last batch written, recomputed again
  const lastBatch = graphs.slice(Math.max(0, at - batch), at).map(articleRows);
  const supplies = lastBatch.flatMap((r) => r.relationsByType.MENTIONED_WITH ?? []);
  const ids = [...new Set(lastBatch.flatMap((r) => r.entityIds))];
  const driver = neo4j.driver(db.connection.uri, neo4j.auth.basic(db.connection.user, db.connection.password));
  try {
    for (const [name, cypher, params] of [['RECOMPUTE_RELATIONS (MENTIONED_WITH)', Q.RECOMPUTE_RELATIONS, { rows: [...new Map(supplies.map((r) => [r.id, { ...r, type: 'MENTIONED_WITH' }])).values()] }], ['RECOMPUTE_ENTITIES', Q.RECOMPUTE_ENTITIES, { ids }]] as const) {
      const session = driver.session({ database: db.connection.database });
      try {
        for (let i = 0; i < 2; i++) {
          const t = performance.now();
          // PROFILE writes: roll the transaction back so the graph stays as it was
          const tx = session.beginTransaction();
          const res = await tx.run(`PROFILE ${cypher}`, toParams(params as Record<string, unknown>));
          await tx.rollback();
          process.stdout.write(`\n${name} (${((params as { ids?: unknown[]; rows?: unknown[] }).ids ?? (params as { rows: unknown[] }).rows).length} rows): ${Math.round(performance.now() - t)} ms\n`);
          if (i === 1) print(res.summary.profile as unknown as PlanNode);
        }
      } finally {
        await session.close();
      }
    }
  } finally {
    await driver.close();
    await store.close();
  }
} finally {
  await db.stop();
}
