// ESLint's RuleTester for extraction rules: each rule id has sentences of our own where it must fire
// (the relation it must give, with its rule id among the relation's `rules`) and where it must stay silent.
import { extractArticle } from '../../../src/extract/index.js';
import { RULES } from '../../../src/extract/rules/registry.js';
import { ruleKeys } from '../../../src/extract/rules/types.js';
import type { ArticleGraph } from '../../../src/graph/types.js';
import { article } from '../helpers.js';

export interface RuleCases {
  /** [sentence, "source TYPE target"]: the rule gives this relation (event ids shown as event:<Type>) */
  fires: [string, string][];
  /** [sentence, "source TYPE target" or "TYPE"]: the rule gives no such relation */
  silent: [string, string][];
}

/** Relations the rule (its id or any of its patterns) produced, as "source TYPE target". */
export function producedBy(g: ArticleGraph, ruleId: string): string[] {
  const rule = RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`rule-tester: no rule ${ruleId}`);
  const keys = new Set(ruleKeys(rule));
  const eventType = new Map(g.entities.filter((e) => e.label === 'Event').map((e) => [e.id, e.eventType]));
  const name = (id: string) => (eventType.has(id) ? `event:${eventType.get(id)}` : id);
  return g.relations
    .filter((r) => (r.rules ?? r.evidence.map((e) => e.rule)).some((k) => keys.has(k)))
    .map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
}

export function testRule(ruleId: string, cases: RuleCases): void {
  describe(ruleId, () => {
    test.each(cases.fires)('fires: %s → %s', (text, expected) => {
      expect(producedBy(extractArticle(article(text)), ruleId)).toContain(expected);
    });
    test.each(cases.silent)('silent: %s (no %s)', (text, unwanted) => {
      const got = producedBy(extractArticle(article(text)), ruleId);
      const hit = unwanted.includes(' ') ? got.filter((r) => r === unwanted) : got.filter((r) => r.split(' ')[1] === unwanted);
      expect(hit).toEqual([]);
    });
  });
}
