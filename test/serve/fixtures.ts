// Three small ArticleGraphs about the Russia / North Korea / Iran / China alignment, shaped like the
// extractor's output (src/graph/types.ts), for the serve API and browser tests.
import type { ArticleGraph, Entity, Evidence, Relation } from '../../src/graph/types.js';
import { entityId, relationId } from '../../src/resolve/ids.js';

const E = (label: Entity['label'], name: string, aliases: string[] = [], extra: Partial<Entity> = {}): Entity => ({
  id: entityId(label, name), label, name, aliases: [name, ...aliases], mentions: 1, ...extra,
});

export const RU = E('Country', 'Russia', ['Moscow', 'the Kremlin', 'Russian']);
export const NK = E('Country', 'North Korea', ['Pyongyang', 'North Korean', 'DPRK']);
export const IR = E('Country', 'Iran', ['Tehran', 'Iranian']);
export const CN = E('Country', 'China', ['Beijing', 'Chinese']);
export const UA = E('Country', 'Ukraine', ['Kyiv', 'Ukrainian']);
export const US = E('Country', 'United States', ['Washington', 'the US']);
export const KIM = E('Person', 'Kim Jong-un', ['Kim'], { roles: ['Leader'] });
export const PUTIN = E('Person', 'Vladimir Putin', ['Putin'], { roles: ['President'] });
export const PENTAGON = E('Organization', 'Pentagon', [], { kind: 'agency' });
export const GUR = E('Organization', 'GUR', ['Ukrainian military intelligence'], { kind: 'agency' });
export const KURSK = E('Place', 'Kursk', ['Kursk region'], { kind: 'region' });
export const ISOLATED = E('Place', 'Lonely Island', [], { kind: 'island' });

function rel(type: Relation['type'], s: Entity, t: Entity, confidence: number, evidence: Evidence[], extra: Partial<Relation> = {}): Relation {
  return { id: relationId(type, s.id, t.id), type, source: s.id, target: t.id, confidence, evidence, ...extra };
}

function article(n: number, title: string, date: string, text: string): ArticleGraph['article'] {
  return { id: `art-${n}`, key: `fixture-${n}.txt#0`, file: `fixture-${n}.txt`, index: 0, title, date, source: 'Fixture News', start: 0, end: text.length, text };
}

function ev(articleId: string, text: string, sentence: string, rule: string, confidence: number, more: Partial<Evidence> = {}): Evidence {
  const start = Math.max(0, text.indexOf(sentence));
  return { articleId, sentence, start, end: start + sentence.length, rule, confidence, ...more };
}

const T1 = 'North Korea has sent about 10,000 troops to Russia, according to the Pentagon. ' +
  'The troops were deployed to the Kursk region. Kim Jong-un met Vladimir Putin in Pyongyang. ' +
  'Ukraine said the <b>deployment</b> was an escalation.';
const T2 = 'Iran supplies Shahed drones to Russia, the GUR said. Moscow reportedly pays Tehran in gold. ' +
  'China and Russia declared a partnership "without limits".';
const T3 = 'The United States supports Ukraine with air defence. Russia attacks Ukraine every night. ' +
  'Beijing denied supplying weapons to Moscow. A report mentioned Lonely Island.';

const TROOPS = 'North Korea has sent about 10,000 troops to Russia, according to the Pentagon.';
const NK_WITH_FIGURE: Entity = {
  ...NK,
  figures: [{ value: 10000, unit: 'troops', text: '10,000 troops', attributedTo: PENTAGON.id, articleId: 'art-1', sentence: TROOPS, start: T1.indexOf('10,000'), end: T1.indexOf('10,000') + 13 }],
};

export const FIXTURE_GRAPHS: ArticleGraph[] = [
  {
    article: article(1, 'North Korean troops arrive in Kursk', '2024-11-04', T1),
    entities: [NK_WITH_FIGURE, RU, PENTAGON, KURSK, KIM, PUTIN, UA],
    relations: [
      rel('DEPLOYS_TO', NK, RU, 0.9, [ev('art-1', T1, 'North Korea has sent about 10,000 troops to Russia, according to the Pentagon.', 'deploy-send', 0.9, { attributedTo: PENTAGON.id })]),
      rel('DEPLOYS_TO', NK, KURSK, 0.8, [ev('art-1', T1, 'The troops were deployed to the Kursk region.', 'deploy-passive', 0.8)]),
      rel('MEETS', KIM, PUTIN, 0.85, [ev('art-1', T1, 'Kim Jong-un met Vladimir Putin in Pyongyang.', 'meet-verb', 0.85)]),
      rel('LEADS', KIM, NK, 0.95, [ev('art-1', T1, 'Kim Jong-un met Vladimir Putin in Pyongyang.', 'leader-gazetteer', 0.95)], { role: 'Leader' }),
      rel('LEADS', PUTIN, RU, 0.95, [ev('art-1', T1, 'Kim Jong-un met Vladimir Putin in Pyongyang.', 'leader-gazetteer', 0.95)], { role: 'President' }),
      rel('LOCATED_IN', KURSK, RU, 1, [ev('art-1', T1, 'The troops were deployed to the Kursk region.', 'gazetteer-containment', 1)]),
      rel('OPPOSES', UA, NK, 0.6, [ev('art-1', T1, 'Ukraine said the <b>deployment</b> was an escalation.', 'oppose-cue', 0.6)]),
    ],
    mentions: [NK, RU, PENTAGON, KURSK, KIM, PUTIN, UA].map((e) => ({ entityId: e.id, count: 1 })),
  },
  {
    article: article(2, 'Drones from Tehran', '2024-11-05', T2),
    entities: [IR, RU, GUR, CN],
    relations: [
      rel('SUPPLIES', IR, RU, 0.88, [ev('art-2', T2, 'Iran supplies Shahed drones to Russia, the GUR said.', 'supply-verb', 0.88, { attributedTo: GUR.id })], { items: ['drones'] }),
      rel('SUPPORTS', RU, IR, 0.4, [ev('art-2', T2, 'Moscow reportedly pays Tehran in gold.', 'support-pay', 0.4, { hedged: true })]),
      rel('ALLY_OF', CN, RU, 0.7, [ev('art-2', T2, 'China and Russia declared a partnership "without limits".', 'ally-partnership', 0.7)]),
    ],
    mentions: [IR, RU, GUR, CN].map((e) => ({ entityId: e.id, count: 2 })),
  },
  {
    article: article(3, 'Air defence and denials', '2024-11-06', T3),
    entities: [US, UA, RU, CN, ISOLATED],
    relations: [
      rel('SUPPORTS', US, UA, 0.9, [ev('art-3', T3, 'The United States supports Ukraine with air defence.', 'support-verb', 0.9)]),
      rel('ATTACKS', RU, UA, 0.92, [ev('art-3', T3, 'Russia attacks Ukraine every night.', 'attack-verb', 0.92)]),
      rel('SUPPLIES', CN, RU, 0.3, [ev('art-3', T3, 'Beijing denied supplying weapons to Moscow.', 'supply-verb', 0.3, { denied: true })], { items: ['weapons'] }),
      rel('MENTIONED_WITH', RU, US, 0.2, [ev('art-3', T3, 'The United States supports Ukraine with air defence.', 'co-occurrence', 0.2)], { weight: 1 }),
    ],
    mentions: [US, UA, RU, CN, ISOLATED].map((e) => ({ entityId: e.id, count: 1 })),
  },
];
