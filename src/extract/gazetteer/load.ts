// Reads data/gazetteers/*.json once (validated with zod) and builds the index.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../errors.js';
import { GAZETTEER_DIR } from '../../paths.js';
import { buildGazetteer, type Gazetteer } from './index.js';
import type { GazetteerInput } from './schema.js';

const FILES = ['countries', 'organizations', 'places', 'people'] as const;

function readList(dir: string, name: string): unknown[] {
  const file = join(dir, `${name}.json`);
  if (!existsSync(file)) return [];
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(data)) throw new Error('expected a JSON array');
    return data;
  } catch (e) {
    throw new ConfigError(`gazetteer: ${file}: ${(e as Error).message}`, { cause: e });
  }
}

/** Loads the gazetteers of `dir`; a missing file counts as an empty list. */
export function loadGazetteer(dir: string = GAZETTEER_DIR): Gazetteer {
  const input: Record<string, unknown[]> = {};
  for (const f of FILES) input[f] = readList(dir, f);
  try {
    return buildGazetteer(input as GazetteerInput);
  } catch (e) {
    throw new ConfigError(`gazetteer: ${dir}: ${(e as Error).message.split('\n')[0]}`, { cause: e });
  }
}

let cached: Gazetteer | undefined;

/** The project's gazetteers, loaded on first use. */
export function defaultGazetteer(): Gazetteer {
  cached ??= loadGazetteer();
  return cached;
}
