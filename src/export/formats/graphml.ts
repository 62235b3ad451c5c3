// graphml: graphology-graphml only ships a parser (its node/browser entry points export `parse`,
// no `write`), so this is a small writer following the GraphML 1.0 schema
// (http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd): typed <key> declarations, graph-level
// <data> first, then nodes, then edges. The graph is directed; symmetric relations carry
// `symmetric=true` (mixed graphs are rejected by networkx's reader).
import type { ExportGraph } from '../graph.js';
import { escapeXmlAttr, escapeXmlText } from '../escape.js';
import { toXmlGraph, type Scalar } from './xml-graph.js';

type KeyType = 'boolean' | 'long' | 'double' | 'string';
type Domain = 'graph' | 'node' | 'edge';

function typeOf(value: Scalar): KeyType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

function mergeType(a: KeyType | undefined, b: KeyType): KeyType {
  if (!a || a === b) return b;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

function inferKeys(rows: Iterable<Record<string, Scalar>>): Map<string, KeyType> {
  const keys = new Map<string, KeyType>();
  for (const row of rows) for (const [name, value] of Object.entries(row)) keys.set(name, mergeType(keys.get(name), typeOf(value)));
  return new Map([...keys].sort(([a], [b]) => a.localeCompare(b)));
}

function keyId(domain: Domain, name: string): string {
  return `${domain[0]}_${name.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

function dataLines(domain: Domain, attrs: Record<string, Scalar>, keys: Map<string, KeyType>, indent: string): string[] {
  const lines: string[] = [];
  for (const name of keys.keys()) {
    const value = attrs[name];
    if (value === undefined) continue;
    lines.push(`${indent}<data key="${escapeXmlAttr(keyId(domain, name))}">${escapeXmlText(String(value))}</data>`);
  }
  return lines;
}

export function writeGraphml(graph: ExportGraph): string {
  const g = toXmlGraph(graph);
  const graphAttrs = g.getAttributes() as Record<string, Scalar>;
  const nodeAttrs = g.mapNodes((_k, a) => a);
  const edgeAttrs = g.mapEdges((_k, a) => a);
  const models: Record<Domain, Map<string, KeyType>> = {
    graph: inferKeys([graphAttrs]),
    node: inferKeys(nodeAttrs),
    edge: inferKeys(edgeAttrs),
  };
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const domain of ['graph', 'node', 'edge'] as const) {
    for (const [name, type] of models[domain]) {
      lines.push(
        `  <key id="${escapeXmlAttr(keyId(domain, name))}" for="${domain}" attr.name="${escapeXmlAttr(name)}" attr.type="${type}"/>`,
      );
    }
  }
  lines.push('  <graph id="G" edgedefault="directed">');
  lines.push(...dataLines('graph', graphAttrs, models.graph, '    '));
  g.forEachNode((key, attrs) => {
    lines.push(`    <node id="${escapeXmlAttr(key)}">`, ...dataLines('node', attrs, models.node, '      '), '    </node>');
  });
  g.forEachEdge((key, attrs, source, target) => {
    lines.push(
      `    <edge id="${escapeXmlAttr(key)}" source="${escapeXmlAttr(source)}" target="${escapeXmlAttr(target)}">`,
      ...dataLines('edge', attrs, models.edge, '      '),
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
