// The registry itself: unique ids, every rule tested by its own file, candidates only under the
// rule's own ids, rules switched off by id, confidence from the calibrated table.
import { existsSync } from 'node:fs';
import { extractWith, RULES, selectRules } from '../../../src/extract/index.js';
import { defaultGazetteer } from '../../../src/extract/gazetteer/load.js';
import { defaultLexicon } from '../../../src/extract/lexicon/index.js';
import { ruleKeys } from '../../../src/extract/rules/types.js';
import { defaultConfidenceTable } from '../../../src/graph/confidence-table.js';
import { evidenceConfidence } from '../../../src/extract/rules/confidence.js';
import { article } from '../helpers.js';

const TEXT = 'Iran shipped ballistic missiles to Russia. Russian President Vladimir Putin met Narendra Modi in Kazan, where the two leaders held talks. Japan condemned the shipment.';
const deps = (disabled: string[] = []) => ({ gaz: defaultGazetteer(), lex: defaultLexicon(), table: defaultConfidenceTable(), rules: selectRules(new Set(disabled)) });

test('rule and pattern ids are unique and kebab-case', () => {
  const keys = RULES.flatMap(ruleKeys);
  expect(new Set(keys).size).toBe(keys.length);
  for (const k of keys) expect(k).toMatch(/^[a-z]+(-[a-z]+)*$/);
});

test.each(RULES.map((r) => [r.id]))('%s has its own test file of fires / silent sentences', (id) => {
  expect(existsSync(new URL(`./${id}.test.ts`, import.meta.url))).toBe(true);
});

test('every relation names only ids of registered rules, and emits only what its rules declare', () => {
  const g = extractWith(article(TEXT), deps());
  const byKey = new Map(RULES.flatMap((r) => ruleKeys(r).map((k) => [k, r] as const)));
  for (const r of g.relations) for (const k of r.rules) {
    expect(byKey.has(k)).toBe(true);
    expect(byKey.get(k)!.emits).toContain(r.type);
  }
});

test('a rule switched off by id gives nothing; the others are unchanged', () => {
  const all = extractWith(article(TEXT), deps());
  const off = extractWith(article(TEXT), deps(['supplies-cue']));
  expect(all.relations.some((r) => r.rules.some((k) => k.startsWith('supplies-')))).toBe(true);
  expect(off.relations.some((r) => r.rules.some((k) => k.startsWith('supplies-') && k !== 'supplies-received-from'))).toBe(false);
  const rest = (g: typeof all) => g.relations.filter((r) => r.type !== 'SUPPLIES' && r.type !== 'MENTIONED_WITH').map((r) => r.id).sort();
  expect(rest(off)).toEqual(rest(all));
});

test('a pattern can be switched off alone', () => {
  const off = extractWith(article(TEXT), deps(['supplies-verb']));
  expect(off.relations.flatMap((r) => r.rules)).not.toContain('supplies-verb');
});

test('an unknown rule id is an error naming it', () => {
  expect(() => selectRules(new Set(['no-such-rule']))).toThrow(/no-such-rule/);
});

test('evidence confidence is the rule\'s calibrated confidence, with the modifiers applied in one place', () => {
  const table = defaultConfidenceTable();
  const g = extractWith(article(TEXT), deps());
  for (const r of g.relations) for (const e of r.evidence) {
    const base = evidenceConfidence(table, e.rule, { hedged: e.hedged, denied: e.denied });
    if (!e.hedged && !e.denied) expect(e.confidence).toBe(base);
  }
  expect(evidenceConfidence(table, 'supplies-verb', { irrealis: true })).toBeLessThan(table.threshold);
  expect(evidenceConfidence(table, 'supplies-verb', { denied: true })).toBeLessThan(table.threshold);
  expect(evidenceConfidence(table, 'supplies-verb', { question: true })).toBeLessThan(table.threshold);
  expect(evidenceConfidence(table, 'supplies-verb', { hedged: true })).toBeLessThan(evidenceConfidence(table, 'supplies-verb', {}));
});
