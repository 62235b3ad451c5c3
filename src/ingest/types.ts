// What an ingest run reports, and the store's write function it drives.
import type { writeArticleGraphs } from '../store/article-graphs.js';

export type { ArticleStatus } from '../store/article-graphs.js';

export interface IngestFailure {
  file: string;
  /** the article's key when one article failed, absent when the whole file did */
  key?: string;
  reason: string;
}

/** The store's writer (src/store/article-graphs.ts), injectable for tests. */
export type WriteArticleGraphs = typeof writeArticleGraphs;

export interface IngestSummary {
  files: number;
  articles: number;
  new: number;
  unchanged: number;
  updated: number;
  failed: number;
  /** input files that could not be read or extracted (their articles are not counted anywhere else) */
  unreadableFiles: number;
  /** files that could not be read or extracted, and articles that could not be written */
  failures: IngestFailure[];
  warnings: string[];
  nodesCreated: number;
  relationshipsCreated: number;
  /** dry run: what would be written */
  entities: number;
  relations: number;
  dryRun: boolean;
  workers: number;
  extractMs: number;
  elapsedMs: number;
}
