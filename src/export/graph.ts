// Subgraph → graphology MultiDirectedGraph: the one in-memory shape every export format is written
// from. Symmetric relations (ALLY_OF, MEETS, MENTIONED_WITH) are one directed edge in the canonical
// order they are stored in, marked `symmetric: true` — which keeps the graph readable by tools that
// reject mixed graphs (networkx) and gives every format the same node and edge counts.
import { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import type { Subgraph, SubgraphEdge, SubgraphNode } from './types.js';
import { assignLayout } from './layout.js';

export const LABEL_COLORS: Record<SubgraphNode['label'], string> = {
  Person: '#4e79a7',
  Country: '#e15759',
  Organization: '#59a14f',
  Place: '#f28e2b',
  Event: '#b07aa1',
};

export interface ExportNodeAttributes extends Attributes {
  label: string; // display name (graphology / sigma / GEXF convention)
  entityType: SubgraphNode['label'];
  x: number;
  y: number;
  size: number;
  color: string;
  node: SubgraphNode;
}

export interface ExportEdgeAttributes extends Attributes {
  label: string; // relation type
  weight: number; // evidence count
  edge: SubgraphEdge;
}

export interface ExportGraphAttributes extends Attributes {
  subgraph: Omit<Subgraph, 'nodes' | 'edges'>;
}

export type ExportGraph = MultiDirectedGraph<ExportNodeAttributes, ExportEdgeAttributes, ExportGraphAttributes>;

export function nodeSize(node: SubgraphNode): number {
  return Math.round((4 + 3 * Math.sqrt(Math.max(1, node.mentions))) * 10) / 10;
}

/** Builds the graph with a deterministic layout (x, y) and drawing attributes (size, color). */
export function buildExportGraph(subgraph: Subgraph): ExportGraph {
  const { nodes, edges, ...meta } = subgraph;
  const graph: ExportGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ subgraph: meta });
  for (const node of [...nodes].sort((a, b) => a.id.localeCompare(b.id))) {
    graph.addNode(node.id, {
      label: node.name,
      entityType: node.label,
      x: 0,
      y: 0,
      size: nodeSize(node),
      color: LABEL_COLORS[node.label],
      node,
    });
  }
  for (const edge of [...edges].sort((a, b) => a.id.localeCompare(b.id))) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) {
      throw new Error(`export/graph: relation ${edge.id} points outside the subgraph`);
    }
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      label: edge.type,
      weight: Math.max(1, edge.count),
      edge,
    });
  }
  assignLayout(graph);
  return graph;
}

/** Node attributes as plain scalars and string lists (what json/csv/graphml/gexf carry). */
export function flatNodeAttributes(attrs: ExportNodeAttributes): Record<string, string | number | boolean | string[]> {
  const n = attrs.node;
  const out: Record<string, string | number | boolean | string[]> = {
    label: n.name,
    entityType: n.label,
    aliases: n.aliases,
    mentions: n.mentions,
    focus: n.focus,
    x: attrs.x,
    y: attrs.y,
    size: attrs.size,
    color: attrs.color,
  };
  if (n.kind) out.kind = n.kind;
  if (n.roles.length) out.roles = n.roles;
  if (n.eventType) out.eventType = n.eventType;
  if (n.date) out.date = n.date;
  if (n.figures.length) {
    out.figures = n.figures.map((f) => (f.attributedToName ? `${f.text} (according to ${f.attributedToName})` : f.text));
  }
  return out;
}

/** Edge attributes as plain scalars and string lists; evidence as its sentences. */
export function flatEdgeAttributes(attrs: ExportEdgeAttributes): Record<string, string | number | boolean | string[]> {
  const e = attrs.edge;
  const out: Record<string, string | number | boolean | string[]> = {
    label: e.type,
    relType: e.type,
    symmetric: e.symmetric,
    weight: attrs.weight,
    count: e.count,
    confidence: e.confidence,
    evidenceCount: e.evidence.length,
    articles: e.articles,
  };
  if (e.role) out.role = e.role;
  if (e.items.length) out.items = e.items;
  if (e.weight !== undefined) out.coMentions = e.weight;
  if (e.firstSeen) out.firstSeen = e.firstSeen;
  if (e.lastSeen) out.lastSeen = e.lastSeen;
  if (e.sources.length) out.sources = e.sources;
  if (e.evidence.length) out.evidence = e.evidence.map((ev) => ev.sentence);
  return out;
}
