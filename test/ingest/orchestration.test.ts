// ingest's orchestration with an injected writer (no database): one write call for all files (the store
// batches across them), failures mapped to files, a writer that throws midway fails only the articles it
// had not reported, dry runs never write.
import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleGraph } from '../../src/graph/types.js';
import { ingest } from '../../src/ingest/ingest.js';
import { formatIngestSummary } from '../../src/ingest/summary.js';
import type { WriteArticleGraphs } from '../../src/ingest/types.js';
import { SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import type { Store } from '../../src/store/store.js';

const fakeStore = {} as Store;
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-orch-'));
const A = join(dir, 'a.txt');
const B = join(dir, 'b.txt');
copyFileSync(join(SAMPLE_CORPUS_DIR, '000_e8782edaaa53b61e.txt'), A);
copyFileSync(join(SAMPLE_CORPUS_DIR, '003_2fd7fcf3d93c0ebd.txt'), B);

/** per article: 'ok', 'fail' (reported failed), or 'throw' (the writer throws there: the database went away) */
function recordingWriter(behaviour: (graph: ArticleGraph, index: number) => 'ok' | 'fail' | 'throw') {
  const calls: string[][] = [];
  const write: WriteArticleGraphs = async (_store, graphs, options) => {
    calls.push(graphs.map((g) => g.article.key));
    const summary = { new: 0, unchanged: 0, updated: 0, failed: 0, nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0, failures: [] as { key: string; file: string; message: string }[] };
    graphs.forEach((g, i) => {
      const mode = behaviour(g, i);
      if (mode === 'throw') throw new Error('neo4j: connection reset');
      const failed = mode === 'fail';
      if (failed) summary.failures.push({ key: g.article.key, file: g.article.file, message: 'store: boom' });
      summary[failed ? 'failed' : 'new'] += 1;
      summary.nodesCreated += failed ? 0 : 2;
      summary.relationshipsCreated += failed ? 0 : 3;
      options?.onArticle?.(i + 1, graphs.length, failed ? 'failed' : 'new', g.article.key, failed ? summary.failures.at(-1) : undefined);
    });
    return summary;
  };
  return { write, calls };
}

it('writes all files with one call (batches span files) and adds up the counts', async () => {
  const { write, calls } = recordingWriter(() => 'ok');
  const ticks: string[] = [];
  const summary = await ingest([A, B], { store: fakeStore, writeArticleGraphs: write }, { onArticleWritten: (s) => ticks.push(s) });
  expect(calls).toHaveLength(1);
  expect(calls[0]).toHaveLength(summary.articles);
  expect(summary).toMatchObject({ files: 2, failed: 0, nodesCreated: 2 * summary.articles, relationshipsCreated: 3 * summary.articles });
  expect(summary.new).toBe(summary.articles);
  expect(ticks).toHaveLength(summary.articles);
  expect(formatIngestSummary(summary)).toMatch(/^ingest: \d+ articles from 2 files: \d+ new, 0 unchanged, 0 updated, 0 failed; \d+ nodes and \d+ relationships created; \d+\.\d s \(\d+\.\d articles\/s, 1 worker\)$/);
});

it('reports a failed article with its file and key, and a writer error as the failure of every article not yet written', async () => {
  const { write } = recordingWriter((g, i) => (g.article.file === B ? 'throw' : i === 0 ? 'fail' : 'ok'));
  const ticks: string[] = [];
  const summary = await ingest([A, B], { store: fakeStore, writeArticleGraphs: write }, { onArticleWritten: (s) => ticks.push(s) });
  expect(summary.failures).toHaveLength(2);
  expect(summary.failures[0]).toMatchObject({ file: A, key: expect.any(String), reason: expect.stringMatching(/a\.txt \(a\.txt#0\): store: boom/) });
  expect(summary.failures[1]).toMatchObject({ file: B, reason: expect.stringMatching(/b\.txt: neo4j: connection reset/) });
  expect(summary.failed).toBe(1 + summary.articles - (summary.new + 1));
  expect(summary.new + summary.failed).toBe(summary.articles);
  expect(ticks).toHaveLength(summary.articles);
});

it('a dry run never calls the writer', async () => {
  const { write, calls } = recordingWriter(() => 'ok');
  const summary = await ingest([A], { writeArticleGraphs: write }, { dryRun: true });
  expect(calls).toHaveLength(0);
  expect(summary.dryRun).toBe(true);
  expect(summary.entities).toBeGreaterThan(0);
});
