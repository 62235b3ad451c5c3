// The product's stage APIs, imported lazily so a bench can report "not available yet" for a stage
// whose module has not landed instead of failing to compile. Paths are relative to this file.
import type { Article, ArticleGraph } from '../../src/graph/types.js';

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

export async function extractFilesFn(): Promise<ExtractFiles> {
  return need(await importOptional('../../src/pipeline/index.js'), 'src/pipeline/index.ts', ['extractFiles']);
}
