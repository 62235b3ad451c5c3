// The generated corpus of a given size, generated on first use (deterministic: same seed, same files).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, DEFAULT_SEED, generate } from '../generate/main.js';
import type { CorpusSummary } from '../generate/write-corpus.js';

export type CorpusFormat = 'pages' | 'jsonl';

export function ensureCorpus(n: number, seed = DEFAULT_SEED): CorpusSummary {
  const dir = corpusDir(n);
  const meta = join(dir, 'corpus.json');
  if (existsSync(meta)) {
    const s = JSON.parse(readFileSync(meta, 'utf8')) as CorpusSummary;
    if (s.n === n && s.seed === seed) return s;
  }
  return generate(n, seed);
}

export function corpusInput(n: number, format: CorpusFormat = 'pages'): string {
  return join(corpusDir(n), format);
}
