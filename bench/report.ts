// Writes bench/results/README.md: one markdown table per stage from bench/results/<stage>.json.
// Run on its own with `tsx bench/report.ts` after editing notes, or by bench/run.ts after a run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
      col('nodes', 'nodes'), col('edges', 'edges'), col('first render ms', 'first_render_ms'), col('layout done ms', 'layout_done_ms'),
      col('drag-pan fps', 'drag.fps'), col('drag frame p95 ms', 'drag.frame_p95_ms'),
      col('drag fps, no edge hover', 'drag_without_edge_events.fps'),
      col('drag fps, hideEdgesOnMove', 'drag_hide_on_move.fps'),
      col('camera-pan fps', 'camera.fps'), col('sigma render median ms', 'camera.render_median_ms'),
      col('JS heap MiB', 'js_heap_mib'), col('empty WebGL page fps (ceiling)', 'frame_ceiling.webgl_fps'),
    ],
  },
];

/** cost against size, side by side for every stage that ran at that size */
function growth(): string[] {
  const ex = readResults<Row>('extract')?.runs ?? [];
  const ing = readResults<Row>('ingest')?.runs ?? [];
  const sizes = [...new Set([...ex, ...ing].map((r) => r.size))].sort((a, b) => a - b);
  if (sizes.length === 0) return [];
  const rows: Row[] = sizes.map((size) => {
    const e = ex.find((r) => r.size === size);
    const i = ing.find((r) => r.size === size);
    const tenths = i?.write_ms_per_article_by_tenth as number[] | undefined;
    return {
      size,
      e_rate: get(e, 'extract_1thread.articles_per_s'), w2_rate: get(e, 'workers2.articles_per_s'), resolve: get(e, 'resolve.ms'),
      e_rss: get(e, 'peak_rss_mib'), i_rate: get(i, 'write.articles_per_s'),
      first: tenths?.[0], last: tenths?.at(-1), i_rss: get(i, 'peak_rss_mib'), neo: get(i, 'neo4j_peak_rss_mib'),
    };
  });
  return [
    '## Growth from 100 to 10,000 articles, and peak memory', '',
    table(rows, [
      col('articles', 'size'), col('extract articles/s (1 thread)', 'e_rate'), col('extract articles/s (2 workers)', 'w2_rate'),
      col('resolveCorpus ms', 'resolve'), col('extract peak RSS MiB', 'e_rss'),
      col('write articles/s', 'i_rate'), col('write ms/article, first tenth', 'first'), col('write ms/article, last tenth', 'last'),
      col('ingest peak RSS MiB (node)', 'i_rss'), col('Neo4j peak RSS MiB', 'neo'),
    ]),
    '',
  ];
}

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
    if (s.stage === 'ingest') {
      for (const r of res.runs) {
        const st = r.write_statements as Record<string, { share: number }> | undefined;
        const tenths = r.write_ms_per_article_by_tenth as number[] | undefined;
        if (st) parts.push(`- ${r.size} articles, write time by statement: ${Object.entries(st).slice(0, 5).map(([k, v]) => `${k} ${Math.round(v.share * 100)}%`).join(', ')}`);
        if (tenths) parts.push(`- ${r.size} articles, ms per article in each tenth of the run: ${tenths.join(', ')}`);
      }
      parts.push('');
    }
    parts.push(`<sub>${res.machine.cpus} × ${res.machine.cpuModel}, ${res.machine.memoryGiB} GiB, Node ${res.machine.node}; updated ${res.updatedAt}</sub>`, '');
  }
  parts.push(...growth());
  const findings = join(RESULTS_DIR, '..', 'findings.md');
  if (existsSync(findings)) parts.push(readFileSync(findings, 'utf8').trim(), '');
  const md = parts.join('\n');
  writeFileSync(join(RESULTS_DIR, 'README.md'), md);
  return md;
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(writeReport());
