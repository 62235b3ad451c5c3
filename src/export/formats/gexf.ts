// gexf: written by graphology-gexf (version 1.3: its 1.2 output declares a malformed viz namespace).
// label, weight, x/y/size/color go to GEXF's own fields; everything else to typed attvalues.
import gexf from 'graphology-gexf';
import type { ExportGraph } from '../graph.js';
import { toXmlGraph } from './xml-graph.js';

export function writeGexf(graph: ExportGraph): string {
  return `${gexf.write(toXmlGraph(graph), { version: '1.3', pedantic: true })}\n`;
}
