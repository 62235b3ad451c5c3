// The serve API against the real Neo4j of the jest global setup, seeded with test/serve/fixtures.ts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/serve/app.js';
import { createNamedQueries } from '../../src/serve/named-queries.js';
import { readOnlyStore } from '../../src/serve/read-only-store.js';
import { createReportRenderer } from '../../src/serve/report.js';
import { DatabaseError } from '../../src/errors.js';
import type { Store } from '../../src/store/store.js';
import { openTestStore, resetDatabase } from '../helpers/neo4j.js';
import { FIXTURE_GRAPHS, GUR, IR, ISOLATED, KIM, KURSK, NK, PENTAGON, RU } from './fixtures.js';
import { seed } from './seed.js';

let store: Store;
let server: Server;
let base: string;

async function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(base + path, { headers });
  const text = await res.text();
  let body: unknown = text;
  try { body = JSON.parse(text); } catch { /* html or text */ }
  return { status: res.status, body, headers: res.headers };
}

beforeAll(async () => {
  store = await openTestStore();
  await resetDatabase(store);
  await seed(store, FIXTURE_GRAPHS);
  const viewerDir = mkdtempSync(join(tmpdir(), 'newsgraph-viewer-'));
  writeFileSync(join(viewerDir, 'index.html'), '<!doctype html><title>newsgraph</title>');
  server = createApp({
    db: readOnlyStore(store), viewerDir, limits: { maxNodes: 50, maxEdges: 200 }, allowedHosts: ['127.0.0.1', 'localhost'],
    namedQueries: createNamedQueries(store), renderReport: createReportRenderer(store),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await store?.close();
});

describe('search', () => {
  test.each([
    ['north', NK.id],
    ['North Korea', NK.id],
    ['Pyongyang', NK.id], // alias
    ['pyong', NK.id], // prefix (autocomplete)
    ['Kim Jong', KIM.id],
    ['tehran', IR.id],
  ])('%s → %s first', async (q, id) => {
    const { status, body } = await get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(body.hits[0]?.id).toBe(id);
  });

  test('Lucene syntax in the query is neutralised, not an error', async () => {
    const { status, body } = await get(`/api/search?q=${encodeURIComponent('"(*:~ ^[OR] AND')}`);
    expect(status).toBe(200);
    expect(Array.isArray(body.hits)).toBe(true);
  });
});

describe('overview and alliance lens', () => {
  test('a small graph comes back whole', async () => {
    const { body } = await get('/api/overview');
    expect(body.nodes).toHaveLength(12);
    expect(body.truncated).toBe(false);
    expect(body.total).toBe(12);
    expect(body.edges.length).toBeGreaterThanOrEqual(13);
  });

  test('a limit keeps the most connected entities and says it truncated', async () => {
    const { body } = await get('/api/overview?limit=3');
    expect(body.nodes).toHaveLength(3);
    expect(body.nodes[0].id).toBe(RU.id);
    expect(body.truncated).toBe(true);
    const ids = new Set(body.nodes.map((n: { id: string }) => n.id));
    for (const e of body.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  test('alliance lens: the four countries and what connects them', async () => {
    const { body } = await get('/api/lens/alliance');
    const ids = body.nodes.map((n: { id: string }) => n.id);
    expect(body.focus.sort()).toEqual(['country:china', 'country:iran', 'country:north-korea', 'country:russia']);
    expect(ids).toEqual(expect.arrayContaining([KURSK.id, 'country:ukraine']));
    expect(ids).not.toContain(ISOLATED.id);
  });
});

describe('ego network', () => {
  test('one hop around North Korea', async () => {
    const { body } = await get(`/api/ego/${encodeURIComponent(NK.id)}`);
    const ids = body.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining([NK.id, RU.id, KURSK.id, KIM.id]));
    expect(ids).not.toContain(IR.id);
    expect(body.focus).toEqual([NK.id]);
  });

  test('two hops reach Iran; a limit truncates', async () => {
    expect((await get(`/api/ego/${encodeURIComponent(NK.id)}?hops=2`)).body.nodes.map((n: { id: string }) => n.id)).toContain(IR.id);
    const small = (await get(`/api/ego/${encodeURIComponent(NK.id)}?limit=2`)).body;
    expect(small.nodes).toHaveLength(2);
    expect(small.truncated).toBe(true);
  });

  test('unknown entity → 404', async () => {
    expect((await get('/api/ego/country%3Aatlantis')).status).toBe(404);
  });
});

describe('shortest path', () => {
  test('Kim Jong-un → Iran in order, with its relations', async () => {
    const { status, body } = await get(`/api/path?from=${encodeURIComponent(KIM.id)}&to=${encodeURIComponent(IR.id)}`);
    expect(status).toBe(200);
    expect(body.focus[0]).toBe(KIM.id);
    expect(body.focus.at(-1)).toBe(IR.id);
    expect(body.focus).toHaveLength(4);
    expect(body.edges).toHaveLength(3);
  });

  test('no path to an isolated entity → 404', async () => {
    expect((await get(`/api/path?from=${encodeURIComponent(NK.id)}&to=${encodeURIComponent(ISOLATED.id)}`)).status).toBe(404);
  });
});

describe('details', () => {
  test('node: relations grouped by type, evidence with article titles and claimants', async () => {
    const { status, body } = await get(`/api/node/${encodeURIComponent(NK.id)}`);
    expect(status).toBe(200);
    expect(body.node.aliases).toContain('Pyongyang');
    expect(body.relations.DEPLOYS_TO).toHaveLength(2);
    const troops = body.evidence.find((e: { sentence: string }) => e.sentence.includes('10,000 troops to Russia'));
    expect(troops).toMatchObject({ claimant: PENTAGON.name, attributedTo: PENTAGON.id, relType: 'DEPLOYS_TO' });
    expect(troops.article.title).toBe('North Korean troops arrive in Kursk');
    expect(body.articles[0].title).toBe('North Korean troops arrive in Kursk');
    expect(body.figures).toEqual([expect.objectContaining({ text: '10,000 troops', claimant: 'Pentagon', value: 10000, unit: 'troops' })]);
    expect(body.figures[0].article.title).toBe('North Korean troops arrive in Kursk');
  });

  test('node evidence is paginated', async () => {
    const all = (await get(`/api/node/${encodeURIComponent(RU.id)}`)).body;
    const page = (await get(`/api/node/${encodeURIComponent(RU.id)}?offset=1&limit=2`)).body;
    expect(page.evidence).toHaveLength(2);
    expect(page.evidencePage).toEqual({ offset: 1, limit: 2, total: all.evidencePage.total });
    expect(page.evidence[0].id).toBe(all.evidence[1].id);
  });

  test('edge: every evidence sentence, found with or without its source', async () => {
    const id = `SUPPLIES:${IR.id}->${RU.id}`;
    const withSource = (await get(`/api/edge/${encodeURIComponent(id)}?source=${encodeURIComponent(IR.id)}`)).body;
    const alone = (await get(`/api/edge/${encodeURIComponent(id)}`)).body;
    expect(withSource).toEqual(alone);
    expect(alone.edge).toMatchObject({ type: 'SUPPLIES', source: IR.id, target: RU.id, items: ['drones'] });
    expect(alone.evidence).toHaveLength(1);
    expect(alone.evidence[0]).toMatchObject({ claimant: GUR.name, sentence: 'Iran supplies Shahed drones to Russia, the GUR said.' });
  });

  test('hedged and denied flags come through', async () => {
    const hedged = (await get(`/api/edge/${encodeURIComponent(`SUPPORTS:${RU.id}->${IR.id}`)}`)).body;
    expect(hedged.evidence[0].hedged).toBe(true);
    const denied = (await get(`/api/edge/${encodeURIComponent(`SUPPLIES:country:china->${RU.id}`)}`)).body;
    expect(denied.evidence[0].denied).toBe(true);
  });
});

describe('validation and safety', () => {
  test.each([
    ['/api/search?q=', 'q'],
    ['/api/search?q=x&limit=999', 'limit'],
    ['/api/overview?limit=-1', 'limit'],
    ['/api/overview?cypher=MATCH%20(n)%20DETACH%20DELETE%20n', 'cypher'],
    ['/api/ego/country%3Arussia?hops=4', 'hops'],
    ['/api/path?from=a', 'to'],
    ['/api/node/x?limit=1000', 'limit'],
    ['/api/overview?minConfidence=2', 'minConfidence'],
    ['/api/search?q=a&q=b', 'q'],
  ])('%s → 400 naming %s', async (path, param) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain(param);
  });

  test('unknown routes and methods', async () => {
    expect((await get('/api/nope')).status).toBe(404);
    expect((await fetch(`${base}/api/search?q=x`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${base}/api/report`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(400);
    expect((await fetch(`${base}/api/report`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x' })).status).toBe(415);
  });

  test('static files stay inside the viewer directory', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await get('/..%2f..%2fpackage.json')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });

  test('a foreign Host header is refused (DNS rebinding)', async () => {
    // fetch() may not override Host: use node:http
    const status = await new Promise<number | undefined>((resolve, reject) => {
      request(`${base}/api/stats`, { headers: { Host: 'evil.example' } }, (res) => { res.resume(); resolve(res.statusCode); })
        .on('error', reject).end();
    });
    expect(status).toBe(421);
  });

  test('reading everything writes nothing', async () => {
    const before = await store.read('MATCH (n) RETURN count(n) AS n, COUNT { ()-[]->() } AS r');
    for (const p of ['/api/stats', '/api/overview', '/api/lens/alliance', `/api/ego/${encodeURIComponent(NK.id)}?hops=3`, `/api/node/${encodeURIComponent(RU.id)}`, '/api/search?q=russia']) {
      expect((await get(p)).status).toBe(200);
    }
    expect(await store.read('MATCH (n) RETURN count(n) AS n, COUNT { ()-[]->() } AS r')).toEqual(before);
  });

  test('stats', async () => {
    const { body } = await get('/api/stats');
    expect(body).toMatchObject({ entities: 12, articles: 3, limits: { maxNodes: 50, maxEdges: 200 } });
    expect(body.labels.Country).toBe(6);
  });
});

describe('article text', () => {
  test('the article as text, the evidence sentence located in it', async () => {
    const node = (await get(`/api/node/${encodeURIComponent(NK.id)}`)).body;
    const ev = node.evidence.find((e: { sentence: string }) => e.sentence.includes('<b>deployment</b>'));
    const { status, body } = await get(`/api/article/${ev.article.id}?evidence=${encodeURIComponent(ev.id)}`);
    expect(status).toBe(200);
    expect(body.article.title).toBe('North Korean troops arrive in Kursk');
    expect(body.text.slice(body.highlight.start, body.highlight.end)).toBe(ev.sentence);
    expect((await get(`/api/article/${ev.article.id}`)).body.highlight).toBeNull();
    expect((await get('/api/article/nope')).status).toBe(404);
  });
});

describe('named queries of cypher/', () => {
  test('listed with their parameters', async () => {
    const { body } = await get('/api/queries');
    const supplies = body.queries.find((q: { name: string }) => q.name === 'supplies');
    expect(supplies.params.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['supplier', 'recipient', 'item']));
  });

  test('run with typed parameters; entity names resolved', async () => {
    const { status, body } = await get('/api/queries/supplies?supplier=Tehran&item=drones');
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(1);
    expect(JSON.stringify(body.rows)).toContain('Russia');
    const path = await get('/api/queries/shortest-path?from=Kim%20Jong-un&to=Iran&maxHops=4');
    expect(path.status).toBe(200);
  });

  test.each([
    ['/api/queries/supplies?bogus=1', 400],
    ['/api/queries/shortest-path?maxHops=abc', 400],
    ['/api/queries/supplies?supplier=Atlantis', 400],
    ['/api/queries/no-such-query', 404],
    ['/api/queries/..%2F..%2Fetc', 400],
  ])('%s → %i', async (path, status) => {
    expect((await get(path)).status).toBe(status);
  });
});

describe('html report', () => {
  test('renders the export report for the given entities', async () => {
    const res = await fetch(`${base}/api/report`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ nodes: [NK.id, RU.id, 'country:ukraine'], title: 'Fixture <report>' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('North Korea has sent about 10,000 troops to Russia');
    expect(html).not.toContain('<b>deployment</b>'); // article text escaped
    expect(html).not.toContain('Fixture <report>');
  });
});

test('the read-only store refuses writes', async () => {
  const ro = readOnlyStore(store);
  expect(() => ro.write('CREATE (n)')).toThrow(DatabaseError);
  expect(() => ro.writeTx(async () => 1)).toThrow(DatabaseError);
});
