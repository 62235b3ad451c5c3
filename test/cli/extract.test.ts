// End to end through the BUILT CLI (tsc → dist/, as installed): `extract` on the bundled corpus, in one
// thread and in worker threads, the offsets invariants, --out, bad inputs, and `evaluate`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { EvalDocumentSchema } from '../../src/evaluate/eval-document.js';
import { scoreDirectories } from '../../src/evaluate/score-files.js';
import { defaultThreshold } from '../../src/graph/confidence-table.js';
import { ArticleGraphSchema } from '../../src/graph/types.js';
import { PACKAGE_ROOT, SAMPLE_CORPUS_DIR } from '../../src/paths.js';

const BIN = join('dist', 'cli', 'bin.js');
const SAMPLE_GOLD = join(PACKAGE_ROOT, '..', 'shared', 'eval', 'gold');
const cli = (...args: string[]) => spawnSync('node', [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NEWSGRAPH_DEBUG: '' } });
const corpusFiles = readdirSync(SAMPLE_CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort();
const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-extract-'));

beforeAll(() => {
  execFileSync(join('node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'pipe' });
}, 180_000);

describe('newsgraph extract (built CLI)', () => {
  let oneThread: ReturnType<typeof cli>;

  test('--format eval prints one scorer document per input file and one summary line', () => {
    oneThread = cli('extract', 'data/corpus', '--format', 'eval', '--workers', '1');
    expect(oneThread.status).toBe(0);
    const docs = oneThread.stdout.trim().split('\n').map((line) => EvalDocumentSchema.parse(JSON.parse(line)));
    expect(docs.map((d) => d.document)).toEqual(corpusFiles);
    for (const d of docs) {
      expect(d.entities.length).toBeGreaterThan(0);
      const names = new Set(d.entities.map((e) => e.name));
      for (const r of d.relations) expect(names.has(r.source) && names.has(r.target)).toBe(true);
    }
    expect(oneThread.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^extract: 5 files, \d+ articles in [\d.]+ s \([\d.]+ articles\/s\), 1 worker$/)]);
  }, 120_000);

  test('worker threads give the same output', () => {
    const workers = cli('extract', 'data/corpus', '--format', 'eval', '--workers', '2');
    expect(workers.status).toBe(0);
    expect(workers.stderr).toMatch(/, 2 workers\n$/);
    expect(workers.stdout).toBe(oneThread.stdout);
  }, 120_000);

  test('--format json: valid ArticleGraphs whose article text, evidence and figures are slices of the file', () => {
    const run = cli('extract', 'data/corpus');
    expect(run.status).toBe(0);
    const graphs = ArticleGraphSchema.array().parse(JSON.parse(run.stdout));
    expect(new Set(graphs.map((g) => basename(g.article.file)))).toEqual(new Set(corpusFiles));
    expect(graphs.length).toBeGreaterThan(corpusFiles.length); // one file holds several articles
    let evidence = 0;
    for (const g of graphs) {
      const file = readFileSync(g.article.file, 'utf8');
      expect(file.slice(g.article.start, g.article.end)).toBe(g.article.text);
      for (const r of g.relations) {
        for (const e of r.evidence) {
          expect(file.slice(e.start, e.end)).toBe(e.sentence);
          expect(e.start >= g.article.start && e.end <= g.article.end).toBe(true);
          evidence++;
        }
      }
      for (const entity of g.entities) for (const f of entity.figures ?? []) expect(file.slice(f.start, f.end)).toBe(f.text);
    }
    expect(evidence).toBeGreaterThan(0);
  }, 120_000);

  test('--out writes one <base>.json per input file', () => {
    const out = join(tmp, 'out');
    const run = cli('extract', 'data/corpus', '--format', 'eval', '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(corpusFiles.map((f) => f.replace(/\.txt$/, '.json')));
    const printed = oneThread.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(readdirSync(out).sort().map((f) => JSON.parse(readFileSync(join(out, f), 'utf8')))).toEqual(printed);
  }, 120_000);

  test('a bad file is reported on one line and fails the run; the good ones are still extracted', () => {
    const dir = join(tmp, 'mixed');
    execFileSync('mkdir', ['-p', dir]);
    writeFileSync(join(dir, 'good.txt'), 'Peru and Bolivia agreed on Thursday to build a railway link between La Paz and Lima.\n');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\u00e9 in M\u00fcnchen reopened.\n', 'latin1'));
    writeFileSync(join(dir, 'empty.md'), '');
    const run = cli('extract', dir, '--format', 'eval');
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).document)).toEqual(['good.txt']);
    expect(run.stderr).toContain(`newsgraph: ${join(dir, 'latin1.txt')}: not valid UTF-8`);
    expect(run.stderr).toContain(`newsgraph: warning: ${join(dir, 'empty.md')}: empty file, skipped`);
    expect(run.stderr).toMatch(/newsgraph: extract: 1 of 2 input files failed/);
  }, 120_000);

  test.each([
    [['extract', 'no/such/dir'], 1, /^newsgraph: no\/such\/dir: no such file or directory\n$/],
    [['extract', 'data/corpus', '--workers', '0'], 2, /--workers/],
    [['extract', 'data/corpus', '--format', 'xml'], 2, /--format/],
  ])('%j exits %i with a one-line message', (args, status, message) => {
    const run = cli(...args);
    expect(run.status).toBe(status);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});

describe('newsgraph evaluate (built CLI)', () => {
  const gold = join('test', 'fixtures', 'eval', 'gold');
  const docs = join('test', 'fixtures', 'eval', 'docs');

  test('scores exactly what extract --format eval writes, by the scorer rules', () => {
    const pred = join(tmp, 'pred');
    expect(cli('extract', docs, '--format', 'eval', '--out', pred).status).toBe(0);
    const run = cli('evaluate', '--gold', gold, '--docs', docs, '--json');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    // extract --format eval writes what is shown by default (the calibrated threshold), and evaluate scores at it
    expect(report).toEqual(scoreDirectories(gold, pred, { minConfidence: defaultThreshold() }).report);
    expect(report).toMatchObject({ documents: 3, missingPredictions: 1 });
    expect(run.stderr).toMatch(/no document c\.\* in/);
  }, 120_000);

  test('table output and a missing gold directory', () => {
    const table = cli('evaluate', '--gold', gold, '--docs', docs);
    expect(table.stdout.split('\n').slice(-5, -1).map((l) => l.split(/\s+/)[0])).toEqual(['NAMED', 'ENTITIES', 'RELATIONS', 'PAIRS']);
    const missing = cli('evaluate', '--gold', join(tmp, 'nope'), '--docs', docs);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`newsgraph: ${join(tmp, 'nope')}: gold directory not found\n`);
  }, 120_000);

  (existsSync(SAMPLE_GOLD) ? test : test.skip)('--baseline compromise on the sample gold: NAMED F1 near 0.37, no relations', () => {
    const run = cli('evaluate', '--gold', SAMPLE_GOLD, '--docs', 'data/corpus', '--baseline', 'compromise', '--json');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.named.f1).toBeGreaterThan(0.3);
    expect(report.named.f1).toBeLessThan(0.45);
    expect(report.relations.tp).toBe(0);
  }, 120_000);
});
