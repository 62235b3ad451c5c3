// Shared command-line options of the stage scripts: --size N [--format pages|jsonl] [--no-write]
import { parseArgs } from 'node:util';
import type { CorpusFormat } from './corpus.js';

export interface StageArgs {
  size: number;
  format: CorpusFormat;
  write: boolean; // record in bench/results
  extra: Record<string, string | boolean | undefined>;
}

export function stageArgs(extra: Record<string, { type: 'string' | 'boolean'; default?: string | boolean }> = {}): StageArgs {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '100' },
      format: { type: 'string', default: 'pages' },
      'no-write': { type: 'boolean', default: false },
      ...extra,
    },
    allowPositionals: false,
  });
  const size = Number(values.size);
  if (!Number.isInteger(size) || size <= 0) throw new Error(`bench: --size must be a positive integer, got ${String(values.size)}`);
  const format = values.format as CorpusFormat;
  if (format !== 'pages' && format !== 'jsonl') throw new Error(`bench: --format must be pages or jsonl, got ${String(format)}`);
  return { size, format, write: !values['no-write'], extra: values as StageArgs['extra'] };
}

export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}
