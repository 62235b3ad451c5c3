// The dataset: a graphology MultiDirectedGraph holding what the server sent (data attributes) plus
// layout positions and computed metrics. Drawing attributes (colour, size, hidden) are NOT stored
// here: the reducers in reducers.ts derive them from this data and the view state.
import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { ApiEdge, ApiNode, Subgraph } from '../../src/serve/api-schema.js';
import type { EntityLabel, RelationType } from '../../src/graph/ontology.js';

/** `label`/`type` are renamed `entity`/`relType`: in sigma those names mean the drawn text and program. */
export type NodeData = Omit<ApiNode, 'label'> & { entity: EntityLabel; x: number; y: number; pagerank: number; community: number };
export type EdgeData = Omit<ApiEdge, 'type'> & { relType: RelationType };
export type DataGraph = MultiDirectedGraph<NodeData, EdgeData>;

export function createDataGraph(): DataGraph {
  return new MultiDirectedGraph<NodeData, EdgeData>();
}

/** Adds what is new in `sub`; new nodes start next to an already placed neighbour (or on a circle). Returns the new node ids. */
export function mergeSubgraph(graph: DataGraph, sub: Subgraph, around?: string): string[] {
  const added: string[] = [];
  const n0 = graph.order;
  sub.nodes.forEach(({ label, ...rest }, i) => {
    const node = { ...rest, entity: label };
    if (graph.hasNode(node.id)) {
      graph.mergeNodeAttributes(node.id, node);
      return;
    }
    const angle = (2 * Math.PI * (n0 + i)) / Math.max(8, sub.nodes.length);
    const r = 10 + Math.sqrt(n0 + i) * 4;
    graph.addNode(node.id, { ...node, x: r * Math.cos(angle), y: r * Math.sin(angle), pagerank: 0, community: 0 });
    added.push(node.id);
  });
  for (const { type, ...e } of sub.edges) {
    if (graph.hasEdge(e.id) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { ...e, relType: type });
  }
  // put new nodes near a placed neighbour so expanding does not scatter the drawing
  const fresh = new Set(added);
  for (const id of added) {
    const anchor = around && graph.hasNode(around) && !fresh.has(around)
      ? around
      : graph.neighbors(id).find((m) => !fresh.has(m));
    if (!anchor) continue;
    const a = graph.getNodeAttributes(anchor);
    const t = Math.random() * 2 * Math.PI;
    graph.mergeNodeAttributes(id, { x: a.x + 6 * Math.cos(t), y: a.y + 6 * Math.sin(t) });
  }
  return added;
}

/** PageRank and Louvain communities, on the undirected simple projection (weights = relation counts). */
export function computeMetrics(graph: DataGraph): void {
  const simple = new UndirectedGraph();
  graph.forEachNode((n) => simple.addNode(n));
  graph.forEachEdge((_e, attr, s, t) => {
    if (s === t) return;
    const w = attr.relType === 'MENTIONED_WITH' ? 0.5 : 1;
    if (simple.hasEdge(s, t)) simple.updateEdgeAttribute(s, t, 'weight', (x: number) => x + w);
    else simple.addEdge(s, t, { weight: w });
  });
  let ranks: Record<string, number> = {};
  try {
    ranks = simple.size > 0 ? pagerank(simple, { getEdgeWeight: 'weight' }) : {};
  } catch {
    ranks = {}; // did not converge: sizes fall back to the minimum
  }
  const communities: Record<string, number> = simple.size > 0 ? louvain(simple, { getEdgeWeight: 'weight', rng: seeded(42) }) : {};
  graph.forEachNode((n) => {
    graph.mergeNodeAttributes(n, { pagerank: ranks[n] ?? 0, community: communities[n] ?? 0 });
  });
}

/** Deterministic RNG so the same graph gets the same communities (and colours) on reload. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
