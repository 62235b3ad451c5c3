// Extraction throughput against bare compromise, on one thread and with worker threads.
//   tsx bench/extract/run.ts --size 1000 [--format pages|jsonl] [--no-workers] [--no-write]
// One thread: the corpus is cut into chunks of 20 articles and each chunk is timed under bare
// compromise and under extractArticle, alternating which goes first, so load from other processes
// on the shared CPU falls on both sides alike. Workers: extractFiles(paths, {workers: 1 | 2}).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadInputs, maskSkipped } from '../../src/load/index.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import type { Article } from '../../src/graph/types.js';
import { log, stageArgs } from '../lib/args.js';
import { corpusInput, ensureCorpus } from '../lib/corpus.js';
import { heapSampler, peakRssMiB } from '../lib/memory.js';
import { extractArticleFn, extractFilesFn, NotAvailable, resolveCorpusFn } from '../lib/product.js';
import { writeRun } from '../lib/results.js';
import { round, wordCount } from '../lib/stats.js';
import { timedSync } from '../lib/timing.js';
import { bareCompromise } from './baseline.js';

const CHUNK = 20;
const DESCRIPTION = 'Extraction throughput (words/s, articles/s) on one thread and with 2 worker threads, as ratios against bare compromise (nlp(text) + .people() + .places() + .organizations()) on the same text in the same process.';

interface Throughput { ms: number; cpu_ms: number; words_per_s: number; articles_per_s: number }

const rate = (ms: number, cpuMs: number, words: number, articles: number): Throughput => ({
  ms: round(ms, 0), cpu_ms: round(cpuMs, 0), words_per_s: round((words / ms) * 1000, 0), articles_per_s: round((articles / ms) * 1000, 1),
});

async function main(): Promise<void> {
  const args = stageArgs({ 'no-workers': { type: 'boolean', default: false }, 'no-single': { type: 'boolean', default: false } });
  const corpus = ensureCorpus(args.size);
  const input = corpusInput(args.size, args.format);
  const heap = heapSampler();

  const load = timedSync(() => loadInputs([input]));
  const articles: Article[] = load.value.files.flatMap((f) => f.articles);
  const texts = articles.map((a) => maskSkipped(a));
  const words = texts.reduce((n, t) => n + wordCount(t), 0);
  log(`bench/extract: ${articles.length} articles (${corpus.n} generated), ${words} words, loaded in ${round(load.ms, 0)} ms`);

  const run: Record<string, unknown> = {
    size: args.size, format: args.format, articles: articles.length, words, files: load.value.files.length,
    load: { ms: round(load.ms, 0), articles_per_s: round((articles.length / load.ms) * 1000, 0) },
  };
  const notes: string[] = [];

  if (!args.extra['no-single']) {
    let extract: ((a: Article) => unknown) | undefined;
    try {
      extract = await extractArticleFn();
    } catch (err) {
      if (!(err instanceof NotAvailable)) throw err;
      notes.push(err.message);
    }
    // warm-up: compromise's lazy lexicon/model setup, the extractor's gazetteer load, JIT
    for (let i = 0; i < Math.min(30, articles.length); i++) {
      bareCompromise(texts[i]!);
      extract?.(articles[i]!);
    }
    let baseMs = 0, baseCpu = 0, extMs = 0, extCpu = 0, entities = 0, relations = 0;
    const graphs: unknown[] = [];
    // small corpora are measured over several rounds so JIT warm-up and load spikes average out
    const rounds = articles.length <= 100 ? 3 : articles.length <= 1000 ? 2 : 1;
    for (let pass = 0; pass < rounds; pass++) for (let from = 0, k = pass; from < articles.length; from += CHUNK, k++) {
      const idx = Array.from({ length: Math.min(CHUNK, articles.length - from) }, (_, j) => from + j);
      const base = () => { const t = timedSync(() => { for (const i of idx) bareCompromise(texts[i]!); }); baseMs += t.ms; baseCpu += t.cpuMs; };
      const ext = () => {
        if (!extract) return;
        const t = timedSync(() => idx.map((i) => extract!(articles[i]!) as { entities: unknown[]; relations: unknown[] }));
        extMs += t.ms; extCpu += t.cpuMs;
        if (pass === 0) for (const g of t.value) { entities += g.entities.length; relations += g.relations.length; graphs.push(g); }
      };
      if (k % 2 === 0) { base(); ext(); } else { ext(); base(); }
    }
    run.rounds = rounds;
    run.compromise = rate(baseMs, baseCpu, words * rounds, articles.length * rounds);
    if (extract) {
      run.extract_1thread = { ...rate(extMs, extCpu, words * rounds, articles.length * rounds), entities, relations };
      run.extract_vs_compromise_ratio = round(baseMs / extMs, 3);
      run.extract_vs_compromise_ratio_cpu = round(baseCpu / extCpu, 3);
      log(`bench/extract: compromise ${round((rounds * words / baseMs) * 1000, 0)} words/s, extract ${round((rounds * words / extMs) * 1000, 0)} words/s, ratio ${round(baseMs / extMs, 3)} (cpu ${round(baseCpu / extCpu, 3)})`);
    }
    if (graphs.length) {
      // corpus-wide resolution (one node per entity over all articles): after extraction, on one thread
      const resolveCorpus = await resolveCorpusFn();
      const r = timedSync(() => resolveCorpus(graphs));
      run.resolve = { ms: round(r.ms, 0), share_of_extract: round(r.ms / (extMs / rounds + r.ms), 3) };
      log(`bench/extract: resolveCorpus over ${graphs.length} graphs: ${round(r.ms, 0)} ms`);
    }
    graphs.length = 0;
    run.peak_rss_mib_1thread = peakRssMiB();
  }

  if (!args.extra['no-workers']) {
    try {
      // each run in a fresh process (cold, like the CLI), so neither side profits from this process's warm JIT
      const { from } = await extractFilesFn();
      run.workers_from = from;
      if (from === 'src') notes.push('extractFiles ran from src/ (no dist/ build): worker threads need the compiled dist/pipeline/worker.js');
      const reps = args.size <= 1000 ? 2 : 1;
      const best: Record<number, { ms: number; cpuMs: number }> = {};
      for (let r = 0; r < reps; r++) {
        for (const workers of [1, 2]) {
          const child = spawnSync(process.execPath, ['--import', 'tsx', join(PACKAGE_ROOT, 'bench', 'extract', 'files.ts'), '--input', input, '--workers', String(workers)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
          if (child.status !== 0) throw new Error(`bench/extract: extractFiles --workers ${workers} failed (exit ${child.status})`);
          const t = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { ms: number; cpuMs: number; workers: number };
          log(`bench/extract: extractFiles workers=${workers} (used ${t.workers}, cold process): ${round(t.ms, 0)} ms, cpu ${round(t.cpuMs, 0)} ms`);
          if (t.workers !== workers) notes.push(`extractFiles asked for ${workers} workers, used ${t.workers}`);
          if (!best[workers] || t.ms < best[workers]!.ms) best[workers] = { ms: t.ms, cpuMs: t.cpuMs };
        }
      }
      run.workers1 = rate(best[1]!.ms, best[1]!.cpuMs, words, articles.length);
      run.workers2 = rate(best[2]!.ms, best[2]!.cpuMs, words, articles.length);
      run.workers2_vs_1_ratio = round(best[1]!.ms / best[2]!.ms, 3);
      const base = run.compromise as Throughput | undefined;
      if (base) {
        // per-pass time of bare compromise over the whole corpus
        const baseMs = base.ms / ((run.rounds as number | undefined) ?? 1);
        run.workers1_vs_compromise_ratio = round(baseMs / best[1]!.ms, 3);
        run.workers2_vs_compromise_ratio = round(baseMs / best[2]!.ms, 3);
      }
    } catch (err) {
      if (!(err instanceof NotAvailable)) throw err;
      notes.push(err.message);
    }
  }
  run.peak_heap_mib = heap.stop();
  run.peak_rss_mib = peakRssMiB();
  if (notes.length) run.notes = notes;
  if (args.write) writeRun('extract', DESCRIPTION, run as { size: number });
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

await main();
