// The graph as GraphML / GEXF carry it: scalar attributes only (lists joined with " | "), strings
// stripped of characters XML cannot hold.
import { MultiDirectedGraph } from 'graphology';
import { flatEdgeAttributes, flatNodeAttributes, type ExportGraph } from '../graph.js';
import { xmlSafe } from '../escape.js';

export type Scalar = string | number | boolean;
export const LIST_SEPARATOR = ' | ';

function scalars(attrs: Record<string, Scalar | string[]>): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (Array.isArray(value)) {
      if (value.length) out[name] = xmlSafe(value.join(LIST_SEPARATOR));
    } else out[name] = typeof value === 'string' ? xmlSafe(value) : value;
  }
  return out;
}

/** '#rrggbb' → 'rgb(r,g,b)': graphology-gexf then writes r/g/b attributes, which every GEXF reader
 * accepts (networkx ignores the 1.3 `hex` form and fails on it). */
function rgb(color: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  return m ? `rgb(${parseInt(m[1]!, 16)},${parseInt(m[2]!, 16)},${parseInt(m[3]!, 16)})` : color;
}

export function describeScope(graph: ExportGraph): string {
  const { scope, title } = graph.getAttribute('subgraph');
  const types = scope.types.length ? scope.types.join(', ') : 'all typed relations (not MENTIONED_WITH co-occurrence)';
  return `${title}: ${scope.hops} hop(s) around ${scope.focus.join(', ')}; ${types}; confidence ≥ ${scope.minConfidence}`;
}

export function toXmlGraph(graph: ExportGraph): MultiDirectedGraph<Record<string, Scalar>, Record<string, Scalar>> {
  const out = new MultiDirectedGraph<Record<string, Scalar>, Record<string, Scalar>>();
  const meta = graph.getAttribute('subgraph');
  out.replaceAttributes({
    creator: 'newsgraph',
    description: xmlSafe(describeScope(graph)),
    keywords: xmlSafe(['newsgraph', ...meta.scope.focus].join(', ')),
  });
  graph.forEachNode((key, attrs) => out.addNode(key, scalars({ ...flatNodeAttributes(attrs), color: rgb(attrs.color) })));
  graph.forEachEdge((key, attrs, source, target) => {
    out.addDirectedEdgeWithKey(key, source, target, scalars(flatEdgeAttributes(attrs)));
  });
  return out;
}
