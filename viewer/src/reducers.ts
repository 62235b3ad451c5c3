// What is drawn, derived from the dataset's attributes and the view: sigma's node and edge
// reducers read only precomputed caches (visible set, emphasis, sizes) so they stay cheap.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { SYMMETRIC_TYPES } from '../../src/graph/ontology.js';
import type { DataGraph, EdgeData, NodeData } from './graph-data.js';
import type { ViewState } from './state.js';
import { COMMUNITY_COLORS, FADED_EDGE, FADED_NODE, LABEL_COLORS, MAX_NODE_SIZE, MIN_NODE_SIZE, TYPE_COLORS, TYPE_NAMES } from './theme.js';
import type { Emphasis, Visible } from './visibility.js';

export interface DrawCache {
  visible: Visible;
  emphasis: Emphasis | null;
  sizes: Map<string, number>;
  hoveredEdge: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Curvature of visible parallel edges (several relations between one pair), keyed by edge. */
  curvature: Map<string, number>;
  /** Relation types are written on edges only when zoomed in (or for emphasised / hovered edges). */
  zoomedIn: boolean;
  /** Busy graphs get thinner edges. */
  edgeScale: number;
  /** What the view is about (lens anchors, ego centre): always labelled. */
  anchors: Set<string>;
  /** The nodes whose labels are written (collision-free placement, labels.ts); null before the first placement. */
  labels: Set<string> | null;
}

const MAX_LABEL = 30;
export const shortLabel = (name: string) => (name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1).trimEnd()}…` : name);

/** Parallel edges fan out symmetrically; the sign follows the edge's direction so both ways bend apart. */
export function parallelCurvatures(graph: DataGraph, vis: Visible): Map<string, number> {
  const groups = new Map<string, string[]>();
  for (const e of vis.edges) {
    const [s, t] = graph.extremities(e);
    const key = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(e);
  }
  const out = new Map<string, number>();
  for (const edges of groups.values()) {
    if (edges.length < 2) continue;
    const n = edges.length;
    const step = Math.min(0.45, 0.9 / n);
    edges.sort().forEach((e, i) => {
      const [s, t] = graph.extremities(e);
      const c = (i - (n - 1) / 2) * step;
      out.set(e, s < t ? c : -c);
    });
  }
  return out;
}

export function nodeSizes(graph: DataGraph, s: ViewState, vis: Visible): Map<string, number> {
  const metric = (a: NodeData) => (s.sizeBy === 'pagerank' ? a.pagerank : s.sizeBy === 'mentions' ? a.mentions : a.degree);
  let max = 0;
  for (const n of vis.nodes) max = Math.max(max, metric(graph.getNodeAttributes(n)));
  const sizes = new Map<string, number>();
  graph.forEachNode((n, a) => {
    const v = max > 0 ? Math.sqrt(metric(a) / max) : 0;
    sizes.set(n, MIN_NODE_SIZE + v * (MAX_NODE_SIZE - MIN_NODE_SIZE));
  });
  return sizes;
}

export function nodeColor(a: NodeData, s: ViewState): string {
  return s.colorBy === 'community' ? COMMUNITY_COLORS[a.community % COMMUNITY_COLORS.length]! : LABEL_COLORS[a.entity];
}

export function makeNodeReducer(getState: () => ViewState, getCache: () => DrawCache) {
  return (node: string, a: NodeData): Partial<NodeDisplayData> => {
    const s = getState();
    const c = getCache();
    const base = {
      x: a.x, y: a.y, label: shortLabel(a.name), size: c.sizes.get(node) ?? MIN_NODE_SIZE, color: nodeColor(a, s), type: 'circle', zIndex: 1,
      forceLabel: c.anchors.has(node),
    };
    if (!c.visible.nodes.has(node)) return { ...base, hidden: true };
    const em = c.emphasis;
    if (c.labels) {
      const named = c.labels.has(node);
      if (em && !em.nodes.has(node)) return { ...base, color: FADED_NODE, label: null, forceLabel: false, zIndex: 0 };
      return { ...base, label: named ? base.label : null, forceLabel: named, zIndex: em ? 2 : 1, highlighted: c.selectedNode === node };
    }
    // label null (not ''): sigma's label grid skips the node, so faded discs do not take the cells of emphasised ones
    if (em && !em.nodes.has(node)) return { ...base, color: FADED_NODE, label: null, forceLabel: false, zIndex: 0 };
    return {
      ...base,
      zIndex: em ? 2 : 1,
      forceLabel: (em?.labelled.has(node) ?? false) || c.anchors.has(node),
      highlighted: c.selectedNode === node,
    };
  };
}

export function makeEdgeReducer(getCache: () => DrawCache) {
  return (edge: string, a: EdgeData): Partial<EdgeDisplayData> => {
    const c = getCache();
    const weak = a.relType === 'MENTIONED_WITH';
    const curvature = c.curvature.get(edge);
    const symmetric = SYMMETRIC_TYPES.has(a.relType);
    const em = c.emphasis;
    const emphasised = em?.edges.has(edge) ?? false;
    const base = {
      // a few emphasised edges are labelled; dozens would bury the picture
      label: (!weak && c.zoomedIn) || (emphasised && em!.edges.size <= 24) ? TYPE_NAMES[a.relType] : '',
      // co-occurrence stays in the background unless it is what the user is looking at
      color: weak && emphasised ? '#98a2b3' : TYPE_COLORS[a.relType],
      size: (weak && !emphasised ? 0.6 : 0.9 + 2 * a.confidence) * c.edgeScale,
      type: curvature === undefined ? (symmetric ? 'line' : 'arrow') : symmetric ? 'curved' : 'curvedArrow',
      curvature: curvature ?? 0,
      zIndex: weak ? 0 : 1,
    };
    if (!c.visible.edges.has(edge)) return { ...base, hidden: true };
    if (edge === c.hoveredEdge || edge === c.selectedEdge) return { ...base, label: TYPE_NAMES[a.relType], size: base.size + 2, forceLabel: true, zIndex: 3 };
    if (em && !emphasised) return { ...base, color: FADED_EDGE, label: '', zIndex: 0 };
    return { ...base, zIndex: em ? 2 : base.zIndex, forceLabel: em !== null && em.edges.size <= 24 };
  };
}
