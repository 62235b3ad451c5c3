// ingest: load → extract (worker threads) → resolve (extractFiles) → write (store, one transaction
// per article, one call per file so a failure is reported with its file). A file that cannot be
// read, extracted or written is recorded in `failures` and the run goes on.
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
    files: run.files.length + run.errors.length,
    articles: run.articles,
    new: 0,
    unchanged: 0,
    updated: 0,
    failed: 0,
    unreadableFiles: run.errors.length,
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
    for (const file of run.files) {
      try {
        const result = await write(deps.store!, file.graphs, { onArticle: (_done, _total, status) => options.onArticleWritten?.(status) });
        summary.new += result.new;
        summary.unchanged += result.unchanged;
        summary.updated += result.updated;
        summary.failed += result.failed;
        summary.nodesCreated += result.nodesCreated;
        summary.relationshipsCreated += result.relationshipsCreated;
        for (const f of result.failures) summary.failures.push({ file: f.file, key: f.key, reason: `${f.file} (${f.key}): ${f.message}` });
      } catch (err) {
        summary.failed += file.graphs.length;
        summary.failures.push({ file: file.file, reason: `${file.file}: ${err instanceof Error ? err.message : String(err)}` });
        for (let i = 0; i < file.graphs.length; i++) options.onArticleWritten?.('failed');
      }
    }
  }
  summary.elapsedMs = performance.now() - started;
  return summary;
}
