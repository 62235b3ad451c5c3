import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../src/errors.js';
import { rankCloseMatches } from '../../src/query/entities.js';
import { bindParams, describeLibrary, findQuery, loadLibrary, parseQueryFile } from '../../src/query/library.js';

const HEADER = `// Purpose: Test query that lists
//   things.
// Param who: entity = "Russia" — who
// Param n: int = 3 — how many
// Param f: float = 0.5 — threshold
// Param on: boolean = false — switch
// Param names: string[] = ["a", "b"] — names
// Example: newsgraph query t --param n=2
MATCH (e:Entity {id: $who}) WHERE $on OR $f > 0 RETURN e.name AS name, $names AS names LIMIT $n`;

describe('parseQueryFile', () => {
  it('reads purpose (with continuation), typed params with defaults, example and the body', () => {
    const q = parseQueryFile('/x/t.cypher', HEADER);
    expect(q.name).toBe('t');
    expect(q.purpose).toBe('Test query that lists things.');
    expect(q.params.map((p) => [p.name, p.type, p.default])).toEqual([
      ['who', 'entity', 'Russia'], ['n', 'int', 3], ['f', 'float', 0.5], ['on', 'boolean', false], ['names', 'string[]', ['a', 'b']],
    ]);
    expect(q.example).toBe('newsgraph query t --param n=2');
    expect(q.cypher.startsWith('MATCH (e:Entity')).toBe(true);
  });

  it.each([
    ['no purpose', HEADER.replace(/^\/\/ Purpose.*\n.*\n/, ''), /Purpose/],
    ['no example', HEADER.replace(/^\/\/ Example.*$/m, ''), /Example/],
    ['bad type', HEADER.replace('n: int', 'n: integer'), /unknown type integer/],
    ['default not JSON', HEADER.replace('= 0.5', '= zero'), /not JSON/],
    ['default of wrong type', HEADER.replace('n: int = 3', 'n: int = 3.5'), /not a int/],
    ['unused parameter', HEADER.replace('LIMIT $n', 'LIMIT 3'), /\$n is not used/],
    ['unknown post-processor', HEADER.replace('// Example', '// Post: magic\n// Example'), /unknown post-processor/],
  ])('rejects a header with %s', (_case, text, message) => {
    expect(() => parseQueryFile('/x/t.cypher', text)).toThrow(message);
  });
});

describe('bindParams', () => {
  const q = parseQueryFile('/x/t.cypher', HEADER);
  it.each([
    [[], { who: 'Russia', n: 3, f: 0.5, on: false, names: ['a', 'b'] }],
    [['n=10', 'f=0.25', 'on=true'], { n: 10, f: 0.25, on: true }],
    [['names=x, y ,z'], { names: ['x', 'y', 'z'] }],
    [['names=["North Korea","Iran, Islamic Republic"]'], { names: ['North Korea', 'Iran, Islamic Republic'] }],
    [['who=Kim Jong Un'], { who: 'Kim Jong Un' }],
    [['who=a=b'], { who: 'a=b' }],
  ])('%j', (pairs, expected) => {
    expect(bindParams(q, pairs)).toMatchObject(expected);
  });

  it.each([
    [['n=2.5'], /--param n must be an integer/],
    [['f=abc'], /--param f must be a number/],
    [['on=maybe'], /--param on must be true or false/],
    [['names=[1,2]'], /JSON array of strings/],
    [['zzz=1'], /unknown parameter "zzz" \(parameters: who, n, f, on, names\)/],
    [['novalue'], /expects name=value/],
  ])('rejects %j', (pairs, message) => {
    expect(() => bindParams(q, pairs)).toThrow(UsageError);
    expect(() => bindParams(q, pairs)).toThrow(message);
  });
});

describe('the cypher/ library', () => {
  const library = loadLibrary();
  it('has the required queries, each with purpose, example and every parameter documented', () => {
    expect(library.map((q) => q.name)).toEqual(expect.arrayContaining([
      'alliance-network', 'supplies', 'shortest-path', 'ego-network', 'top-by-degree', 'top-by-pagerank',
      'events-by-type', 'relationship-evidence', 'co-mention', 'conflicting-figures',
    ]));
    for (const q of library) {
      expect(q.example).toMatch(new RegExp(`^newsgraph query ${q.name}\\b`));
      for (const p of q.params) expect(p.description.length).toBeGreaterThan(3);
    }
  });

  it('examples bind', () => {
    for (const q of library) {
      const pairs = [...q.example.matchAll(/--param (\w+)=("[^"]*"|\S+)/g)].map((m) => `${m[1]}=${m[2]!.replace(/^"|"$/g, '')}`);
      expect(() => bindParams(q, pairs)).not.toThrow();
    }
  });

  it('--list describes every query', () => {
    const text = describeLibrary(library);
    for (const q of library) expect(text).toContain(`${q.name}\n    ${q.purpose}`);
  });

  it('unknown query names are usage errors listing the known ones', () => {
    expect(() => findQuery('nope')).toThrow(/no named query "nope".*alliance-network/);
  });

  it('loads from another folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cypher-'));
    writeFileSync(join(dir, 't.cypher'), HEADER);
    expect(loadLibrary(dir).map((q) => q.name)).toEqual(['t']);
  });
});

describe('rankCloseMatches', () => {
  const entities = [
    { id: 'p1', name: 'Volodymyr Zelensky', label: 'Person', aliases: ['Zelensky', 'Zelenskyy'], mentions: 10 },
    { id: 'c1', name: 'North Korea', label: 'Country', aliases: ['Pyongyang', 'DPRK'], mentions: 8 },
    { id: 'c2', name: 'South Korea', label: 'Country', aliases: ['Seoul'], mentions: 2 },
    { id: 'c3', name: 'Russia', label: 'Country', aliases: ['Moscow'], mentions: 20 },
  ];
  it.each([
    ['Zelenski', ['Volodymyr Zelensky (Person)']],
    ['Korea', ['North Korea (Country)', 'South Korea (Country)']],
    ['Rusia', ['Russia (Country)']],
    ['Atlantis', []],
  ])('%s → %j', (name, expected) => {
    expect(rankCloseMatches(name, entities)).toEqual(expected);
  });
});
