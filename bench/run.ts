// npm run bench [-- --stages extract,ingest,queries,viewer] [--sizes 100,1000,10000] [--quick]
// Runs each stage at each size in its own process (so peak memory is per stage and size), records
// bench/results/<stage>.json, then rewrites the table in bench/results/README.md.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT } from '../src/paths.js';
import { writeReport } from './report.js';

const STAGES = ['extract', 'ingest', 'queries', 'viewer'] as const;
type Stage = (typeof STAGES)[number];

/** sizes each stage runs at by default: queries only make sense on the largest graph; the viewer's sizes are node counts */
const DEFAULT_SIZES: Record<Stage, number[]> = {
  extract: [100, 1000, 10000],
  ingest: [100, 1000, 10000],
  queries: [10000],
  viewer: [1000, 5000, 20000],
};
const QUICK_SIZES: Record<Stage, number[]> = { extract: [100, 1000], ingest: [100, 1000], queries: [1000], viewer: [1000, 5000] };

const { values } = parseArgs({
  options: {
    stages: { type: 'string', default: STAGES.join(',') },
    sizes: { type: 'string' },
    quick: { type: 'boolean', default: false },
  },
});

const stages = values.stages!.split(',').map((s) => s.trim()) as Stage[];
for (const s of stages) if (!STAGES.includes(s)) throw new Error(`bench: unknown stage ${s} (stages: ${STAGES.join(', ')})`);

let failed = 0;
for (const stage of stages) {
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : (values.quick ? QUICK_SIZES : DEFAULT_SIZES)[stage];
  for (const size of sizes) {
    process.stderr.write(`\n== bench ${stage} --size ${size}\n`);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(PACKAGE_ROOT, 'bench', stage, 'run.ts'), '--size', String(size)], {
      cwd: PACKAGE_ROOT, stdio: ['ignore', 'inherit', 'inherit'],
    });
    process.stderr.write(`== ${stage} ${size}: exit ${r.status} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    if (r.status !== 0) failed++;
  }
}
writeReport();
process.stderr.write(`\nbench: results in bench/results/ (table: bench/results/README.md)${failed ? `; ${failed} run(s) failed` : ''}\n`);
process.exitCode = failed ? 1 : 0;
