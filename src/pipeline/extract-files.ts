// The extraction pipeline over files: load and split each input (main thread), extract its articles
// (worker threads for many articles, when running from the compiled dist/), then resolve entities
// over the whole run. A file that cannot be read or extracted is reported in `errors`; the others go on.
import { availableParallelism } from 'node:os';
import type { Article, ArticleGraph } from '../graph/types.js';
import type { LoadedFile } from '../load/load-file.js';
import { loadInputs, type FileError } from '../load/load-inputs.js';
import { resolveCorpus } from '../resolve/index.js';
import { WorkerPool } from './worker-pool.js';

/** Below this many articles a run stays in one thread: a worker costs ~1 s of CPU to start (compromise,
 * gazetteers, JIT warm-up), about what 15-20 articles take to extract. */
export const MIN_ARTICLES_FOR_WORKERS = 40;
const ARTICLES_PER_TASK = 2;

export interface ExtractOptions {
  /** Extraction threads, the main thread included; default min(availableParallelism(), 4) for ≥ MIN_ARTICLES_FOR_WORKERS articles, else 1. */
  workers?: number;
  onStart?(info: { files: number; articles: number; workers: number }): void;
  onProgress?(info: { file: string; articles: number }): void;
  /** Compiled worker entry; default dist/pipeline/worker.js beside this module (none when running from .ts sources). */
  workerScript?: URL;
}

export interface FileExtraction {
  file: string;
  loaded: LoadedFile;
  graphs: ArticleGraph[];
}

export interface ExtractRun {
  files: FileExtraction[];
  errors: FileError[];
  warnings: string[];
  workers: number;
  articles: number;
  elapsedMs: number;
}

export function defaultWorkerScript(): URL | undefined {
  return import.meta.url.endsWith('.js') ? new URL('./worker.js', import.meta.url) : undefined;
}

export function defaultWorkers(articles: number): number {
  return articles >= MIN_ARTICLES_FOR_WORKERS ? Math.min(availableParallelism(), 4) : 1;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function extractFiles(paths: readonly string[], options: ExtractOptions = {}): Promise<ExtractRun> {
  const started = performance.now();
  const inputs = loadInputs(paths);
  const errors: FileError[] = inputs.errors;
  const warnings: string[] = inputs.warnings;
  const loaded: LoadedFile[] = inputs.files;
  const articles = loaded.reduce((n, l) => n + l.articles.length, 0);
  const script = options.workerScript ?? defaultWorkerScript();
  const workers = script ? Math.max(1, options.workers ?? defaultWorkers(articles)) : 1;
  options.onStart?.({ files: loaded.length, articles, workers });

  // `workers` extraction threads: the main thread and workers - 1 worker threads, all taking batches
  // from one list (the main thread loads the extractor itself: ~1 s saved over one more worker).
  const pool = workers > 1 && script ? new WorkerPool(script, workers - 1) : undefined;
  const batches = loaded.flatMap((l, file) => chunks(l.articles, ARTICLES_PER_TASK).map((articles) => ({ file, articles })));
  const results: (ArticleGraph[] | Error)[] = [];
  const left = loaded.map((l) => Math.ceil(l.articles.length / ARTICLES_PER_TASK));
  let next = 0;
  const take = (): number => (next < batches.length ? next++ : -1);
  const complete = (i: number, result: ArticleGraph[] | Error): void => {
    results[i] = result;
    const l = loaded[batches[i]!.file]!;
    if (--left[batches[i]!.file]! === 0) options.onProgress?.({ file: l.file, articles: l.articles.length });
  };
  const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));
  const inWorker = async (): Promise<void> => {
    for (let i = take(); i >= 0; i = take()) complete(i, await pool!.run(batches[i]!.articles).catch(asError));
  };
  const inMain = async (): Promise<void> => {
    const { extractArticle } = await import('../extract/index.js');
    for (let i = take(); i >= 0; i = take()) {
      try {
        complete(i, batches[i]!.articles.map((a) => extractArticle(a)));
      } catch (err) {
        complete(i, asError(err));
      }
      await new Promise((resolve) => setImmediate(resolve)); // let worker results and progress through
    }
  };
  try {
    // Two loops per worker keep each one's next batch queued while it runs the current one.
    await Promise.all([...Array.from({ length: (pool?.size ?? 0) * 2 }, inWorker), ...(batches.length ? [inMain()] : [])]);
  } finally {
    await pool?.close();
  }
  const perFile: (ArticleGraph[] | undefined)[] = loaded.map(() => []);
  batches.forEach((b, i) => {
    const r = results[i]!;
    if (r instanceof Error) {
      if (perFile[b.file]) errors.push({ file: loaded[b.file]!.file, reason: `${loaded[b.file]!.file}: extraction failed: ${r.message}` });
      perFile[b.file] = undefined;
    } else {
      perFile[b.file]?.push(...r);
    }
  });

  // One node per real entity over the whole run, then back to files in input order.
  const done = loaded.flatMap((l, i) => (perFile[i] ? [{ loaded: l, graphs: perFile[i]! }] : []));
  const byFile = new Map<string, ArticleGraph[]>(done.map((d) => [d.loaded.file, []]));
  for (const g of resolveCorpus(done.flatMap((d) => d.graphs))) byFile.get(g.article.file)?.push(g);
  const files = done.map((d) => ({
    file: d.loaded.file,
    loaded: d.loaded,
    graphs: byFile.get(d.loaded.file)!.sort((a, b) => a.article.index - b.article.index),
  }));
  const order = new Map(inputs.inputs.map((f, i) => [f, i]));
  errors.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  return { files, errors, warnings, workers, articles, elapsedMs: performance.now() - started };
}
