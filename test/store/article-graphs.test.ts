import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { writeArticleGraphs } from '../../src/store/article-graphs.js';
import type { Store } from '../../src/store/store.js';
import { openTestStore, resetDatabase } from '../helpers/neo4j.js';
import { articleGraph, entity, iran, kim, northKorea, russia, ukraine } from './fixtures.js';

/** Everything countable in the database, to compare before/after. */
async function snapshot(store: Store) {
  const labels = await store.read<{ label: string; n: number }>(
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
  );
  const types = await store.read<{ type: string; n: number }>('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
  const rels = await store.read(
    `MATCH (s:Entity)-[r]->(t:Entity) WHERE r.id IS NOT NULL
     RETURN r.id AS id, r.count AS count, r.articles AS articles, r.confidence AS confidence, r.evidence AS evidence, r.weight AS weight ORDER BY id`,
  );
  const entities = await store.read('MATCH (e:Entity) RETURN e.id AS id, e.mentions AS mentions, e.aliases AS aliases ORDER BY id');
  return { labels, types, rels, entities };
}

const supplies = { type: 'SUPPLIES' as const, source: northKorea, target: russia, sentence: 'North Korea supplied shells to Russia.', confidence: 0.6, items: ['shells'] };
const deploys = { type: 'DEPLOYS_TO' as const, source: northKorea, target: russia, sentence: 'Pyongyang sent troops to Russia.', confidence: 0.8 };

describe('writeArticleGraphs (real Neo4j)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  });
  beforeEach(() => resetDatabase(store));
  afterAll(() => store.close());

  it('writes articles, entities, typed relationships, evidence and mentions', async () => {
    const graph = articleGraph('a1', [northKorea, russia], [supplies, deploys], { date: '2024-11-01', source: 'Reuters' });
    const summary = await writeArticleGraphs(store, [graph]);
    expect(summary).toMatchObject({ new: 1, unchanged: 0, updated: 0, failed: 0 });
    expect(summary.nodesCreated).toBe(1 + 2 + 2); // article, 2 entities, 2 evidence
    const [rel] = await store.read(
      `MATCH (:Country {id: 'country:north-korea'})-[r:SUPPLIES]->(:Country {id: 'country:russia'})
       RETURN r.count AS count, r.articles AS articles, r.items AS items, r.confidence AS confidence,
              r.firstSeen AS firstSeen, r.sources AS sources, r.evidence AS evidence`,
    );
    expect(rel).toEqual({
      count: 1, articles: [graph.article.id], items: ['shells'], confidence: 0.6,
      firstSeen: '2024-11-01', sources: ['Reuters'], evidence: [supplies.sentence],
    });
    const [ev] = await store.read<{ n: number }>(
      "MATCH (ev:Evidence {relType: 'SUPPLIES'})-[:FROM_ARTICLE]->(a:Article {key: 'a1'}) RETURN count(ev) AS n",
    );
    expect(ev?.n).toBe(1);
    const [nk] = await store.read("MATCH (e:Entity:Country {id: 'country:north-korea'}) RETURN e.mentions AS mentions, e.aliases AS aliases");
    expect(nk).toEqual({ mentions: 1, aliases: ['North Korea', 'Pyongyang', 'DPRK'] });
  });

  it('is idempotent: the same graph twice leaves the database identical', async () => {
    const graphs = [articleGraph('a1', [northKorea, russia], [supplies, deploys]), articleGraph('a2', [northKorea, russia, kim], [supplies])];
    await writeArticleGraphs(store, graphs);
    const before = await snapshot(store);
    const again = await writeArticleGraphs(store, graphs);
    expect(again).toMatchObject({ new: 0, unchanged: 2, updated: 0, failed: 0, nodesCreated: 0, relationshipsCreated: 0 });
    expect(await snapshot(store)).toEqual(before);
  });

  it('returns to the identical state when a changed article is changed back', async () => {
    const a1 = articleGraph('a1', [northKorea, russia, kim], [supplies, deploys], { date: '2024-10-01', source: 'AP' });
    const a2 = articleGraph('a2', [northKorea, russia], [{ ...supplies, sentence: 'More shells went to Russia.', confidence: 0.3 }]);
    await writeArticleGraphs(store, [a1, a2]);
    const before = await snapshot(store);
    const a1Changed = articleGraph('a1', [iran, russia], [{ type: 'SUPPLIES', source: iran, target: russia, sentence: 'Iran sent drones.' }]);
    expect(await writeArticleGraphs(store, [a1Changed])).toMatchObject({ updated: 1 });
    expect(await snapshot(store)).not.toEqual(before);
    expect(await writeArticleGraphs(store, [a1])).toMatchObject({ updated: 1 });
    expect(await snapshot(store)).toEqual(before);
  });

  it('counts the same text under a second key as unchanged (stored once)', async () => {
    const a1 = articleGraph('a1', [northKorea, russia], [supplies]);
    const copy = { ...a1, article: { ...a1.article, key: 'copy-of-a1', file: 'copy.txt' } };
    expect(await writeArticleGraphs(store, [a1, copy])).toMatchObject({ new: 1, unchanged: 1, failed: 0 });
    const [row] = await store.read<{ n: number; count: number }>('MATCH (a:Article) WITH count(a) AS n MATCH ()-[r:SUPPLIES]->() RETURN n, r.count AS count');
    expect(row).toEqual({ n: 1, count: 1 });
  });

  it('aggregates evidence of one relationship across articles (count, articles, best confidence)', async () => {
    const other = { ...supplies, sentence: 'Russia received North Korean artillery shells.', confidence: 0.5, items: ['artillery'] };
    await writeArticleGraphs(store, [articleGraph('a1', [northKorea, russia], [supplies]), articleGraph('a2', [northKorea, russia], [other])]);
    const [rel] = await store.read<{ count: number; articles: string[]; confidence: number; items: string[] }>(
      'MATCH ()-[r:SUPPLIES]->() RETURN r.count AS count, r.articles AS articles, r.confidence AS confidence, r.items AS items',
    );
    expect(rel?.count).toBe(2);
    expect(rel?.articles).toHaveLength(2);
    expect(rel?.confidence).toBeCloseTo(0.6, 10);
    expect(rel?.items?.sort()).toEqual(['artillery', 'shells']);
  });

  it('stores a symmetric relationship once, from the smaller id to the larger', async () => {
    const meets = { type: 'MEETS' as const, source: russia, target: northKorea, sentence: 'Putin met Kim.' };
    const summary = await writeArticleGraphs(store, [articleGraph('a1', [russia, northKorea], [meets])]);
    expect(summary.failed).toBe(0);
    const rows = await store.read('MATCH (s)-[r:MEETS]->(t) RETURN s.id AS s, t.id AS t');
    expect(rows).toEqual([{ s: 'country:north-korea', t: 'country:russia' }]);
  });

  it('replaces only its own evidence when an article changes', async () => {
    const a1 = articleGraph('a1', [northKorea, russia, kim], [supplies, deploys]);
    const a2Supplies = { ...supplies, sentence: 'Shells from North Korea reached Russia.' };
    const a2 = articleGraph('a2', [northKorea, russia], [a2Supplies]);
    await writeArticleGraphs(store, [a1, a2]);

    const iranSupplies = { type: 'SUPPLIES' as const, source: iran, target: russia, sentence: 'Iran supplied drones to Russia.', items: ['drones'] };
    const a1Changed = articleGraph('a1', [iran, russia], [iranSupplies]);
    const summary = await writeArticleGraphs(store, [a1Changed]);
    expect(summary).toMatchObject({ new: 0, updated: 1, unchanged: 0, failed: 0 });

    const rels = await store.read<{ id: string; count: number; evidence: string[] }>(
      'MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id, r.count AS count, r.evidence AS evidence ORDER BY id',
    );
    expect(rels).toEqual([
      { id: 'SUPPLIES:country:iran->country:russia', count: 1, evidence: [iranSupplies.sentence] },
      { id: 'SUPPLIES:country:north-korea->country:russia', count: 1, evidence: [a2Supplies.sentence] },
    ]); // DEPLOYS_TO (only in old a1) is gone
    const articles = await store.read('MATCH (a:Article) RETURN a.key AS key, a.id AS id ORDER BY key');
    expect(articles).toEqual([{ key: 'a1', id: a1Changed.article.id }, { key: 'a2', id: a2.article.id }]);
    const [evidence] = await store.read<{ n: number }>('MATCH (ev:Evidence) RETURN count(ev) AS n');
    expect(evidence?.n).toBe(2);
    // Kim was mentioned only by the old a1: deleted; North Korea is still mentioned by a2
    const entities = await store.read<{ id: string; mentions: number }>('MATCH (e:Entity) RETURN e.id AS id, e.mentions AS mentions ORDER BY id');
    expect(entities).toEqual([
      { id: 'country:iran', mentions: 1 },
      { id: 'country:north-korea', mentions: 1 },
      { id: 'country:russia', mentions: 2 },
    ]);
  });

  it('writes figures with their claimant and lists their texts on the entity', async () => {
    const pentagon = entity('Organization', 'Pentagon');
    const text = 'The Pentagon said 10,000 troops were sent.';
    const deployment = entity('Event', 'Deployment of North Korean troops', {
      eventType: 'Deployment',
      figures: [{ value: 10000, unit: 'troops', text: '10,000 troops', attributedTo: pentagon.id, articleId: 'x', sentence: text, start: 18, end: 31 }],
    });
    const graph = articleGraph('a1', [northKorea, pentagon, deployment], []);
    await writeArticleGraphs(store, [graph]);
    const [row] = await store.read(
      `MATCH (e:Event)-[:HAS_FIGURE]->(f:Figure)-[:CLAIMED_BY]->(c:Organization), (f)-[:FROM_ARTICLE]->(a:Article)
       RETURN e.figures AS figures, f.value AS value, f.unit AS unit, c.name AS claimant, a.key AS key`,
    );
    expect(row).toEqual({ figures: ['10,000 troops'], value: 10000, unit: 'troops', claimant: 'Pentagon', key: 'a1' });
  });

  it('reports a graph with a dangling entity reference as failed and writes nothing of it', async () => {
    const bad = articleGraph('bad', [russia], [{ type: 'ATTACKS', source: russia, target: ukraine, sentence: 'Russia attacked Ukraine.' }]);
    const good = articleGraph('good', [northKorea, russia], [supplies]);
    const summary = await writeArticleGraphs(store, [bad, good]);
    expect(summary).toMatchObject({ new: 1, failed: 1 });
    expect(summary.failures[0]).toMatchObject({ key: 'bad', file: 'bad.txt' });
    expect(summary.failures[0]?.message).toMatch(/country:ukraine/);
    const keys = await store.read('MATCH (a:Article) RETURN a.key AS key');
    expect(keys).toEqual([{ key: 'good' }]);
  });

  it('rolls back an article whose write fails midway in the database', async () => {
    await writeArticleGraphs(store, [articleGraph('good', [northKorea, russia], [supplies])]);
    const before = await snapshot(store);
    // a node with label Person and this id but no :Entity label: merging the entity then adding :Person
    // violates the Person id constraint after the Article node was already created in the transaction
    await store.write("CREATE (:Person {id: 'person:kim-jong-un'})");
    const summary = await writeArticleGraphs(store, [articleGraph('doomed', [northKorea, russia, kim], [deploys])]);
    expect(summary).toMatchObject({ new: 0, failed: 1 });
    expect(summary.failures[0]?.message).toMatch(/already exists/);
    await store.write("MATCH (p:Person {id: 'person:kim-jong-un'}) WHERE NOT p:Entity DELETE p");
    expect(await snapshot(store)).toEqual(before);
  });

  it('rejects input that does not match the ArticleGraph schema', async () => {
    const graph = articleGraph('a1', [russia], []);
    const broken = { ...graph, article: { ...graph.article, id: '' } };
    const summary = await writeArticleGraphs(store, [broken]);
    expect(summary.failed).toBe(1);
    expect(summary.failures[0]?.message).toMatch(/^store: invalid article graph at article\.id/);
  });
});
