// json: graphology's serialisation format (graph.export()), loadable with Graph.from(json) or
// graph.import(json). Attributes are plain data: flat node/edge fields, figures and evidence as objects.
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { flatEdgeAttributes, flatNodeAttributes, type ExportGraph } from '../graph.js';

export function toSerializedGraph(graph: ExportGraph): SerializedGraph {
  const meta = graph.getAttribute('subgraph');
  const out = new MultiDirectedGraph();
  out.replaceAttributes({ ...meta });
  graph.forEachNode((key, attrs) => {
    out.addNode(key, { ...flatNodeAttributes(attrs), figures: attrs.node.figures });
  });
  graph.forEachEdge((key, attrs, source, target) => {
    out.addDirectedEdgeWithKey(key, source, target, { ...flatEdgeAttributes(attrs), evidence: attrs.edge.evidence });
  });
  return out.export();
}

export function writeJson(graph: ExportGraph): string {
  return `${JSON.stringify(toSerializedGraph(graph), null, 2)}\n`;
}
