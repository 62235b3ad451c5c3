// Ingest into a real Neo4j: extract (worker threads) then write (src/store), against the write floor.
//   tsx bench/ingest/run.ts --size 1000 [--workers 2] [--queries] [--no-write] [--graphs FILE] [--batch N] [--no-floor]
// --batch N: whole articles per write transaction (default: the store's DEFAULT_ARTICLE_BATCH).
// --no-floor: skip step 4 (for batch-size sweeps; the run is then not recorded).
// --graphs FILE: the extracted graphs are saved to FILE, or read from it when it exists (skips extraction:
// the same input for comparing store versions while src/extract changes; its extract numbers are from FILE).
// 1. extractFiles(corpus, {workers}) — the extract half of `newsgraph ingest`;
// 2. writeArticleGraphs into a fresh throwaway Neo4j (schema created before the clock starts);
// 3. the same graphs again (nothing new: the cost of re-ingesting an unchanged corpus); with
//    --queries, the latency of every cypher/ query on that graph (bench/queries);
// 4. the resulting graph read back and written with plain `UNWIND $rows CREATE` into a second fresh
//    Neo4j: the floor, the least any store could pay for the same nodes, relationships and properties.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { ArticleGraph } from '../../src/graph/types.js';
import { DEFAULT_ARTICLE_BATCH, writeArticleGraphs, type WriteSummary } from '../../src/store/article-graphs.js';
import { openStore } from '../../src/store/store.js';
import { log, stageArgs } from '../lib/args.js';
import { corpusInput, ensureCorpus } from '../lib/corpus.js';
import { heapSampler, peakRssMiB } from '../lib/memory.js';
import { startThrowaway } from '../lib/neo4j.js';
import { extractFilesFn } from '../lib/product.js';
import { writeRun } from '../lib/results.js';
import { round } from '../lib/stats.js';
import { timed } from '../lib/timing.js';
import { measureQueries } from '../queries/measure.js';
import { dumpGraph, writeFloor } from './floor.js';
import { timingStore, type StatementStats } from './statements.js';

const DESCRIPTION = 'End-to-end ingest of the generated corpus: extraction (2 worker threads) then the store writing batches of whole articles (write.batch_articles per transaction) into a fresh Neo4j 5.26 (1 GiB heap, 256 MiB page cache); the write floor is the same final graph written with plain UNWIND $rows CREATE (10,000 rows a transaction) into another fresh Neo4j. store_vs_floor_ratio = floor time / store time (1 = as fast as the floor).';

const QUERIES_DESCRIPTION = 'Each named query of cypher/ run as `newsgraph query NAME` does (entity parameters resolved, read transaction, post-processor) with its default parameters, on the graph the ingest bench wrote (fresh Neo4j, 1 GiB heap); 2 warm-up runs, then up to 20 timed runs.';

async function counts(store: Awaited<ReturnType<typeof openStore>>): Promise<{ nodes: number; relationships: number }> {
  const [n] = await store.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
  const [r] = await store.read<{ r: number }>('MATCH ()-[r]->() RETURN count(r) AS r');
  return { nodes: n?.n ?? 0, relationships: r?.r ?? 0 };
}

async function main(): Promise<void> {
  const args = stageArgs({
    workers: { type: 'string', default: '2' }, queries: { type: 'boolean', default: false }, graphs: { type: 'string' }, batch: { type: 'string' }, 'no-floor': { type: 'boolean', default: false },
  });
  const workers = Number(args.extra.workers);
  const batchSize = args.extra.batch === undefined ? DEFAULT_ARTICLE_BATCH : Number(args.extra.batch);
  ensureCorpus(args.size);
  const input = corpusInput(args.size, args.format);
  const heap = heapSampler();
  const notes: string[] = [];

  // 1. extract
  type Extracted = { files: { graphs: ArticleGraph[] }[]; workers: number; errors: unknown[] };
  const cache = typeof args.extra.graphs === 'string' ? args.extra.graphs : undefined;
  let ex: { value: Extracted; ms: number };
  let from: string;
  if (cache && existsSync(cache)) {
    ({ ex, from } = JSON.parse(readFileSync(cache, 'utf8')) as { ex: { value: Extracted; ms: number }; from: string });
    notes.push(`graphs read from ${cache} (extraction not run)`);
  } else {
    const fn = await extractFilesFn();
    from = fn.from;
    ex = await timed(() => fn.fn([input], { workers }) as Promise<Extracted>);
    if (cache) writeFileSync(cache, JSON.stringify({ ex: { value: { files: ex.value.files.map((f) => ({ graphs: f.graphs })), workers: ex.value.workers, errors: ex.value.errors }, ms: ex.ms }, from }));
  }
  const graphs = ex.value.files.flatMap((f) => f.graphs);
  const relations = graphs.reduce((n, g) => n + g.relations.length, 0);
  log(`bench/ingest: extracted ${graphs.length} articles (${relations} relations) in ${round(ex.ms / 1000, 1)} s with ${ex.value.workers} worker(s) from ${from}/`);
  if (ex.value.errors.length) notes.push(`${ex.value.errors.length} file(s) failed extraction`);
  const rssAfterExtract = peakRssMiB();

  // 2–3. store into a fresh Neo4j, then again
  const db = await startThrowaway();
  let write: Awaited<ReturnType<typeof timed<WriteSummary>>>;
  let again: Awaited<ReturnType<typeof timed<WriteSummary>>>;
  let graph: { nodes: number; relationships: number };
  let dump: Awaited<ReturnType<typeof dumpGraph>>;
  let neo4jPeak: number | undefined;
  const statements = new Map<string, StatementStats>();
  const perDecile: number[] = [];
  try {
    const store = await openStore(db.connection);
    try {
      let last = Date.now();
      const stamps: number[] = [performance.now()];
      write = await timed(() => writeArticleGraphs(timingStore(store, statements), graphs, {
        batchSize,
        onArticle: (done, total) => {
          stamps.push(performance.now());
          if (Date.now() - last > 15_000) { last = Date.now(); log(`bench/ingest: written ${done}/${total}`); }
        },
      }));
      // ms per article over each tenth of the run: flat when the cost per article does not grow with the graph
      // (only when a tenth holds whole batches: articles are reported when their batch commits)
      for (let d = 0; d < 10 && graphs.length / 10 >= batchSize; d++) {
        const a = Math.floor((d * graphs.length) / 10);
        const b = Math.floor(((d + 1) * graphs.length) / 10);
        if (b > a) perDecile.push(round((stamps[b]! - stamps[a]!) / (b - a), 1));
      }
      graph = await counts(store);
      log(`bench/ingest: wrote ${graphs.length} articles in ${round(write.ms / 1000, 1)} s → ${graph.nodes} nodes, ${graph.relationships} relationships`);
      again = await timed(() => writeArticleGraphs(store, graphs, { batchSize }));
      const after = await counts(store);
      if (after.nodes !== graph.nodes || after.relationships !== graph.relationships) notes.push(`re-ingest changed the counts: ${JSON.stringify(graph)} → ${JSON.stringify(after)}`);
      if (args.extra.queries) {
        const queries = await measureQueries(store);
        if (args.write) writeRun('queries', QUERIES_DESCRIPTION, { size: args.size, graph, queries });
      }
      dump = await dumpGraph(store);
    } finally {
      await store.close();
    }
    neo4jPeak = db.peakRssMiB();
  } finally {
    await db.stop();
  }

  const w = write.value;
  if (args.extra['no-floor']) {
    process.stdout.write(`${JSON.stringify({
      size: args.size, batch_articles: batchSize, write_s: round(write.ms / 1000, 2), articles_per_s: round((graphs.length / write.ms) * 1000, 1),
      write_ms_per_article_by_tenth: perDecile, reingest_s: round(again.ms / 1000, 2), graph,
    })}\n`);
    return;
  }

  // 4. the floor
  const db2 = await startThrowaway();
  let floor: Awaited<ReturnType<typeof writeFloor>>;
  try {
    const store = await openStore(db2.connection, { ensureSchema: false });
    try {
      floor = await writeFloor(store, dump);
      const c = await counts(store);
      if (c.nodes !== graph.nodes || c.relationships !== graph.relationships) notes.push(`floor graph differs: ${JSON.stringify(c)}`);
    } finally {
      await store.close();
    }
  } finally {
    await db2.stop();
  }
  log(`bench/ingest: floor wrote the same graph in ${round(floor.ms / 1000, 1)} s`);

  const run = {
    size: args.size,
    articles: graphs.length,
    extracted_relations: relations,
    graph,
    extract: { s: round(ex.ms / 1000, 2), workers: ex.value.workers, from, articles_per_s: round((graphs.length / ex.ms) * 1000, 1) },
    write: {
      batch_articles: batchSize,
      s: round(write.ms / 1000, 2),
      articles_per_s: round((graphs.length / write.ms) * 1000, 1),
      relationships_per_s: round((graph.relationships / write.ms) * 1000, 0),
      nodes_per_s: round((graph.nodes / write.ms) * 1000, 0),
      new: w.new, unchanged: w.unchanged, updated: w.updated, failed: w.failed,
    },
    write_ms_per_article_by_tenth: perDecile.length ? perDecile : undefined,
    write_statements: Object.fromEntries([...statements].sort((a, b) => b[1].ms - a[1].ms).map(([k, v]) => [k, { calls: v.calls, s: round(v.ms / 1000, 2), share: round(v.ms / write.ms, 3) }])),
    end_to_end_s: round((ex.ms + write.ms) / 1000, 2),
    extract_share: round(ex.ms / (ex.ms + write.ms), 3),
    reingest: { s: round(again.ms / 1000, 2), articles_per_s: round((graphs.length / again.ms) * 1000, 1), unchanged: again.value.unchanged },
    floor: {
      s: round(floor.ms / 1000, 2), nodes_s: round(floor.nodesMs / 1000, 2), relationships_s: round(floor.relsMs / 1000, 2),
      articles_per_s: round((graphs.length / floor.ms) * 1000, 1),
      relationships_per_s: round((graph.relationships / floor.ms) * 1000, 0),
    },
    store_vs_floor_ratio: round(floor.ms / write.ms, 4),
    peak_rss_mib_extract: rssAfterExtract,
    peak_rss_mib: peakRssMiB(),
    peak_heap_mib: heap.stop(),
    neo4j_peak_rss_mib: neo4jPeak,
    notes: notes.length ? notes : undefined,
  };
  if (args.write) writeRun('ingest', DESCRIPTION, run);
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

await main();
