// ingest: load → extract (worker threads) → resolve (extractFiles) → write (store: batches of whole
// articles across files, one transaction each; every failed article is reported with its file). A file
// that cannot be read or extracted, or an article that cannot be written, is recorded in `failures` and
// the run goes on.
import { extractFiles } from '../pipeline/index.js';
import type { ArticleGraph } from '../graph/types.js';
import { writeArticleGraphs, type ArticleStatus } from '../store/article-graphs.js';
import type { Store } from '../store/store.js';
import type { IngestSummary, WriteArticleGraphs } from './types.js';

export interface IngestHooks {
  /** extraction starts: how many files and articles, how many worker threads */
  onExtractStart?(info: { files: number; articles: number; workers: number }): void;
  onFileExtracted?(info: { file: string; articles: number }): void;
  /** writing starts: how many articles will be written */
  onWriteStart?(info: { files: number; articles: number }): void;
  onArticleWritten?(status: ArticleStatus): void;
}

export interface IngestOptions extends IngestHooks {
  workers?: number;
  /** whole articles per write transaction (default: the store's DEFAULT_ARTICLE_BATCH) */
  batchSize?: number;
  /** extract and report without writing (no store needed) */
  dryRun?: boolean;
  /** worker entry override (tests) */
  workerScript?: URL;
}

export interface IngestDeps {
  /** not needed for a dry run */
  store?: Store;
  /** default: the store's writeArticleGraphs */
  writeArticleGraphs?: WriteArticleGraphs;
}

function distinct(graphs: readonly ArticleGraph[]): { entities: number; relations: number } {
  const entities = new Set<string>(), relations = new Set<string>();
  for (const g of graphs) {
    for (const e of g.entities) entities.add(e.id);
    for (const r of g.relations) relations.add(r.id);
  }
  return { entities: entities.size, relations: relations.size };
}

export async function ingest(paths: readonly string[], deps: IngestDeps, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const dryRun = options.dryRun ?? false;
  if (!dryRun && !deps.store) throw new Error('ingest: a store is needed unless dryRun');
  const write = deps.writeArticleGraphs ?? writeArticleGraphs;
  const run = await extractFiles(paths, {
    workers: options.workers,
    workerScript: options.workerScript,
    onStart: options.onExtractStart,
    onProgress: options.onFileExtracted,
  });
  const graphs = run.files.flatMap((f) => f.graphs);
  const summary: IngestSummary = {
    files: run.files.length + run.errors.filter((e) => !e.line).length,
    articles: run.articles,
    new: 0,
    unchanged: 0,
    updated: 0,
    failed: 0,
    // a file with bad JSONL lines is read (its good lines ingested); each bad line is a failure named file:line
    unreadableFiles: run.errors.filter((e) => !e.line).length,
    failures: run.errors.map((e) => ({ file: e.file, reason: e.reason })),
    warnings: run.warnings,
    nodesCreated: 0,
    relationshipsCreated: 0,
    ...distinct(graphs),
    dryRun,
    workers: run.workers,
    extractMs: run.elapsedMs,
    elapsedMs: 0,
  };
  // articles of files that failed extraction count as failed too
  const extracted = graphs.length;
  summary.failed += Math.max(0, run.articles - extracted);

  if (!dryRun) {
    options.onWriteStart?.({ files: run.files.length, articles: extracted });
    // one call for all files: the store batches whole articles across files; each failure names its file
    const reported = new Set<string>();
    try {
      const result = await write(deps.store!, graphs, {
        batchSize: options.batchSize,
        // counted as they are reported, so a write that throws midway still counts what it did
        onArticle: (_done, _total, status, key, f) => {
          reported.add(key);
          summary[status] += 1;
          if (f) summary.failures.push({ file: f.file, key: f.key, reason: `${f.file} (${f.key}): ${f.message}` });
          options.onArticleWritten?.(status);
        },
      });
      summary.nodesCreated += result.nodesCreated;
      summary.relationshipsCreated += result.relationshipsCreated;
    } catch (err) {
      // the database went away: the batches committed before stay (they are counted again, as unchanged,
      // by the next ingest); every article not reported yet fails, with its file
      const message = err instanceof Error ? err.message : String(err);
      for (const file of run.files) {
        const left = file.graphs.filter((g) => !reported.has(g.article.key));
        if (left.length === 0) continue;
        summary.failed += left.length;
        summary.failures.push({ file: file.file, reason: `${file.file}: ${message}` });
        for (let i = 0; i < left.length; i++) options.onArticleWritten?.('failed');
      }
    }
  }
  summary.elapsedMs = performance.now() - started;
  return summary;
}
