// Batches of whole articles in one transaction (real Neo4j): the same database as one transaction per
// article, a bad article fails alone, a changed article inside a batch replaces only its own evidence, and
// the relationship aggregates always agree with the Evidence nodes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { ArticleGraph } from '../../src/graph/types.js';
import { writeArticleGraphs, type ArticleStatus } from '../../src/store/article-graphs.js';
import type { Store } from '../../src/store/store.js';
import { openTestStore, resetDatabase } from '../helpers/neo4j.js';
import { articleGraph, entity, iran, kim, northKorea, russia, ukraine, type RelSpec } from './fixtures.js';

const putin = entity('Person', 'Vladimir Putin', { aliases: ['Vladimir Putin', 'Putin'] });
const putinAgain = entity('Person', 'Vladimir Putin', { aliases: ['President Putin'], roles: ['president'] });
const china = entity('Country', 'China');
const wagner = entity('Organization', 'Wagner Group');
const leads = (sentence: string, role: string): RelSpec => ({ type: 'LEADS', source: putin, target: wagner, sentence, role });

const supplies = (sentence: string, confidence = 0.5, items = ['shells']): RelSpec => ({ type: 'SUPPLIES', source: northKorea, target: russia, sentence, confidence, items });
const attacks = (sentence: string, confidence = 0.7): RelSpec => ({ type: 'ATTACKS', source: russia, target: ukraine, sentence, confidence });
const meets = (sentence: string): RelSpec => ({ type: 'MEETS', source: putin, target: kim, sentence, confidence: 0.9 });
const coMention = (sentence: string, weight: number): RelSpec => ({ type: 'MENTIONED_WITH', source: russia, target: northKorea, sentence, weight, confidence: 0.2 });

/** A small corpus where every relationship is touched by several articles, with dates out of order. */
function corpus(): ArticleGraph[] {
  return [
    articleGraph('k1', [northKorea, russia, ukraine], [supplies('North Korea sent shells to Russia.', 0.6), attacks('Russia struck Kyiv.')], { date: '2024-11-03', source: 'Reuters' }),
    articleGraph('k2', [northKorea, russia, putin, kim], [supplies('Pyongyang shipped artillery to Moscow.', 0.4, ['artillery']), meets('Putin met Kim in Pyongyang.'), coMention('Russia and North Korea.', 2)], { date: '2024-10-01', source: 'AP' }),
    articleGraph('k3', [russia, ukraine, iran], [attacks('Russian drones hit Odesa.', 0.8), { type: 'SUPPLIES', source: iran, target: russia, sentence: 'Iran sent drones to Russia.', items: ['drones'] }], { date: '2024-12-01', source: 'BBC' }),
    articleGraph('k4', [northKorea, russia, putinAgain, kim], [meets('Kim and Putin met again.'), coMention('Moscow and Pyongyang.', 3), supplies('More shells arrived.', 0.3)], { date: '2024-09-15', source: 'Reuters' }),
    articleGraph('k5', [china, russia], [{ type: 'ALLY_OF', source: china, target: russia, sentence: 'China backs Russia.', confidence: 0.5 }], { date: '2024-11-03', source: 'AP' }),
    articleGraph('k6', [putin, wagner], [leads('Putin commands Wagner.', 'commander')], { date: '2024-07-01' }),
    articleGraph('k7', [putin, wagner], [leads('Putin funds Wagner.', 'funder')], { date: '2024-07-02' }),
    articleGraph('k8', [putin, wagner], [leads('Putin funded Wagner for years.', 'funder')], { date: '2024-07-03' }),
  ];
}

/** Every node and relationship with all its properties (element ids left out), sorted. */
async function fullSnapshot(store: Store) {
  const nodes = await store.read<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) WHERE NOT n:SchemaVersion RETURN labels(n) AS labels, properties(n) AS props',
  );
  const rels = await store.read<{ s: unknown; type: string; t: unknown; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.key) AS s, type(r) AS type, coalesce(b.id, b.key) AS t, properties(r) AS props',
  );
  const key = (x: unknown) => JSON.stringify(x);
  return {
    nodes: nodes.map((n) => key({ labels: [...n.labels].sort(), props: sortKeys(n.props) })).sort(),
    rels: rels.map((r) => key({ ...r, props: sortKeys(r.props) })).sort(),
  };
}

function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

/** Every relationship's aggregates recomputed here from its Evidence nodes and their articles. */
async function expectAggregatesMatchEvidence(store: Store): Promise<void> {
  const rels = await store.read<{ id: string; count: number; articles: string[]; confidence: number; rules: string[]; sources: string[]; firstSeen: string | null; lastSeen: string | null }>(
    `MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id, r.count AS count, r.articles AS articles, r.confidence AS confidence,
            r.rules AS rules, r.sources AS sources, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen`,
  );
  expect(rels.length).toBeGreaterThan(0);
  for (const rel of rels) {
    const evidence = await store.read<{ c: number; article: string; rule: string; source: string | null; date: string | null }>(
      `MATCH (ev:Evidence {relId: $id})-[:FROM_ARTICLE]->(a:Article)
       RETURN ev.confidence AS c, a.id AS article, ev.rule AS rule, a.source AS source, a.date AS date`,
      { id: rel.id },
    );
    expect(rel.count).toBe(evidence.length);
    expect([...rel.articles].sort()).toEqual([...new Set(evidence.map((e) => e.article))].sort());
    // the confidence of its best evidence (calibrated per rule, docs/EXTRACTOR.md); corroboration shows in count and articles
    expect(rel.confidence).toBeCloseTo(Math.max(...evidence.map((e) => e.c)), 12);
    expect([...rel.rules].sort()).toEqual([...new Set(evidence.map((e) => e.rule))].sort());
    expect([...rel.sources].sort()).toEqual([...new Set(evidence.map((e) => e.source).filter((s) => s !== null))].sort());
    const dates = evidence.map((e) => e.date).filter((d): d is string => d !== null).sort();
    expect(rel.firstSeen ?? null).toBe(dates[0] ?? null);
    expect(rel.lastSeen ?? null).toBe(dates.at(-1) ?? null);
  }
}

describe('writeArticleGraphs in batches of whole articles (real Neo4j)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  });
  beforeEach(() => resetDatabase(store));
  afterAll(() => store.close());

  /** the database after `steps` (each a writeArticleGraphs call) with the given batch size */
  async function after(steps: ArticleGraph[][], batchSize: number) {
    await resetDatabase(store);
    const statuses: ArticleStatus[][] = [];
    for (const graphs of steps) {
      const s: ArticleStatus[] = [];
      await writeArticleGraphs(store, graphs, { batchSize, onArticle: (_d, _t, status) => s.push(status) });
      statuses.push(s);
    }
    return { snapshot: await fullSnapshot(store), statuses };
  }

  it('leaves the same database as one transaction per article, also across changes and re-ingests', async () => {
    const c = corpus();
    const k2Changed = articleGraph('k2', [northKorea, russia, china], [supplies('Shells went to Russia, a new report says.', 0.7), { type: 'ALLY_OF', source: china, target: russia, sentence: 'Beijing sides with Moscow.' }], { date: '2024-10-02', source: 'AP' });
    const k9 = articleGraph('k9', [russia, ukraine], [attacks('Russia shelled Kharkiv.', 0.6)], { date: '2024-08-01', source: 'AFP' });
    const k8Changed = articleGraph('k8', [putin, wagner], [leads('Putin once commanded Wagner.', 'commander')], { date: '2024-07-03' });
    // 1. the corpus; 2. again (unchanged); 3. changed k2 and k8 amid unchanged and new articles; 4. k2 back
    const steps = [c, c, [c[0]!, k2Changed, k9, c[4]!, k8Changed], [c[1]!, ...c.slice(0, 7)]];
    const one = await after(steps, 1);
    const batched = await after(steps, 50);
    expect(batched.statuses).toEqual(one.statuses);
    expect(one.statuses[1]).toEqual(Array(8).fill('unchanged'));
    expect(one.statuses[2]).toEqual(['unchanged', 'updated', 'new', 'unchanged', 'updated']);
    expect(one.statuses[3]).toEqual(['updated', ...Array(7).fill('unchanged')]);
    expect(batched.snapshot).toEqual(one.snapshot);
    await expectAggregatesMatchEvidence(store);
    // k8 changed from funder to commander: 2 commander, 1 funder
    const [lead] = await store.read('MATCH ()-[r:LEADS]->() RETURN r.role AS role, r.count AS count');
    expect(lead).toEqual({ role: 'commander', count: 3 });
  });

  it('writes the corpus in one batch exactly as article by article, and aggregates agree with the evidence', async () => {
    const one = await after([corpus()], 1);
    const batched = await after([corpus()], 100);
    expect(batched.snapshot).toEqual(one.snapshot);
    await expectAggregatesMatchEvidence(store);
    const [rel] = await store.read<{ count: number; evidence: string[]; firstSeen: string; lastSeen: string; sources: string[] }>(
      `MATCH (:Country {id: 'country:north-korea'})-[r:SUPPLIES]->(:Country {id: 'country:russia'})
       RETURN r.count AS count, r.evidence AS evidence, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.sources AS sources`,
    );
    // oldest article first: k4 (09-15), k2 (10-01), k1 (11-03)
    expect(rel).toEqual({
      count: 3,
      evidence: ['More shells arrived.', 'Pyongyang shipped artillery to Moscow.', 'North Korea sent shells to Russia.'],
      firstSeen: '2024-09-15', lastSeen: '2024-11-03', sources: ['Reuters', 'AP'],
    });
    const [putinRow] = await store.read("MATCH (p:Person {id: 'person:vladimir-putin'}) RETURN p.aliases AS aliases, p.roles AS roles, p.mentions AS mentions");
    expect(putinRow).toEqual({ aliases: ['Vladimir Putin', 'Putin', 'President Putin'], roles: ['president'], mentions: 5 });
    const [weight] = await store.read<{ w: number; role: unknown }>('MATCH ()-[r:MENTIONED_WITH]->() RETURN r.weight AS w, r.role AS role');
    expect(weight).toEqual({ w: 5, role: null });
    // the most frequent role: funder twice, commander once
    const [lead] = await store.read('MATCH ()-[r:LEADS]->() RETURN r.role AS role, r.weight AS weight');
    expect(lead).toEqual({ role: 'funder', weight: null });
  });

  it('fails only the bad article of a batch (database error midway) and writes the others', async () => {
    const c = corpus();
    // a Person node with this id but without :Entity: merging Kim then adding :Person breaks the Person id
    // constraint inside the batch's transaction, after other articles of the batch were already written
    await store.write("CREATE (:Person {id: 'person:kim-jong-un'})");
    const statuses: ArticleStatus[] = [];
    const summary = await writeArticleGraphs(store, c, { batchSize: 50, onArticle: (_d, _t, s) => statuses.push(s) });
    // k2 and k4 mention Kim: they fail; the batch fell back to one transaction per article
    expect(summary).toMatchObject({ new: 6, failed: 2, unchanged: 0, updated: 0 });
    expect(summary.failures.map((f) => f.key).sort()).toEqual(['k2', 'k4']);
    expect(summary.failures[0]?.message).toMatch(/already exists/);
    expect(statuses).toHaveLength(8);
    await store.write("MATCH (p:Person {id: 'person:kim-jong-un'}) WHERE NOT p:Entity DELETE p");
    const written = await fullSnapshot(store);
    // exactly what writing the three good articles alone gives
    const good = c.filter((g) => !['k2', 'k4'].includes(g.article.key));
    expect((await after([good], 1)).snapshot).toEqual(written);
  });

  it('fails an invalid article of a batch before any write and writes the rest in one batch', async () => {
    const c = corpus();
    const dangling = articleGraph('bad', [russia], [attacks('Russia attacked Ukraine.')]); // Ukraine not among its entities
    const transactions: number[] = [];
    const summary = await writeArticleGraphs(store, [c[0]!, dangling, c[1]!], { batchSize: 50, onArticle: (done) => transactions.push(done) });
    expect(summary).toMatchObject({ new: 2, failed: 1 });
    expect(summary.failures[0]).toMatchObject({ key: 'bad', file: 'bad.txt', message: expect.stringMatching(/country:ukraine/) });
    const keys = await store.read('MATCH (a:Article) RETURN a.key AS key ORDER BY key');
    expect(keys).toEqual([{ key: 'k1' }, { key: 'k2' }]);
    await expectAggregatesMatchEvidence(store);
  });

  it('a changed article inside a batch replaces only its own evidence', async () => {
    const c = corpus();
    await writeArticleGraphs(store, c, { batchSize: 50 });
    const k1Changed = articleGraph('k1', [iran, russia], [{ type: 'SUPPLIES', source: iran, target: russia, sentence: 'Iran delivered missiles to Russia.', items: ['missiles'], confidence: 0.9 }], { date: '2024-11-04', source: 'Reuters' });
    const k10 = articleGraph('k10', [northKorea, russia], [supplies('Yet more shells came.', 0.2)], { date: '2025-01-01', source: 'AP' });
    const summary = await writeArticleGraphs(store, [c[2]!, k1Changed, k10], { batchSize: 50 });
    expect(summary).toMatchObject({ unchanged: 1, updated: 1, new: 1, failed: 0 });
    const rels = await store.read<{ id: string; count: number; articles: string[] }>(
      "MATCH (:Entity)-[r]->(:Entity) WHERE r.id IN ['SUPPLIES:country:north-korea->country:russia', 'SUPPLIES:country:iran->country:russia', 'ATTACKS:country:russia->country:ukraine'] RETURN r.id AS id, r.count AS count, r.articles AS articles ORDER BY id",
    );
    const id = (g: ArticleGraph) => g.article.id;
    expect(rels.map((r) => ({ ...r, articles: [...r.articles].sort() }))).toEqual([
      { id: 'ATTACKS:country:russia->country:ukraine', count: 1, articles: [id(c[2]!)] }, // k1's attack is gone, k3's stays
      { id: 'SUPPLIES:country:iran->country:russia', count: 2, articles: [id(c[2]!), id(k1Changed)].sort() },
      { id: 'SUPPLIES:country:north-korea->country:russia', count: 3, articles: [id(c[1]!), id(c[3]!), id(k10)].sort() },
    ]);
    const [old] = await store.read<{ n: number }>('MATCH (ev:Evidence {articleId: $id}) RETURN count(ev) AS n', { id: id(c[0]!) });
    expect(old?.n).toBe(0);
    await expectAggregatesMatchEvidence(store);
  });

  it('writes the same key twice in one call in order (new, then updated) and the same text under a second key once', async () => {
    const v1 = articleGraph('k1', [northKorea, russia], [supplies('Version one.')]);
    const v2 = articleGraph('k1', [northKorea, russia], [supplies('Version two.')]);
    const copy = { ...v2, article: { ...v2.article, key: 'copy', file: 'copy.txt' } };
    const statuses: ArticleStatus[] = [];
    await writeArticleGraphs(store, [v1, v2, copy], { batchSize: 50, onArticle: (_d, _t, s) => statuses.push(s) });
    expect(statuses).toEqual(['new', 'updated', 'unchanged']);
    const [row] = await store.read('MATCH (a:Article) WITH collect(a.key) AS keys MATCH ()-[r:SUPPLIES]->() RETURN keys, r.evidence AS evidence');
    expect(row).toEqual({ keys: ['k1'], evidence: ['Version two.'] });
    // and back to v1 in a call that lists it after the stored version: new → updated in order
    statuses.length = 0;
    await writeArticleGraphs(store, [v2, v1], { batchSize: 50, onArticle: (_d, _t, s) => statuses.push(s) });
    expect(statuses).toEqual(['unchanged', 'updated']);
    const [back] = await store.read('MATCH ()-[r:SUPPLIES]->() RETURN r.evidence AS evidence');
    expect(back).toEqual({ evidence: ['Version one.'] });
  });
});
