// A small GraphML writer (graphology-graphml only parses): typed <key> declarations for every
// attribute seen, arrays joined with " | ", XML-escaped text.
import type { AbstractGraph as Graph } from 'graphology-types';

type Scalar = string | number | boolean;
const esc = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

function scalar(v: unknown): Scalar | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.map(String).join(' | ');
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return JSON.stringify(v);
}

function keyType(values: Scalar[]): 'string' | 'double' | 'boolean' {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

export function writeGraphml(graph: Graph): string {
  const keys = (kind: 'node' | 'edge') => {
    const seen = new Map<string, Scalar[]>();
    const each = kind === 'node' ? graph.forEachNode.bind(graph) : graph.forEachEdge.bind(graph);
    each((_k: string, attrs: Record<string, unknown>) => {
      for (const [name, v] of Object.entries(attrs)) {
        const s = scalar(v);
        if (s !== undefined) (seen.get(name) ?? seen.set(name, []).get(name)!).push(s);
      }
    });
    return [...seen].map(([name, values], i) => ({ id: `${kind[0]}${i}`, name, type: keyType(values) }));
  };
  const nodeKeys = keys('node');
  const edgeKeys = keys('edge');
  const data = (defs: typeof nodeKeys, attrs: Record<string, unknown>) =>
    defs.flatMap((k) => {
      const s = scalar(attrs[k.name]);
      return s === undefined ? [] : [`      <data key="${k.id}">${esc(String(s))}</data>`];
    });
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((k) => `  <key id="${k.id}" for="node" attr.name="${esc(k.name)}" attr.type="${k.type}"/>`),
    ...edgeKeys.map((k) => `  <key id="${k.id}" for="edge" attr.name="${esc(k.name)}" attr.type="${k.type}"/>`),
    '  <graph id="newsgraph" edgedefault="directed">',
  ];
  graph.forEachNode((n, attrs) => out.push(`    <node id="${esc(n)}">`, ...data(nodeKeys, attrs), '    </node>'));
  graph.forEachEdge((e, attrs, s, t) => out.push(`    <edge id="${esc(e)}" source="${esc(s)}" target="${esc(t)}">`, ...data(edgeKeys, attrs), '    </edge>'));
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
