// A small subgraph shaped like a store fetch, with hostile text in every field a writer escapes.
import type { SubgraphInput } from '../../src/export/types.js';

export const HOSTILE = `<script>alert("x")</script> & 'quote' "dq" \\ back\`tick | pipe *star* [link](http://evil) =cmd\nnewline\ttab 🚀`;

const A1 = 'article-1';
const A2 = 'article-2';

export function fixtureSubgraph(): SubgraphInput {
  return {
    title: 'Alliance network: Russia, North Korea, Iran',
    generatedAt: '2026-11-23T10:00:00.000Z',
    scope: { focus: ['Russia', 'North Korea'], hops: 1, types: [], minConfidence: 0 },
    articles: [
      { id: A1, title: 'North Korean troops in Kursk', source: 'Example News', date: '2024-11-05', file: 'data/corpus/a.txt' },
      { id: A2, title: HOSTILE, file: 'data/corpus/b.txt' },
    ],
    mentions: [
      { articleId: A1, entityId: 'country:russia', count: 3 },
      { articleId: A1, entityId: 'country:north-korea', count: 4 },
      { articleId: A2, entityId: 'country:iran', count: 1 },
    ],
    nodes: [
      { id: 'country:russia', label: 'Country', name: 'Russia', aliases: ['Russia', 'Moscow', 'the Kremlin'], mentions: 12, focus: true },
      {
        id: 'country:north-korea', label: 'Country', name: 'North Korea', aliases: ['North Korea', 'Pyongyang', 'DPRK'], mentions: 9, focus: true,
      },
      { id: 'country:iran', label: 'Country', name: 'Iran', aliases: ['Iran', 'Tehran'], mentions: 4 },
      { id: 'place:kursk', label: 'Place', name: 'Kursk', aliases: ['Kursk', 'Kursk region'], mentions: 5, kind: 'region' },
      { id: 'organization:pentagon', label: 'Organization', name: 'Pentagon', aliases: ['Pentagon'], mentions: 2 },
      { id: 'person:weird', label: 'Person', name: HOSTILE, aliases: [HOSTILE], mentions: 1, roles: ['Spokes"person'] },
      {
        id: 'event:deployment', label: 'Event', name: 'North Korean deployment to Kursk', aliases: [], mentions: 2,
        eventType: 'Deployment', date: '2024-11',
        figures: [
          {
            id: 'fig-1', value: 10000, unit: 'troops', text: '10,000 troops', articleId: A1, attributedTo: 'organization:pentagon',
            attributedToName: 'Pentagon', sentence: 'The Pentagon said about 10,000 North Korean troops are in Kursk.', start: 10, end: 74,
          },
          {
            id: 'fig-2', value: 12000, unit: 'troops', text: '12,000 troops', articleId: A2,
            sentence: 'Some 12,000 troops were sent.', start: 0, end: 29,
          },
        ],
      },
    ],
    edges: [
      {
        id: 'DEPLOYS_TO:country:north-korea:country:russia', type: 'DEPLOYS_TO', source: 'country:north-korea', target: 'country:russia',
        symmetric: false, count: 2, confidence: 0.9, articles: [A1, A2], firstSeen: '2024-11-05', lastSeen: '2024-11-05', sources: ['Example News'],
        evidence: [
          {
            id: 'ev-1', articleId: A1, sentence: 'North Korea has sent troops to Russia, the Pentagon said.', start: 0, end: 57,
            rule: 'deploy-verb', confidence: 0.9, attributedTo: 'organization:pentagon', attributedToName: 'Pentagon',
          },
          { id: 'ev-2', articleId: A2, sentence: HOSTILE, start: 5, end: 50, rule: 'deploy-verb', confidence: 0.7, hedged: true },
        ],
      },
      {
        id: 'DEPLOYS_TO:country:north-korea:place:kursk', type: 'DEPLOYS_TO', source: 'country:north-korea', target: 'place:kursk',
        symmetric: false, count: 1, confidence: 0.8, articles: [A1],
        evidence: [{ id: 'ev-3', articleId: A1, sentence: 'Troops from Pyongyang are fighting in Kursk.', start: 60, end: 104, rule: 'deploy-in', confidence: 0.8 }],
      },
      {
        id: 'ALLY_OF:country:north-korea:country:russia', type: 'ALLY_OF', source: 'country:north-korea', target: 'country:russia',
        symmetric: true, count: 1, confidence: 0.95, articles: [A1],
        evidence: [{ id: 'ev-4', articleId: A1, sentence: 'Russia and North Korea signed a mutual defence treaty.', start: 110, end: 164, rule: 'treaty', confidence: 0.95 }],
      },
      {
        id: 'SUPPLIES:country:iran:country:russia', type: 'SUPPLIES', source: 'country:iran', target: 'country:russia', symmetric: false,
        count: 1, confidence: 0.85, articles: [A2], items: ['drones', 'missiles'],
        evidence: [{ id: 'ev-5', articleId: A2, sentence: 'Iran supplied Russia with drones and missiles.', start: 0, end: 46, rule: 'supply-verb', confidence: 0.85, denied: true }],
      },
      {
        id: 'MENTIONED_WITH:country:iran:person:weird', type: 'MENTIONED_WITH', source: 'country:iran', target: 'person:weird', symmetric: true,
        count: 1, confidence: 0.3, weight: 1, articles: [A2],
        evidence: [{ id: 'ev-6', articleId: A2, sentence: HOSTILE, start: 0, end: 10, rule: 'co-mention', confidence: 0.3 }],
      },
      {
        id: 'PARTICIPATES_IN:country:north-korea:event:deployment', type: 'PARTICIPATES_IN', source: 'country:north-korea',
        target: 'event:deployment', symmetric: false, count: 1, confidence: 0.8, role: 'participant', articles: [A1],
        evidence: [{ id: 'ev-7', articleId: A1, sentence: 'Troops from Pyongyang are fighting in Kursk.', start: 60, end: 104, rule: 'event-actor', confidence: 0.8 }],
      },
    ],
  };
}
