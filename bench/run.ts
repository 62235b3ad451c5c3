// npm run bench [-- --stages extract,ingest,queries,viewer] [--sizes 100,1000,10000] [--quick] [--no-build]
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
    'no-build': { type: 'boolean', default: false },
  },
});

const stages = values.stages!.split(',').map((s) => s.trim()) as Stage[];
for (const s of stages) if (!STAGES.includes(s)) throw new Error(`bench: unknown stage ${s} (stages: ${STAGES.join(', ')})`);

const sizesOf = (stage: Stage): number[] => (values.sizes ? values.sizes.split(',').map(Number) : (values.quick ? QUICK_SIZES : DEFAULT_SIZES)[stage]);

if (!values['no-build']) {
  // worker threads run the compiled dist/pipeline/worker.js, and the viewer bench loads viewer/dist
  process.stderr.write('== npm run build\n');
  const b = spawnSync('npm', ['run', 'build'], { cwd: PACKAGE_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (b.status !== 0) process.stderr.write('bench: npm run build failed; measuring what dist/ holds\n');
}

let failed = 0;
for (const stage of stages) {
  for (const size of sizesOf(stage)) {
    // the query bench needs the ingested graph: when ingest runs at this size too, time the queries there
    if (stage === 'queries' && stages.includes('ingest') && sizesOf('ingest').includes(size)) continue;
    const extra = stage === 'ingest' && stages.includes('queries') && sizesOf('queries').includes(size) ? ['--queries'] : [];
    process.stderr.write(`\n== bench ${stage} --size ${size} ${extra.join(' ')}\n`);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(PACKAGE_ROOT, 'bench', stage, 'run.ts'), '--size', String(size), ...extra], {
      cwd: PACKAGE_ROOT, stdio: ['ignore', 'inherit', 'inherit'],
    });
    process.stderr.write(`== ${stage} ${size}: exit ${r.status} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    if (r.status !== 0) failed++;
  }
}
writeReport();
process.stderr.write(`\nbench: results in bench/results/ (table: bench/results/README.md)${failed ? `; ${failed} run(s) failed` : ''}\n`);
process.exitCode = failed ? 1 : 0;
