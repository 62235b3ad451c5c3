// Where the package's own files live, whether running from src/ (tests, tsx) or dist/ (installed).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'cypher'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`paths: package root not found above ${start}`);
    dir = parent;
  }
}

export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
export const DATA_DIR = join(PACKAGE_ROOT, 'data');
export const SAMPLE_CORPUS_DIR = join(DATA_DIR, 'corpus');
export const GAZETTEER_DIR = join(DATA_DIR, 'gazetteers');
export const LEXICON_DIR = join(DATA_DIR, 'lexicons');
export const CYPHER_DIR = join(PACKAGE_ROOT, 'cypher');
export const NEO4J_DIR = join(PACKAGE_ROOT, 'neo4j');
export const VIEWER_DIST_DIR = join(PACKAGE_ROOT, 'viewer', 'dist');

/** Runtime state (managed Neo4j data, logs, password): NEWSGRAPH_HOME or <package root>/.newsgraph (gitignored) */
export function newsgraphHome(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.NEWSGRAPH_HOME ?? join(PACKAGE_ROOT, '.newsgraph'));
}
