// Named-query latency on the graph of the generated corpus of --size articles: runs the ingest bench
// with --queries (extract, write into a fresh Neo4j, then time every cypher/ query on it).
//   tsx bench/queries/run.ts --size 10000
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/paths.js';

const args = process.argv.slice(2);
const r = spawnSync(process.execPath, ['--import', 'tsx', join(PACKAGE_ROOT, 'bench', 'ingest', 'run.ts'), '--queries', ...args], { stdio: 'inherit' });
process.exitCode = r.status ?? 1;
