import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { buildExportGraph } from '../../src/export/graph.js';
import { splitCypherScript } from '../../src/export/run-script.js';
import { SubgraphSchema } from '../../src/export/types.js';
import { writeExport } from '../../src/export/write.js';
import { HOSTILE, fixtureSubgraph } from './fixture-subgraph.js';
import { networkxAvailable, readWithNetworkx } from './networkx.js';

const subgraph = SubgraphSchema.parse(fixtureSubgraph());
const NODES = subgraph.nodes.length;
const EDGES = subgraph.edges.length;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-export-'));
});

async function exportAs(format: Parameters<typeof writeExport>[1], name: string): Promise<string> {
  const out = join(dir, name);
  await writeExport(fixtureSubgraph(), format, out);
  return out;
}

describe('buildExportGraph', () => {
  it('keeps every node and every relation, symmetric ones as one directed edge', () => {
    const graph = buildExportGraph(subgraph);
    expect([graph.order, graph.size]).toEqual([NODES, EDGES]);
    expect(graph.getEdgeAttribute('ALLY_OF:country:north-korea:country:russia', 'edge').symmetric).toBe(true);
  });

  it('lays out deterministically', () => {
    const a = buildExportGraph(subgraph).mapNodes((_k, n) => [n.x, n.y]);
    const b = buildExportGraph(subgraph).mapNodes((_k, n) => [n.x, n.y]);
    expect(a).toEqual(b);
    expect(a.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
  });

  it('rejects a relation whose endpoint is outside the subgraph', () => {
    const broken = { ...subgraph, edges: [{ ...subgraph.edges[0]!, target: 'country:nowhere' }] };
    expect(() => buildExportGraph(broken)).toThrow(/outside the subgraph/);
  });
});

describe('json', () => {
  it('is graphology serialisation: Graph.from gives the same counts and the evidence', async () => {
    const json = JSON.parse(await readFile(await exportAs('json', 'g.json'), 'utf8'));
    const graph = MultiDirectedGraph.from(json);
    expect([graph.order, graph.size]).toEqual([NODES, EDGES]);
    const ev = graph.getEdgeAttribute('SUPPLIES:country:iran:country:russia', 'evidence');
    expect(ev[0].sentence).toBe('Iran supplied Russia with drones and missiles.');
    expect(graph.getNodeAttribute('person:weird', 'label')).toBe(HOSTILE);
  });
});

describe.each(['graphml', 'gexf'] as const)('%s', (format) => {
  let path: string;
  beforeAll(async () => {
    path = await exportAs(format, `g.${format}`);
  });

  it('is re-read by graphology with the same counts, labels, types and weights', async () => {
    const text = await readFile(path, 'utf8');
    const parser = format === 'graphml' ? graphml : gexf;
    const graph = parser.parse(MultiDirectedGraph, text, { addMissingNodes: false });
    expect([graph.order, graph.size]).toEqual([NODES, EDGES]);
    expect(graph.getNodeAttribute('country:north-korea', 'label')).toBe('North Korea');
    expect(graph.getNodeAttribute('person:weird', 'label')).toBe(HOSTILE);
    expect(graph.getNodeAttribute('country:iran', 'entityType')).toBe('Country');
    const e = 'DEPLOYS_TO:country:north-korea:country:russia';
    expect(graph.getEdgeAttribute(e, 'relType')).toBe('DEPLOYS_TO');
    expect(graph.getEdgeAttribute(e, 'weight')).toBe(2);
    expect(graph.getEdgeAttribute(e, 'evidenceCount')).toBe(2);
    expect(graph.getEdgeAttribute('ALLY_OF:country:north-korea:country:russia', 'symmetric')).toBe(true);
  });

  it('is re-read by networkx with the same counts and labels', () => {
    const missing = networkxAvailable();
    if (missing) {
      console.warn(`skipping networkx round-trip of ${format}: ${missing}`);
      return;
    }
    const nx = readWithNetworkx(format, path);
    expect(nx).toMatchObject({ nodes: NODES, edges: EDGES, directed: true });
    expect(nx.labels).toEqual(subgraph.nodes.map((n) => n.name).sort());
  });
});

describe('csv', () => {
  it('writes nodes.csv, edges.csv and evidence.csv with one row per item, quoting what needs it', async () => {
    const out = await exportAs('csv', 'csv');
    expect((await readdir(out)).sort()).toEqual(['edges.csv', 'evidence.csv', 'nodes.csv']);
    const rows = (text: string) => parseCsv(text);
    const nodes = rows(await readFile(join(out, 'nodes.csv'), 'utf8'));
    const edges = rows(await readFile(join(out, 'edges.csv'), 'utf8'));
    const evidence = rows(await readFile(join(out, 'evidence.csv'), 'utf8'));
    expect(nodes.length - 1).toBe(NODES);
    expect(edges.length - 1).toBe(EDGES);
    expect(evidence.length - 1).toBe(subgraph.edges.reduce((n, e) => n + e.evidence.length, 0));
    const weird = nodes.find((r) => r[0] === 'person:weird')!;
    expect(weird[1]).toBe(HOSTILE); // quoted, not broken across rows
    expect(evidence.some((r) => r[4] === 'Iran supplied Russia with drones and missiles.' && r[13] === 'true')).toBe(true);
  });
});

describe('cypher', () => {
  it('writes one MERGE statement per entity, relation, article, evidence item, figure and mention', async () => {
    const script = await readFile(await exportAs('cypher', 'g.cypher'), 'utf8');
    const statements = splitCypherScript(script);
    const count = (re: RegExp) => statements.filter((s) => re.test(s)).length;
    expect(count(/^MERGE \(n:Entity/)).toBe(NODES);
    expect(count(/MERGE \(s\)-\[r:/)).toBe(EDGES);
    expect(count(/^MERGE \(a:Article/)).toBe(subgraph.articles.length);
    expect(count(/MERGE \(e:Evidence/)).toBe(7);
    expect(count(/MERGE \(f:Figure/)).toBe(2);
    expect(count(/MERGE \(a\)-\[r:MENTIONS\]/)).toBe(3);
    // quotes, backslashes, line breaks and non-ASCII are escaped inside single-quoted literals
    expect(script).toContain("\\'quote\\' \"dq\" \\\\ back`tick");
    expect(script).toContain('=cmd\\nnewline\\ttab');
    expect(script).toContain('\\ud83d\\ude80');
  });
});

describe.each([
  ['md', 'report.md'],
  ['html', 'report.html'],
] as const)('%s report', (format, name) => {
  let text: string;
  beforeAll(async () => {
    text = await readFile(await exportAs(format, name), 'utf8');
  });

  it('has title, coverage, articles, entities, relations and quoted evidence with article and claimant', () => {
    expect(text).toContain('Alliance network: Russia, North Korea, Iran');
    expect(text).toMatch(/within 1 hop\(s\) of Russia, North Korea/);
    expect(text).toContain('North Korean troops in Kursk');
    expect(text).toContain('North Korea has sent troops to Russia, the Pentagon said.');
    expect(text).toMatch(/claimed by Pentagon/);
    expect(text).toContain('10,000 troops');
    expect(text).toMatch(/Entities/);
    expect(text).toMatch(/Relations/);
  });

  it('escapes article text', () => {
    expect(text).not.toContain('<script>alert');
    if (format === 'md') {
      expect(text).not.toMatch(/(?<!\\)\[link(?<!\\)\]\(/); // no live Markdown link
      expect(text).not.toMatch(/(?<!\\)\*star(?<!\\)\*/); // no emphasis
      expect(text).toContain('&lt;script&gt;');
    } else {
      expect(text).not.toContain('href="http://evil');
      expect(text).toContain('&lt;script&gt;alert(&quot;x&quot;)');
    }
  });
});

describe('html report', () => {
  it('is one self-contained file: inline SVG, inline script and data, no external references', async () => {
    const text = await readFile(join(dir, 'report.html'), 'utf8');
    expect(text).toContain('<svg');
    expect(text).toContain('Content-Security-Policy');
    expect(text).not.toMatch(/\s(src|href)="(https?:)?\/\//);
    expect(text).not.toMatch(/<link\b/);
    const json = text.match(/<script type="application\/json" id="graph-data">([^<]*)<\/script>/)![1]!;
    const data = JSON.parse(json);
    expect([data.nodes.length, data.edges.length]).toEqual([NODES, EDGES]);
  });
});

describe('md report', () => {
  it('writes its picture as a sibling SVG', async () => {
    const svg = await readFile(join(dir, 'report.svg'), 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(await readFile(join(dir, 'report.md'), 'utf8')).toContain('](report.svg)');
  });
});

/** Minimal RFC 4180 reader for the assertions. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += ch;
  }
  return rows;
}
