// Export from the real store after ingesting the corpus: every format round-trips.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { runCli } from '../helpers/cli.js';
import { UsageError } from '../../src/errors.js';
import { fetchSubgraph, type SubgraphRequest } from '../../src/export/fetch-subgraph.js';
import { splitCypherScript } from '../../src/export/run-script.js';
import type { Subgraph } from '../../src/export/types.js';
import { writeExport } from '../../src/export/write.js';
import type { Store } from '../../src/store/store.js';
import { openTestStore, resetDatabase } from '../helpers/neo4j.js';
import { freshCorpus, INGEST_TIMEOUT_MS } from '../ingest/ingest-corpus.js';
import { networkxAvailable, readWithNetworkx } from './networkx.js';

let store: Store;
let dir: string;
let subgraph: Subgraph;
const REQUEST: SubgraphRequest = { focus: ['Pyongyang', 'Iran'], hops: 1, types: [], minConfidence: 0 };

beforeAll(async () => {
  store = await openTestStore();
  await freshCorpus(store);
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-store-export-'));
  subgraph = await fetchSubgraph(store, REQUEST);
}, INGEST_TIMEOUT_MS);

afterAll(async () => {
  await store?.close();
});

describe('fetchSubgraph', () => {
  it('takes the focus by alias, widens one hop, and brings evidence, figures and articles', () => {
    expect(subgraph.scope.focus).toEqual(['North Korea', 'Iran']);
    const names = new Set(subgraph.nodes.map((n) => n.name));
    for (const n of ['North Korea', 'Iran', 'Russia']) expect(names.has(n)).toBe(true);
    expect(subgraph.nodes.filter((n) => n.focus).map((n) => n.name).sort()).toEqual(['Iran', 'North Korea']);
    const ids = new Set(subgraph.nodes.map((n) => n.id));
    for (const e of subgraph.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.type).not.toBe('MENTIONED_WITH');
      expect(e.evidence.length).toBeGreaterThan(0);
    }
    const supplies = subgraph.edges.find((e) => e.type === 'SUPPLIES' && e.source === 'country:iran');
    expect(supplies?.items).toContain('drones');
    const articleIds = new Set(subgraph.articles.map((a) => a.id));
    for (const ev of subgraph.edges.flatMap((e) => e.evidence)) expect(articleIds.has(ev.articleId)).toBe(true);
  });

  it('hops=0 keeps only the focus and the relations between them; --types and --min-confidence filter', async () => {
    const zero = await fetchSubgraph(store, { ...REQUEST, focus: ['North Korea', 'Russia'], hops: 0 });
    expect(zero.nodes.map((n) => n.name).sort()).toEqual(['North Korea', 'Russia']);
    expect(zero.edges.some((e) => e.type === 'DEPLOYS_TO')).toBe(true);
    const typed = await fetchSubgraph(store, { ...REQUEST, types: ['SUPPLIES'], minConfidence: 0.5 });
    expect(typed.edges.length).toBeGreaterThan(0);
    expect(typed.edges.every((e) => e.type === 'SUPPLIES' && e.confidence >= 0.5)).toBe(true);
  });

  it('an unknown focus name is a usage error listing close matches', async () => {
    const attempt = fetchSubgraph(store, { ...REQUEST, focus: ['Nort Korea'] });
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(fetchSubgraph(store, { ...REQUEST, focus: ['Nort Korea'] })).rejects.toThrow(/Did you mean: North Korea \(Country\)/);
  });
});

describe.each(['graphml', 'gexf'] as const)('%s from the store', (format) => {
  it('is re-read by graphology and networkx with the same node and edge counts', async () => {
    const out = join(dir, `g.${format}`);
    await writeExport(subgraph, format, out);
    const text = await readFile(out, 'utf8');
    const graph = (format === 'graphml' ? graphml : gexf).parse(MultiDirectedGraph, text);
    expect([graph.order, graph.size]).toEqual([subgraph.nodes.length, subgraph.edges.length]);
    const missing = networkxAvailable();
    if (missing) {
      console.warn(`skipping networkx round-trip of ${format}: ${missing}`);
      return;
    }
    expect(readWithNetworkx(format, out)).toMatchObject({ nodes: subgraph.nodes.length, edges: subgraph.edges.length });
  });
});

describe('json and csv from the store', () => {
  it('json is graphology serialisation with the same counts', async () => {
    await writeExport(subgraph, 'json', join(dir, 'g.json'));
    const graph = MultiDirectedGraph.from(JSON.parse(await readFile(join(dir, 'g.json'), 'utf8')));
    expect([graph.order, graph.size]).toEqual([subgraph.nodes.length, subgraph.edges.length]);
  });

  it('csv has one row per node and edge', async () => {
    await writeExport(subgraph, 'csv', join(dir, 'csv'));
    const lines = async (f: string) => (await readFile(join(dir, 'csv', f), 'utf8')).split('\r\n').filter(Boolean).length;
    // no sentence in this corpus holds a line break, so lines = rows
    expect(await lines('nodes.csv')).toBe(subgraph.nodes.length + 1);
    expect(await lines('edges.csv')).toBe(subgraph.edges.length + 1);
  });
});

describe('the export command', () => {
  it('writes the format asked for and says what it wrote', async () => {
    const out = join(dir, 'cli.gexf');
    const run = await runCli('export', '--focus', 'Zelenskyy', '--focus', 'UAE', '--hops', '1', '--types', 'MEDIATES,PARTICIPATES_IN,LEADS', '--format', 'gexf', '--out', out);
    expect(run.error).toBeUndefined();
    expect(run.stdout).toMatch(new RegExp(`^export: \\d+ entities, \\d+ relations from \\d+ articles → ${out}\\n$`));
    const graph = gexf.parse(MultiDirectedGraph, await readFile(out, 'utf8'));
    expect(graph.hasNode('country:united-arab-emirates')).toBe(true);
    graph.forEachEdge((_e, a) => expect(['MEDIATES', 'PARTICIPATES_IN', 'LEADS']).toContain(a.relType));
  });

  it('an unknown name exits 2 naming close matches; a bad type is refused', async () => {
    const unknown = await runCli('export', '--focus', 'Zelenskiy', '--format', 'md', '--out', join(dir, 'x.md'));
    expect(unknown.error).toBeInstanceOf(UsageError);
    expect((unknown.error as UsageError).exitCode).toBe(2);
    expect((unknown.error as Error).message).toMatch(/no entity \(--focus\) named "Zelenskiy".*Did you mean: Volodymyr Zelensky \(Person\)/);
    const badType = await runCli('export', '--focus', 'Iran', '--types', 'FRIEND_OF', '--format', 'md', '--out', join(dir, 'y.md'));
    expect(badType.stderr).toMatch(/unknown relation type\(s\) FRIEND_OF/);
  });
});

describe('cypher script', () => {
  it('recreates the same subgraph in an empty database', async () => {
    const out = join(dir, 'g.cypher');
    await writeExport(subgraph, 'cypher', out);
    const statements = splitCypherScript(await readFile(out, 'utf8'));
    await resetDatabase(store);
    for (const statement of statements) {
      if (statement.startsWith('CREATE CONSTRAINT')) await store.autoCommit(statement, {}, 'WRITE');
      else await store.write(statement);
    }
    const [counts] = await store.read<{ entities: number; relations: number; evidence: number; articles: number; figures: number }>(`
      CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
      CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
      CALL () { MATCH (e:Evidence)-[:FROM_ARTICLE]->(:Article) RETURN count(e) AS evidence }
      CALL () { MATCH (a:Article) RETURN count(a) AS articles }
      CALL () { MATCH (f:Figure) RETURN count(f) AS figures }
      RETURN entities, relations, evidence, articles, figures`);
    expect(counts).toEqual({
      entities: subgraph.nodes.length,
      relations: subgraph.edges.length,
      evidence: subgraph.edges.reduce((n, e) => n + e.evidence.length, 0),
      articles: subgraph.articles.length,
      figures: subgraph.nodes.reduce((n, e) => n + e.figures.length, 0),
    });
    // and exporting again from the recreated database gives the same subgraph
    const again = await fetchSubgraph(store, REQUEST);
    const key = (s: Subgraph) => ({
      nodes: s.nodes.map((n) => [n.id, n.name, n.label, n.aliases, n.mentions]).sort(),
      edges: s.edges.map((e) => [e.id, e.type, e.source, e.target, e.count, e.items, e.evidence.map((ev) => ev.sentence)]).sort(),
    });
    expect(key(again)).toEqual(key(subgraph));
    // running the script twice adds nothing (MERGE on id)
    const total = 'CALL () { MATCH (n) RETURN count(n) AS n } CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r';
    const [once] = await store.read(total);
    for (const statement of statements) if (!statement.startsWith('CREATE CONSTRAINT')) await store.write(statement);
    const [twice] = await store.read(total);
    expect(twice).toEqual(once);
  }, INGEST_TIMEOUT_MS);
});

describe('md and html reports from the store', () => {
  it('quote the evidence of the relations', async () => {
    await writeExport(subgraph, 'md', join(dir, 'report.md'));
    await writeExport(subgraph, 'html', join(dir, 'report.html'));
    const md = await readFile(join(dir, 'report.md'), 'utf8');
    const html = await readFile(join(dir, 'report.html'), 'utf8');
    for (const text of [md, html]) {
      expect(text).toContain('Iran has provided Russia with drones and missiles');
      expect(text).toContain('North Korea, Iran: 1-hop network');
    }
  });
});
