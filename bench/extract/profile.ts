// Where extraction time goes: runs extractArticle over the corpus under the V8 sampling profiler
// (node --cpu-prof) and prints self and inclusive time by function and by file.
//   tsx bench/extract/profile.ts --size 100 [--top 25]
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadInputs } from '../../src/load/index.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { corpusInput, ensureCorpus } from '../lib/corpus.js';
import { extractArticleFn } from '../lib/product.js';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const { values } = parseArgs({ options: { size: { type: 'string', default: '100' }, top: { type: 'string', default: '25' } } });
const size = Number(values.size);
ensureCorpus(size);
const articles = loadInputs([corpusInput(size)]).files.flatMap((f) => f.articles);
const extract = await extractArticleFn();
for (const a of articles.slice(0, 5)) extract(a); // warm-up outside the profile

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
for (const a of articles) extract(a);
const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
session.disconnect();
const out = join(PACKAGE_ROOT, 'bench', '.corpus', `extract-n${size}.cpuprofile`);
writeFileSync(out, JSON.stringify(profile));

// self time per node from samples, then inclusive time through the tree
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const short = (url: string) => url.replace(/^file:\/\//, '').replace(`${PACKAGE_ROOT}/`, '').replace(/node_modules\/compromise\/.*$/, 'compromise');
const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const selfBy = new Map<string, number>();
const inclBy = new Map<string, number>();
const fileSelf = new Map<string, number>();
for (const [id, ms] of self) {
  const n = byId.get(id)!;
  selfBy.set(key(n), (selfBy.get(key(n)) ?? 0) + ms);
  const f = short(n.callFrame.url) || '(native/gc)';
  fileSelf.set(f, (fileSelf.get(f) ?? 0) + ms);
  // inclusive: credit every distinct function on the stack once
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const k = key(byId.get(cur)!);
    if (!seen.has(k)) { seen.add(k); inclBy.set(k, (inclBy.get(k) ?? 0) + ms); }
  }
}
const top = Number(values.top);
const pct = (ms: number) => `${((ms / total) * 100).toFixed(1).padStart(5)}%`;
const print = (title: string, m: Map<string, number>, filter: (k: string) => boolean = () => true) => {
  console.log(`\n${title}`);
  for (const [k, ms] of [...m].filter(([k]) => filter(k)).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(ms)} ${ms.toFixed(0).padStart(7)} ms  ${k}`);
};
console.log(`profile: ${articles.length} articles, ${total.toFixed(0)} ms sampled → ${out}`);
print('self time by file', fileSelf);
print('self time by function', selfBy);
print('inclusive time, src/extract functions', inclBy, (k) => k.includes('src/extract') || k.includes('src/resolve'));
