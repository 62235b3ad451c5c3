// Writes bench/results/README.md: one markdown table per stage from bench/results/<stage>.json.
// Run on its own with `tsx bench/report.ts` after editing notes, or by bench/run.ts after a run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readResults, RESULTS_DIR, type StageResults } from './lib/results.js';

type Row = Record<string, unknown> & { size: number };
type Column = [header: string, get: (r: Row) => unknown];

const get = (r: unknown, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), r);
const col = (header: string, path: string): Column => [header, (r) => get(r, path)];
const fmt = (v: unknown): string => {
  if (v === undefined || v === null) return '–';
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('en-US') : v.toLocaleString('en-US', { maximumFractionDigits: 3 });
  return String(v);
};

function table(rows: Row[], columns: Column[]): string {
  const head = `| ${columns.map((c) => c[0]).join(' | ')} |`;
  const sep = `| ${columns.map(() => '---').join(' | ')} |`;
  const body = rows.map((r) => `| ${columns.map((c) => fmt(c[1](r))).join(' | ')} |`);
  return [head, sep, ...body].join('\n');
}

const SECTIONS: { stage: string; title: string; columns: Column[]; rows?: (r: StageResults<Row>) => Row[] }[] = [
  {
    stage: 'extract',
    title: 'Extraction (one thread, and worker threads)',
    columns: [
      col('articles', 'articles'), col('words', 'words'),
      col('compromise words/s', 'compromise.words_per_s'),
      col('extract words/s (1 thread)', 'extract_1thread.words_per_s'), col('articles/s (1 thread)', 'extract_1thread.articles_per_s'),
      col('**extract_vs_compromise_ratio**', 'extract_vs_compromise_ratio'),
      col('words/s (2 workers)', 'workers2.words_per_s'), col('articles/s (2 workers)', 'workers2.articles_per_s'),
      col('2 workers vs compromise', 'workers2_vs_compromise_ratio'),
      col('**workers2_vs_1_ratio**', 'workers2_vs_1_ratio'),
      col('peak RSS MiB', 'peak_rss_mib'),
    ],
  },
  {
    stage: 'ingest',
    title: 'Ingest into Neo4j (extract + write), against the write floor (plain UNWIND … CREATE of the same rows)',
    columns: [
      col('articles', 'articles'), col('nodes', 'graph.nodes'), col('relationships', 'graph.relationships'),
      col('extract s', 'extract.s'), col('write s', 'write.s'), col('end-to-end s', 'end_to_end_s'),
      col('articles/s (write)', 'write.articles_per_s'), col('rels/s (write)', 'write.relationships_per_s'),
      col('floor rels/s', 'floor.relationships_per_s'),
      col('**store_vs_floor_ratio**', 'store_vs_floor_ratio'),
      col('re-ingest s', 'reingest.s'),
      col('peak RSS MiB (node)', 'peak_rss_mib'), col('peak RSS MiB (Neo4j)', 'neo4j_peak_rss_mib'),
    ],
  },
  {
    stage: 'queries',
    title: 'Named queries (cypher/) on the generated graph',
    columns: [col('query', 'name'), col('graph (articles)', 'size'), col('rows', 'rows'), col('median ms', 'median_ms'), col('p95 ms', 'p95_ms'), col('runs', 'runs')],
    rows: (r) => r.runs.flatMap((run) => ((run.queries as Row[] | undefined) ?? []).map((q) => ({ ...q, size: run.size }))),
  },
  {
    stage: 'viewer',
    title: 'Viewer in headless Chromium (software rendering: --disable-gpu)',
    columns: [
      col('nodes', 'nodes'), col('edges', 'edges'), col('first render ms', 'first_render_ms'),
      col('pan fps (median)', 'pan_fps'), col('pan frame p95 ms', 'pan_frame_p95_ms'), col('longest task ms', 'longest_frame_ms'),
      col('JS heap MiB', 'js_heap_mib'),
    ],
  },
];

export function writeReport(): string {
  const parts: string[] = [
    '# Benchmark results',
    '',
    'Reproduce: `npm run bench` (all stages; `-- --quick` for the small sizes, `-- --stages extract --sizes 1000` for one).',
    'The corpus is generated (bench/generate, seed 42) from the gazetteers in data/gazetteers; ratios are measured in the same process, so they hold across machines better than absolute rates.',
    '',
  ];
  for (const s of SECTIONS) {
    const res = readResults<Row>(s.stage);
    if (!res || res.runs.length === 0) continue;
    const rows = s.rows ? s.rows(res) : res.runs;
    parts.push(`## ${s.title}`, '', res.description, '', table(rows, s.columns), '');
    const notes = [...(res.notes ?? []), ...res.runs.flatMap((r) => ((r.notes as string[] | undefined) ?? []).map((n) => `size ${r.size}: ${n}`))];
    if (notes.length) parts.push(...notes.map((n) => `- ${n}`), '');
    parts.push(`<sub>${res.machine.cpus} × ${res.machine.cpuModel}, ${res.machine.memoryGiB} GiB, Node ${res.machine.node}; updated ${res.updatedAt}</sub>`, '');
  }
  const md = parts.join('\n');
  writeFileSync(join(RESULTS_DIR, 'README.md'), md);
  return md;
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(writeReport());
