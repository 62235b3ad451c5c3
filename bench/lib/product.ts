// The product's stage APIs, imported lazily so a bench can report "not available yet" for a stage
// whose module has not landed instead of failing to compile. Paths are relative to this file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article, ArticleGraph } from '../../src/graph/types.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

export class NotAvailable extends Error {}

async function importOptional(path: string): Promise<Record<string, unknown> | undefined> {
  try {
    return (await import(path)) as Record<string, unknown>;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') {
      throw new NotAvailable(`bench: ${path} cannot be loaded yet (${String((err as Error).message).split('\n')[0]})`);
    }
    throw err;
  }
}


function need<T>(mod: Record<string, unknown> | undefined, where: string, names: string[]): T {
  for (const n of names) if (mod && typeof mod[n] === 'function') return mod[n] as T;
  throw new NotAvailable(`bench: ${where} does not export ${names.join(' or ')} (yet)`);
}

export type ExtractArticle = (article: Article) => ArticleGraph;
export type ExtractFiles = (paths: string[], options: { workers?: number }) => Promise<unknown>;

export async function extractArticleFn(): Promise<ExtractArticle> {
  return need(await importOptional('../../src/extract/index.js'), 'src/extract/index.ts', ['extractArticle']);
}

/**
 * extractFiles from the compiled dist/ when it is there: its worker threads run dist/pipeline/worker.js
 * (from the .ts sources the pipeline stays on one thread). `npm run bench` builds first.
 */
export async function extractFilesFn(): Promise<{ fn: ExtractFiles; from: 'dist' | 'src' }> {
  const dist = join(PACKAGE_ROOT, 'dist', 'pipeline', 'index.js');
  if (existsSync(dist)) return { fn: need(await importOptional(pathToFileURL(dist).href), 'dist/pipeline/index.js', ['extractFiles']), from: 'dist' };
  return { fn: need(await importOptional('../../src/pipeline/index.js'), 'src/pipeline/index.ts', ['extractFiles']), from: 'src' };
}

export type WriteArticleGraphs = (store: unknown, graphs: ArticleGraph[], options?: Record<string, unknown>) => Promise<unknown>;

export async function writeArticleGraphsFn(): Promise<WriteArticleGraphs> {
  const mod = await importOptional('../../src/store/index.js').catch(() => undefined);
  if (mod && typeof mod.writeArticleGraphs === 'function') return mod.writeArticleGraphs as WriteArticleGraphs;
  return need(await importOptional('../../src/store/write-graphs.js'), 'src/store', ['writeArticleGraphs']);
}

export type ResolveCorpus = (graphs: unknown[]) => unknown[];

export async function resolveCorpusFn(): Promise<ResolveCorpus> {
  return need(await importOptional('../../src/resolve/index.js'), 'src/resolve/index.ts', ['resolveCorpus']);
}
