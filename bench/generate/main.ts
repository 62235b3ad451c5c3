// npm run bench:generate -- [--n 100,1000,10000] [--seed 42] [--out bench/.corpus]
// Writes bench/.corpus/n<N>/{pages,jsonl}; deterministic for a given seed and gazetteer data.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GAZETTEER_DIR, PACKAGE_ROOT } from '../../src/paths.js';
import { loadLexicon } from './lexicon.js';
import { writeCorpus, type CorpusSummary } from './write-corpus.js';

export const DEFAULT_SEED = 42;
export const CORPUS_ROOT = join(PACKAGE_ROOT, 'bench', '.corpus');

export function corpusDir(n: number, root = CORPUS_ROOT): string {
  return join(root, `n${n}`);
}

export function generate(n: number, seed = DEFAULT_SEED, root = CORPUS_ROOT): CorpusSummary {
  return writeCorpus(corpusDir(n, root), n, seed, loadLexicon(GAZETTEER_DIR));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '100,1000,10000' }, seed: { type: 'string' }, out: { type: 'string' } } });
  for (const n of values.n!.split(',').map(Number)) {
    const t0 = performance.now();
    const s = generate(n, values.seed ? Number(values.seed) : DEFAULT_SEED, values.out ?? CORPUS_ROOT);
    console.log(`bench/generate: ${s.n} articles, ${s.words} words, ${s.pages} pages, ${s.jsonlFiles} jsonl files → ${s.dir} (${((performance.now() - t0) / 1000).toFixed(1)} s; gazetteers: ${s.gazetteerFiles.join(', ') || 'built-in'})`);
  }
}
