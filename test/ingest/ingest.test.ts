// ingest against the real Neo4j: idempotent, reproducible after reset, bad files reported and skipped.
import { jest } from '@jest/globals';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { NewsgraphError } from '../../src/errors.js';
import { ingest } from '../../src/ingest/ingest.js';
import { formatIngestSummary } from '../../src/ingest/summary.js';
import { SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { graphStats, type GraphStats } from '../../src/query/stats.js';
import type { Store } from '../../src/store/store.js';
import { openTestStore, resetDatabase } from '../helpers/neo4j.js';
import { freshCorpus, INGEST_TIMEOUT_MS } from './ingest-corpus.js';

jest.setTimeout(INGEST_TIMEOUT_MS);

let store: Store;
let first: GraphStats;
const CORPUS_FILES = 5;

beforeAll(async () => {
  store = await openTestStore();
});

afterAll(async () => {
  await store?.close();
});

describe('ingest of the bundled corpus', () => {
  it('writes every article as new', async () => {
    const summary = await freshCorpus(store);
    expect(summary).toMatchObject({ files: CORPUS_FILES, failed: 0, unchanged: 0, updated: 0, dryRun: false });
    expect(summary.new).toBe(summary.articles);
    expect(summary.articles).toBeGreaterThanOrEqual(CORPUS_FILES);
    expect(summary.nodesCreated).toBeGreaterThan(0);
    expect(summary.relationshipsCreated).toBeGreaterThan(0);
    first = await graphStats(store);
    expect(first.labels.Article).toBe(summary.articles);
    for (const label of ['Entity', 'Country', 'Person', 'Evidence']) expect(first.labels[label]).toBeGreaterThan(0);
    for (const type of ['DEPLOYS_TO', 'SUPPLIES', 'MENTIONS', 'FROM_ARTICLE']) expect(first.relationshipTypes[type]).toBeGreaterThan(0);
  });

  it('a second ingest changes no count', async () => {
    const summary = await ingest([SAMPLE_CORPUS_DIR], { store });
    expect(summary).toMatchObject({ new: 0, updated: 0, failed: 0, nodesCreated: 0, relationshipsCreated: 0 });
    expect(summary.unchanged).toBe(summary.articles);
    expect(await graphStats(store)).toEqual(first);
  });

  it('db reset then ingest yields the same counts', async () => {
    await resetDatabase(store);
    expect((await graphStats(store)).labels.Article).toBeUndefined();
    await ingest([SAMPLE_CORPUS_DIR], { store });
    expect(await graphStats(store)).toEqual(first);
  });

});

describe('the ingest and stats commands in a pipe', () => {
  it('print one summary line, no progress bar; stats prints counts by label and type', async () => {
    const run = await runCli('ingest', SAMPLE_CORPUS_DIR, '--workers', '2');
    expect(run.error).toBeUndefined();
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/^ingest: \d+ articles from 5 files: 0 new, \d+ unchanged, 0 updated, 0 failed; 0 nodes and 0 relationships created; \d+\.\d s/);

    const json = await runCli('stats', '--format', 'json');
    expect(JSON.parse(json.stdout)).toEqual(await graphStats(store));
    const table = await runCli('stats');
    expect(table.stdout).toMatch(/^Nodes by label\n/);
    expect(table.stdout).toMatch(/\n {2}DEPLOYS_TO +\d+\n/);
  });
});

describe('dry run', () => {
  it('a dry run extracts and reports but writes nothing', async () => {
    await resetDatabase(store);
    const summary = await ingest([SAMPLE_CORPUS_DIR], {}, { dryRun: true });
    expect(summary.dryRun).toBe(true);
    expect(summary.entities).toBeGreaterThan(0);
    expect(summary.relations).toBeGreaterThan(0);
    expect(formatIngestSummary(summary)).toMatch(/^ingest \(dry run\): \d+ articles from 5 files, \d+ entities, \d+ relations extracted, 0 failed, nothing written; /);
    expect((await graphStats(store)).nodes).toBe(1); // only the schema-version node
  });
});

describe('bad input', () => {
  it('is reported with file name and reason, skipped, and makes the run fail', async () => {
    await resetDatabase(store);
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'));
    copyFileSync(join(SAMPLE_CORPUS_DIR, '000_e8782edaaa53b61e.txt'), join(dir, 'good.txt'));
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42, 0x00]));
    writeFileSync(join(dir, 'broken.jsonl'), '{"title": "x", "text": \n');
    const summary = await ingest([dir], { store });
    expect(summary.new).toBeGreaterThanOrEqual(1);
    expect(summary.failures.map((f) => f.file).sort()).toEqual([join(dir, 'binary.txt'), join(dir, 'broken.jsonl')]);
    expect(summary.failures.find((f) => f.file.endsWith('binary.txt'))?.reason).toMatch(/binary\.txt.*NUL bytes/);
    expect(summary.failures.find((f) => f.file.endsWith('broken.jsonl'))?.reason).toMatch(/broken\.jsonl.*invalid JSON/);

    const run = await runCli('ingest', dir);
    expect(run.error).toBeInstanceOf(NewsgraphError);
    expect((run.error as NewsgraphError).exitCode).toBe(1);
    expect(run.stderr).toMatch(/newsgraph: ingest: .*binary\.txt: binary content/);
    expect(run.stderr).toMatch(/newsgraph: ingest: .*broken\.jsonl/);
    expect(run.stdout).toMatch(/^ingest: \d+ articles from 3 files: 0 new, \d+ unchanged, 0 updated, 0 failed \(2 files could not be read\);/);
  });

  it('a path that does not exist is an input error naming it', async () => {
    const run = await runCli('ingest', '/nonexistent/newsgraph-corpus');
    expect(run.error).toBeInstanceOf(NewsgraphError);
    expect(String((run.error as Error).message)).toMatch(/\/nonexistent\/newsgraph-corpus.*no such file or directory/);
  });
});

describe('a changed article', () => {
  it('replaces its own earlier version and nothing else', async () => {
    await resetDatabase(store);
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-edit-'));
    const file = join(dir, 'article.txt');
    const original = readFileSync(join(SAMPLE_CORPUS_DIR, '003_2fd7fcf3d93c0ebd.txt'), 'utf8');
    writeFileSync(file, original);
    await ingest([file], { store });
    const before = await graphStats(store);
    writeFileSync(file, `${original.trimEnd()}\nIran has supplied Russia with more drones, officials said.\n`);
    const summary = await ingest([file], { store });
    expect(summary).toMatchObject({ new: 0, updated: 1, unchanged: 0, failed: 0 });
    const after = await graphStats(store);
    expect(after.labels.Article).toBe(before.labels.Article);
    writeFileSync(file, original);
    await ingest([file], { store });
    expect(await graphStats(store)).toEqual(before);
  });
});
