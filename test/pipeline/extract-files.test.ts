// The pipeline in one thread (running from the TypeScript sources there is no compiled worker; the
// worker path is tested through the built CLI in test/cli/extract.test.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../../src/errors.js';
import { ArticleGraphSchema } from '../../src/graph/types.js';
import { defaultWorkers, extractFiles, MIN_ARTICLES_FOR_WORKERS } from '../../src/pipeline/index.js';

const LOAD = join('test', 'fixtures', 'load');
const DOCS = join('test', 'fixtures', 'eval', 'docs');
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-pipeline-'));

describe('extractFiles', () => {
  test('extracts every file, collects per-file errors and warnings, reports progress', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"text":"Fine."}\n{"title":"no text"}\n');
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const started: unknown[] = [];
    const progress: { file: string; articles: number }[] = [];
    const run = await extractFiles([LOAD, bad, empty, DOCS], {
      onStart: (info) => started.push(info),
      onProgress: (info) => progress.push(info),
    });
    const names = run.files.map((f) => basename(f.file));
    // bad.jsonl keeps its good first line; its bad second line is named file:line
    expect(names).toEqual(['articles.jsonl', 'dateline.md', 'dek-first.txt', 'multi-article.txt', 'page.html', 'bad.jsonl', 'a.txt', 'b.txt']);
    expect(run.errors).toEqual([{ file: bad, reason: `${bad}:2: text: required`, line: true }]);
    expect(run.warnings).toEqual([`${empty}: empty file, skipped`]);
    expect(run.workers).toBe(1);
    expect(started).toEqual([{ files: 8, articles: run.articles, workers: 1 }]);
    expect(progress.map((p) => p.file).sort()).toEqual(run.files.map((f) => f.file).sort());
    expect(progress.reduce((n, p) => n + p.articles, 0)).toBe(run.articles);
    expect(run.files.reduce((n, f) => n + f.graphs.length, 0)).toBe(run.articles);
  });

  test('every graph is valid; articles, evidence and figures are slices of the text as read; skipped text is ignored', async () => {
    const run = await extractFiles([LOAD, DOCS]);
    for (const { loaded, graphs } of run.files) {
      expect(graphs.map((g) => g.article)).toEqual(loaded.articles);
      if (loaded.format === 'jsonl') continue; // offsets point into each record's text
      for (const g of graphs) {
        ArticleGraphSchema.parse(g);
        expect(loaded.text!.slice(g.article.start, g.article.end)).toBe(g.article.text);
        for (const r of g.relations) {
          for (const e of r.evidence) {
            expect(loaded.text!.slice(e.start, e.end)).toBe(e.sentence);
            for (const [s, t] of g.article.skip ?? []) expect(e.end <= s || e.start >= t).toBe(true);
          }
        }
        for (const entity of g.entities) for (const f of entity.figures ?? []) expect(loaded.text!.slice(f.start, f.end)).toBe(f.text);
      }
    }
  });

  test('one node per entity over the run: the same label and name has the same id in every file', async () => {
    const run = await extractFiles([join(LOAD, 'multi-article.txt'), join(DOCS, 'b.txt')]);
    const ids = new Map<string, Set<string>>();
    for (const e of run.files.flatMap((f) => f.graphs.flatMap((g) => g.entities))) {
      const k = `${e.label}:${e.name}`;
      ids.set(k, (ids.get(k) ?? new Set()).add(e.id));
    }
    for (const [, set] of ids) expect(set.size).toBe(1);
    const filesWithChile = run.files.filter((f) => f.graphs.some((g) => g.entities.some((e) => e.label === 'Country' && e.name === 'Chile')));
    expect(filesWithChile).toHaveLength(2);
  });

  test('a missing path fails the whole run before any work', async () => {
    await expect(extractFiles([join(dir, 'nothing-here')])).rejects.toBeInstanceOf(InputError);
  });

  test.each([
    [1, 1],
    [MIN_ARTICLES_FOR_WORKERS - 1, 1],
  ])('defaultWorkers(%i) = %i', (articles, workers) => expect(defaultWorkers(articles)).toBe(workers));

  test('many articles use one worker per core, at most 4', () => {
    const expected = Math.min(availableParallelism(), 4);
    expect([defaultWorkers(MIN_ARTICLES_FOR_WORKERS), defaultWorkers(10_000)]).toEqual([expected, expected]);
  });
});

describe('extractFiles with worker threads', () => {
  test('batches shared by the main thread and the workers come back to their files in order', async () => {
    // The scripted worker returns empty graphs; the main thread extracts for real: every article is
    // accounted for exactly once, whichever thread took it.
    const script = pathToFileURL(resolve('test/fixtures/pipeline/scripted-worker.mjs'));
    const run = await extractFiles([LOAD, DOCS], { workers: 3, workerScript: script });
    expect(run.workers).toBe(3);
    expect(run.errors).toEqual([]);
    for (const f of run.files) expect(f.graphs.map((g) => g.article)).toEqual(f.loaded.articles);
    expect(run.files.reduce((n, f) => n + f.graphs.length, 0)).toBe(run.articles);
  });
});
