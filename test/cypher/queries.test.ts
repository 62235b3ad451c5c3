// Every named query of cypher/ on the bundled corpus, each asserting a fact the articles state.
import { readFileSync } from 'node:fs';
import { findQuery, loadLibrary, runNamedQuery, type QueryOutput } from '../../src/query/library.js';
import type { Store } from '../../src/store/store.js';
import { runCli } from '../helpers/cli.js';
import { UsageError } from '../../src/errors.js';
import { openTestStore } from '../helpers/neo4j.js';
import { freshCorpus, INGEST_TIMEOUT_MS } from '../ingest/ingest-corpus.js';

let store: Store;
const run = (name: string, ...pairs: string[]): Promise<QueryOutput> => runNamedQuery(store, findQuery(name), pairs);

interface Quote { sentence: string; article: string; claimant: string | null; hedged: boolean; denied: boolean }
type Row = Record<string, unknown>;
const quotes = (row: Row | undefined) => (row?.evidence ?? []) as Quote[];
const find = (rows: Row[], source: string, type: string, target: string) =>
  rows.find((r) => r.source === source && r.type === type && r.target === target);

beforeAll(async () => {
  store = await openTestStore();
  await freshCorpus(store);
}, INGEST_TIMEOUT_MS);

afterAll(async () => {
  await store?.close();
});

it('every query in cypher/ runs with its defaults', async () => {
  for (const q of loadLibrary()) {
    await expect(runNamedQuery(store, q, [])).resolves.toHaveProperty('rows');
  }
});

describe('alliance-network', () => {
  it('returns North Korea DEPLOYS_TO Russia with a sentence that says so, and the alliance itself', async () => {
    const { rows } = await run('alliance-network');
    const deploys = find(rows, 'North Korea', 'DEPLOYS_TO', 'Russia');
    expect(deploys).toBeDefined();
    expect(quotes(deploys).some((q) => /North Korea(n)?\b.*\b(troops|soldiers|forces)\b.*\bRussia/i.test(q.sentence) && /\b(send|sends|sent|sending|deploy|deployed|deployment|dispatched)\b/i.test(q.sentence))).toBe(true);
    expect(find(rows, 'North Korea', 'ALLY_OF', 'Russia') ?? find(rows, 'Russia', 'ALLY_OF', 'North Korea')).toBeDefined();
    expect(find(rows, 'Iran', 'SUPPLIES', 'Russia')).toBeDefined();
    // only relations among the four
    for (const r of rows) expect(['Russia', 'North Korea', 'Iran', 'China']).toEqual(expect.arrayContaining([r.source, r.target]));
  });

  it('accepts aliases and filters by confidence', async () => {
    const { rows } = await run('alliance-network', 'countries=Pyongyang,Kremlin', 'minConfidence=0.5');
    expect(find(rows, 'North Korea', 'DEPLOYS_TO', 'Russia')).toBeDefined();
    expect(rows.every((r) => (r.confidence as number) >= 0.5)).toBe(true);
    expect(rows.every((r) => [r.source, r.target].every((n) => n === 'Russia' || n === 'North Korea'))).toBe(true);
  });
});

describe('supplies', () => {
  it('Iran SUPPLIES Russia with drones, quoted', async () => {
    const { rows } = await run('supplies', 'recipient=Russia', 'item=drones');
    const iran = rows.find((r) => r.supplier === 'Iran');
    expect(iran?.recipient).toBe('Russia');
    expect(iran?.items).toEqual(expect.arrayContaining(['drones']));
    expect(quotes(iran).some((q) => /Iran has provided Russia with drones/.test(q.sentence))).toBe(true);
  });
});

describe('shortest-path', () => {
  it('Iran reaches Ukraine through Russia (Iran supplies Russia, which attacks Ukraine)', async () => {
    const { rows } = await run('shortest-path', 'from=Iran', 'to=Ukraine');
    expect(rows.length).toBeGreaterThan(0);
    const shortest = rows[0]!;
    expect(shortest.hops).toBe(2);
    expect(rows.some((r) => (r.path as string[]).join(' > ') === 'Iran > Russia > Ukraine')).toBe(true);
    expect(rows.flatMap((r) => r.steps as string[])).toContain('Iran -SUPPLIES-> Russia');
  });

  it('names an unknown entity with close matches', async () => {
    await expect(run('shortest-path', 'from=Irann', 'to=Ukraine')).rejects.toThrow(UsageError);
    await expect(run('shortest-path', 'from=Irann', 'to=Ukraine')).rejects.toThrow(/no entity .* named "Irann".*Did you mean: Iran \(Country\)/);
  });
});

describe('ego-network', () => {
  it("North Korea's 1-hop network holds its deployment to Russia; 2 hops reaches further", async () => {
    const one = await run('ego-network', 'entity=North Korea', 'hops=1');
    expect(find(one.rows, 'North Korea', 'DEPLOYS_TO', 'Russia')).toBeDefined();
    const two = await run('ego-network', 'entity=North Korean', 'hops=2');
    expect(two.rows.length).toBeGreaterThan(one.rows.length);
    const names = (o: QueryOutput) => new Set(o.rows.flatMap((r) => [r.source, r.target]));
    for (const n of names(one)) expect(names(two).has(n)).toBe(true);
  });
});

describe('top-by-degree and top-by-pagerank', () => {
  it('put Russia and Ukraine, the war\'s two sides, at the top', async () => {
    const degree = await run('top-by-degree', 'limit=3');
    expect(degree.rows.map((r) => r.entity)).toEqual(expect.arrayContaining(['Russia', 'Ukraine']));
    const pagerank = await run('top-by-pagerank', 'limit=3');
    expect(pagerank.columns).toEqual(['rank', 'entity', 'label', 'pagerank', 'degree']);
    expect(pagerank.rows.map((r) => r.entity)).toEqual(expect.arrayContaining(['Russia', 'Ukraine']));
  });

  it('filter by label and give a proper distribution', async () => {
    const countries = await run('top-by-pagerank', 'label=Country', 'limit=1000');
    expect(countries.rows.every((r) => r.label === 'Country')).toBe(true);
    const all = await run('top-by-pagerank', 'limit=100000');
    const total = all.rows.reduce((s, r) => s + (r.pagerank as number), 0);
    expect(total).toBeCloseTo(1, 2);
    const people = await run('top-by-degree', 'label=Person', 'limit=5');
    expect(people.rows.every((r) => r.label === 'Person')).toBe(true);
  });
});

describe('events-by-type', () => {
  it('the prisoner exchange mediated by the UAE, 95 for 95', async () => {
    const { rows } = await run('events-by-type', 'eventType=PrisonerExchange');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.eventType === 'PrisonerExchange')).toBe(true);
    const mediated = rows.find((r) => (r.mediators as string[]).includes('United Arab Emirates'));
    expect(mediated).toBeDefined();
    expect((mediated!.participants as string[]).join(' ')).toMatch(/Russia.*Ukraine|Ukraine.*Russia/);
    expect(rows.some((r) => (r.figures as string[]).some((f) => /\b95\b/.test(f)))).toBe(true);
  });
});

describe('relationship-evidence', () => {
  it('quotes every sentence behind Iran SUPPLIES Russia, with offsets into the original file', async () => {
    const { rows } = await run('relationship-evidence', 'source=Iran', 'target=Russia', 'type=SUPPLIES');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.type === 'SUPPLIES' && r.source === 'Iran' && r.target === 'Russia')).toBe(true);
    const axis = rows.find((r) => /Iran has provided Russia with drones and missiles/.test(r.sentence as string));
    expect(axis?.article).toMatch(/Axis of Evil/);
    for (const r of rows) {
      const text = readFileSync(r.file as string, 'utf8');
      expect(text.slice(r.start as number, r.end as number)).toBe(r.sentence);
    }
  });
});

describe('co-mention', () => {
  it('Russia and North Korea are named together in many sentences and articles', async () => {
    const { rows } = await run('co-mention', 'a=Kremlin', 'b=Pyongyang');
    const row = rows[0]!;
    expect(row).toMatchObject({ a: 'Russia', b: 'North Korea' });
    expect(row.sentences as number).toBeGreaterThan(0);
    expect(row.sharedArticles as number).toBeGreaterThanOrEqual(4);
    expect(row.jaccard as number).toBeGreaterThan(0);
    expect(row.jaccard as number).toBeLessThanOrEqual(1);
    expect((row.relations as string[]).some((r) => /^North Korea DEPLOYS_TO Russia/.test(r))).toBe(true);
  });
});

describe('conflicting-figures', () => {
  it('keeps the North Korean troop estimates side by side, each with its claimant', async () => {
    const { rows } = await run('conflicting-figures', 'entity=North Korea', 'unit=troops');
    const claims = rows.flatMap((r) => r.claims as { value: number; claimant: string; figure: string }[]);
    const values = new Set(claims.map((c) => c.value));
    // the articles give 10,000 (Pentagon), 11,000 and 12,000 North Korean troops
    expect([10000, 11000, 12000].filter((v) => values.has(v)).length).toBeGreaterThanOrEqual(2);
    const deployedClaims = rows.filter((r) => r.kind === 'deployed').flatMap((r) => r.claims as { value: number; claimant: string }[]);
    expect(deployedClaims.filter((c) => c.value === 10000).map((c) => c.claimant)).toContainEqual(expect.stringMatching(/Pentagon|Department of Defense|United States/));
    // figures are compared only within one kind: no row sets losses or a unit's size against deployment totals
    for (const r of rows) expect(['deployed', 'casualties', 'captured', 'unit-size', 'money', 'other']).toContain(r.kind);
    const deployed = rows.filter((r) => r.kind === 'deployed').flatMap((r) => r.claims as { figure: string; sentence: string }[]);
    for (const c of deployed) expect(c.sentence.slice(c.sentence.indexOf(c.figure), c.sentence.indexOf(c.figure) + c.figure.length + 30)).not.toMatch(/killed|wounded|per brigade|casualt/);
  });
});

describe('the query command with named queries', () => {
  it('--list names every query with its purpose and parameters', async () => {
    const { stdout: out, error } = await runCli('query', '--list');
    expect(error).toBeUndefined();
    for (const q of loadLibrary()) expect(out).toContain(`${q.name}\n    ${q.purpose}`);
    expect(out).toContain('--param countries=<entity[]>');
  });

  it('runs a named query with --param and prints json', async () => {
    const { stdout: out, error } = await runCli('query', 'supplies', '--param', 'supplier=Iran', '--param', 'item=drones', '--format', 'json');
    expect(error).toBeUndefined();
    const rows = JSON.parse(out) as Row[];
    expect(rows.map((r) => [r.supplier, r.recipient])).toContainEqual(['Iran', 'Russia']);
  });

  it('a bad parameter is a usage error', async () => {
    const { error } = await runCli('query', 'ego-network', '--param', 'hops=two');
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/--param hops must be an integer/);
  });
});
