import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scoreDirectories } from '../../src/evaluate/score-files.js';
import { formatReport, normaliseName } from '../../src/evaluate/score.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

const FIXTURE = join('test', 'fixtures', 'eval');
// the user's shared folder beside the checkout (as CI lays it out); the tests that need it skip without it
const SHARED = join(PACKAGE_ROOT, '..', 'shared', 'eval');
const hasScorer = existsSync(join(SHARED, 'score.mjs'));
const scorer = (gold: string, pred: string, json: boolean): string =>
  execFileSync('node', [join(SHARED, 'score.mjs'), '--gold', gold, '--pred', pred, ...(json ? ['--json'] : [])], { encoding: 'utf8' });

describe('normaliseName', () => {
  test.each([
    ['The Kremlin', 'kremlin'],
    ['Zelenskyy’s', 'zelenskyy'],
    ['Ukraine\'s', 'ukraine'],
    ['  São  Tomé ', 'sao tome'],
    ['U.S.', 'u s'],
    ['Kim Jong-un', 'kim jong un'],
  ])('%j → %j', (input, expected) => expect(normaliseName(input)).toBe(expected));
});

describe('score: same numbers as score.mjs', () => {
  test('on the fixture predictions (expected report recorded from score.mjs)', () => {
    const { report } = scoreDirectories(join(FIXTURE, 'gold'), join(FIXTURE, 'pred'));
    expect(report).toEqual(JSON.parse(readFileSync(join(FIXTURE, 'expected-report.json'), 'utf8')));
  });

  (hasScorer ? test : test.skip)('on the fixture, live: JSON report and table', () => {
    const gold = join(FIXTURE, 'gold');
    const pred = join(FIXTURE, 'pred');
    const { report } = scoreDirectories(gold, pred);
    expect(report).toEqual(JSON.parse(scorer(gold, pred, true)));
    expect(formatReport(report).join('\n') + '\n').toBe(scorer(gold, pred, false));
  });

  (hasScorer ? test : test.skip)('on the shared gold scored against perturbed copies of itself', () => {
    const gold = join(SHARED, 'gold');
    const pred = mkdtempSync(join(tmpdir(), 'newsgraph-score-'));
    for (const name of readdirSync(gold).filter((f) => f.endsWith('.json'))) {
      const doc = JSON.parse(readFileSync(join(gold, name), 'utf8')) as { entities: { name: string; aliases?: string[] }[]; relations: { source: string; target: string; type: string }[] };
      // Drop every third entity, keep only aliases as names for some, reverse some relations, duplicate one.
      const entities = doc.entities.filter((_, i) => i % 3 !== 2).map((e, i) => (i % 4 === 1 && e.aliases?.length ? { ...e, name: e.aliases[0]!, aliases: [] } : e));
      const relations = doc.relations.map((r, i) => (i % 2 ? { ...r, source: r.target, target: r.source } : r));
      if (relations[0]) relations.push(relations[0]);
      writeFileSync(join(pred, name), JSON.stringify({ entities, relations }));
    }
    expect(scoreDirectories(gold, pred).report).toEqual(JSON.parse(scorer(gold, pred, true)));
  });
});
