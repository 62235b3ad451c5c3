// Post-processors a named query may ask for in its header ("// Post: NAME"): computations Cypher in
// Neo4j Community cannot do without the GDS plugin, run over the rows the query fetched.
import { MultiDirectedGraph } from 'graphology';
import { pagerank } from '../export/graphology-cjs.js';
import type { QueryOutput } from './library.js';

export interface PostProcessor {
  /** Parameters the post-processor reads (they need not appear in the Cypher). */
  params: readonly string[];
  run(output: QueryOutput, params: Record<string, unknown>): QueryOutput;
}

const str = (v: unknown) => (typeof v === 'string' ? v : String(v ?? ''));

/**
 * PageRank over the fetched edge list (rows: sourceId, source, sourceLabel, targetId, target,
 * targetLabel, symmetric, weight), with graphology-metrics: damping 0.85, weighted by `weight`,
 * symmetric relations counted in both directions. Rows out: rank, entity, label, pagerank, degree.
 */
const pagerankPost: PostProcessor = {
  params: ['limit', 'label'],
  run(output, params) {
    const graph = new MultiDirectedGraph<{ name: string; label: string }, { weight: number }>();
    const addNode = (id: string, name: string, label: string) => graph.mergeNode(id, { name, label });
    for (const row of output.rows) {
      const s = str(row.sourceId), t = str(row.targetId);
      addNode(s, str(row.source), str(row.sourceLabel));
      addNode(t, str(row.target), str(row.targetLabel));
      const weight = typeof row.weight === 'number' && row.weight > 0 ? row.weight : 1;
      graph.addEdge(s, t, { weight });
      if (row.symmetric === true) graph.addEdge(t, s, { weight });
    }
    const scores = graph.order ? pagerank(graph, { alpha: 0.85, getEdgeWeight: 'weight', maxIterations: 200, tolerance: 1e-8 }) : {};
    const limit = typeof params.limit === 'number' ? params.limit : 20;
    const label = typeof params.label === 'string' ? params.label : '';
    const rows = graph
      .filterNodes((_id, a) => !label || a.label === label)
      .map((id) => {
        const a = graph.getNodeAttributes(id);
        return { entity: a.name, label: a.label, pagerank: Math.round((scores[id] ?? 0) * 1e5) / 1e5, degree: graph.degree(id) };
      })
      .sort((a, b) => b.pagerank - a.pagerank || a.entity.localeCompare(b.entity))
      .slice(0, limit)
      .map((r, i) => ({ rank: i + 1, ...r }));
    return { columns: ['rank', 'entity', 'label', 'pagerank', 'degree'], rows };
  },
};

export const POST_PROCESSORS: Record<string, PostProcessor> = { pagerank: pagerankPost };
