// Which nodes and edges of the dataset the filters let through, and which are emphasised (focus,
// selection, path, hover). Pure functions of the dataset and the view state.
import type { DataGraph } from './graph-data.js';
import type { ViewState } from './state.js';

export function nodeVisible(graph: DataGraph, s: ViewState, hidden: Set<string>, id: string): boolean {
  const a = graph.getNodeAttributes(id);
  return s.labels.has(a.entity) && a.mentions >= s.minMentions && !hidden.has(id);
}

export function edgeVisible(graph: DataGraph, s: ViewState, hidden: Set<string>, id: string): boolean {
  const a = graph.getEdgeAttributes(id);
  return s.types.has(a.relType) && a.confidence >= s.minConfidence
    && nodeVisible(graph, s, hidden, graph.source(id)) && nodeVisible(graph, s, hidden, graph.target(id));
}

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

export function visibleSubgraph(graph: DataGraph, s: ViewState): Visible {
  const hidden = new Set(s.hidden);
  const nodes = new Set(graph.filterNodes((n) => nodeVisible(graph, s, hidden, n)));
  const edges = new Set(graph.filterEdges((e) => edgeVisible(graph, s, hidden, e)));
  return { nodes, edges };
}

/** Nodes and edges to draw at full strength; null means "everything" (nothing is emphasised). */
export interface Emphasis {
  nodes: Set<string>;
  edges: Set<string>;
  /** nodes whose labels are always drawn */
  labelled: Set<string>;
}

/** Up to this many neighbours of the selected (or hovered) node are all labelled. */
export const NAMED_NEIGHBOURS = 30;

export function emphasis(graph: DataGraph, vis: Visible, s: ViewState, path: string[], hovered: string | null): Emphasis | null {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const labelled = new Set<string>();
  // the selected / focused / hovered node and its neighbours; the neighbours are named too when there
  // are few enough of them to read (more: sigma's label grid picks among them, faded nodes never compete)
  const around = (id: string) => {
    if (!vis.nodes.has(id)) return;
    nodes.add(id);
    labelled.add(id);
    const neighbours = new Set<string>();
    graph.forEachEdge(id, (e, _a, src, tgt) => {
      if (!vis.edges.has(e)) return;
      edges.add(e);
      nodes.add(src);
      nodes.add(tgt);
      neighbours.add(src === id ? tgt : src);
    });
    if (neighbours.size <= NAMED_NEIGHBOURS) for (const n of neighbours) labelled.add(n);
  };
  if (path.length > 1) {
    for (const id of path) if (vis.nodes.has(id)) { nodes.add(id); labelled.add(id); }
    for (let i = 1; i < path.length; i += 1) {
      const [a, b] = [path[i - 1]!, path[i]!];
      graph.forEachEdge(a, b, (e) => { if (vis.edges.has(e)) edges.add(e); });
      graph.forEachEdge(b, a, (e) => { if (vis.edges.has(e)) edges.add(e); });
    }
  }
  const sel = s.selection;
  if (sel?.kind === 'node' && graph.hasNode(sel.id)) around(sel.id);
  if (sel?.kind === 'edge' && graph.hasEdge(sel.id) && vis.edges.has(sel.id)) {
    edges.add(sel.id);
    for (const n of graph.extremities(sel.id)) { nodes.add(n); labelled.add(n); }
  }
  if (s.focus && graph.hasNode(s.focus)) around(s.focus);
  if (hovered && graph.hasNode(hovered)) around(hovered);
  return nodes.size > 0 ? { nodes, edges, labelled } : null;
}
