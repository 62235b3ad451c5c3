// bench/results/<stage>.json: one file per stage, one run per size, merged so that re-running a
// single size replaces that size only. Every file records the machine it was measured on.
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/paths.js';

export const RESULTS_DIR = join(PACKAGE_ROOT, 'bench', 'results');

export interface StageResults<R extends { size: number }> {
  stage: string;
  description: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string };
  updatedAt: string;
  runs: R[];
  notes?: string[];
}

export function machine(): StageResults<{ size: number }>['machine'] {
  const c = cpus();
  return {
    cpus: c.length,
    cpuModel: c[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

export function readResults<R extends { size: number }>(stage: string): StageResults<R> | undefined {
  const path = join(RESULTS_DIR, `${stage}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as StageResults<R>) : undefined;
}

export function writeRun<R extends { size: number }>(stage: string, description: string, run: R, notes?: string[]): StageResults<R> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const previous = readResults<R>(stage);
  const runs = [...(previous?.runs ?? []).filter((r) => r.size !== run.size), run].sort((a, b) => a.size - b.size);
  const out: StageResults<R> = {
    stage, description, machine: machine(), updatedAt: new Date().toISOString(), runs, notes: notes ?? previous?.notes,
  };
  writeFileSync(join(RESULTS_DIR, `${stage}.json`), `${JSON.stringify(out, null, 2)}\n`);
  return out;
}
