// Export of the current view: PNG (@sigma/export-image), and the visible subgraph as GEXF, GraphML,
// graphology JSON, or the export feature's html report (rendered by the server).
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser';
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import { api } from './api.js';
import type { DataGraph, EdgeData, NodeData } from './graph-data.js';
import { writeGraphml } from './graphml.js';
import type { Visible } from './visibility.js';

export type ExportFormat = 'png' | 'gexf' | 'graphml' | 'json' | 'report';

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The visible part of the dataset with data attributes, plus what was drawn (colour, size, position). */
export function visibleGraph(graph: DataGraph, vis: Visible, sigma: Sigma<NodeData, EdgeData>): MultiDirectedGraph {
  const out = new MultiDirectedGraph();
  for (const n of vis.nodes) {
    const { x, y, pagerank, community, ...data } = graph.getNodeAttributes(n);
    const drawn = sigma.getNodeDisplayData(n);
    out.addNode(n, { ...data, label: data.name, x, y, size: drawn?.size, color: drawn?.color, pagerank, community });
  }
  for (const e of vis.edges) {
    const { relType, ...data } = graph.getEdgeAttributes(e);
    out.addDirectedEdgeWithKey(e, graph.source(e), graph.target(e), { ...data, type: relType, label: relType, color: sigma.getEdgeDisplayData(e)?.color });
  }
  return out;
}

export async function exportView(format: ExportFormat, graph: DataGraph, vis: Visible, sigma: Sigma<NodeData, EdgeData>, title: string): Promise<string> {
  const stamp = new Date().toISOString().slice(0, 10);
  const base = `newsgraph-${stamp}`;
  if (format === 'png') {
    await downloadAsPNG(sigma as unknown as Sigma, { fileName: base, backgroundColor: '#ffffff' });
    return `${base}.png`;
  }
  const sub = visibleGraph(graph, vis, sigma);
  if (format === 'report') {
    if (sub.order === 0) throw new Error('nothing visible to report on');
    download(await api.report(sub.nodes(), title), `${base}.html`);
    return `${base}.html`;
  }
  if (format === 'gexf') {
    const xml = writeGexf(sub, {
      formatNode: (key, a) => ({
        label: String(a.name),
        attributes: { entity: a.entity, mentions: a.mentions, degree: a.degree, aliases: (a.aliases as string[]).join(' | '), pagerank: a.pagerank, community: a.community },
        viz: { color: a.color, size: a.size, x: a.x, y: a.y },
      }),
      formatEdge: (key, a) => ({ label: String(a.type), attributes: { type: a.type, confidence: a.confidence, count: a.count }, viz: { color: a.color } }),
    });
    download(new Blob([xml], { type: 'application/xml' }), `${base}.gexf`);
    return `${base}.gexf`;
  }
  if (format === 'graphml') {
    download(new Blob([writeGraphml(sub)], { type: 'application/xml' }), `${base}.graphml`);
    return `${base}.graphml`;
  }
  download(new Blob([JSON.stringify(sub.export(), null, 2)], { type: 'application/json' }), `${base}.json`);
  return `${base}.json`;
}
