// csv: a folder with nodes.csv, edges.csv and evidence.csv (one row per evidence sentence),
// RFC 4180, UTF-8, header row first; lists joined with "; ".
import type { ExportGraph } from '../graph.js';
import { csvField } from '../escape.js';

function table(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function writeCsv(graph: ExportGraph): Record<'nodes.csv' | 'edges.csv' | 'evidence.csv', string> {
  const nodes: unknown[][] = [];
  graph.forEachNode((key, { node: n, x, y }) => {
    nodes.push([key, n.name, n.label, n.aliases, n.mentions, n.kind, n.roles, n.eventType, n.date,
      n.figures.map((f) => f.text), n.focus, x, y]);
  });
  const edges: unknown[][] = [];
  const evidence: unknown[][] = [];
  const titles = new Map(graph.getAttribute('subgraph').articles.map((a) => [a.id, a.title ?? a.file ?? a.id]));
  graph.forEachEdge((key, { edge: e }, source, target, sourceAttrs, targetAttrs) => {
    edges.push([key, source, target, sourceAttrs.label, e.type, targetAttrs.label, e.symmetric, e.count, e.confidence,
      e.evidence.length, e.articles, e.role, e.items, e.weight, e.firstSeen, e.lastSeen, e.sources]);
    for (const ev of e.evidence) {
      evidence.push([key, e.type, sourceAttrs.label, targetAttrs.label, ev.sentence, ev.articleId, titles.get(ev.articleId),
        ev.start, ev.end, ev.rule, ev.confidence, ev.attributedToName ?? ev.attributedTo, ev.hedged, ev.denied]);
    }
  });
  return {
    'nodes.csv': table(
      ['id', 'name', 'type', 'aliases', 'mentions', 'kind', 'roles', 'eventType', 'date', 'figures', 'focus', 'x', 'y'],
      nodes,
    ),
    'edges.csv': table(
      ['id', 'source', 'target', 'sourceName', 'type', 'targetName', 'symmetric', 'count', 'confidence', 'evidenceCount',
        'articles', 'role', 'items', 'coMentions', 'firstSeen', 'lastSeen', 'sources'],
      edges,
    ),
    'evidence.csv': table(
      ['relationId', 'type', 'sourceName', 'targetName', 'sentence', 'articleId', 'articleTitle', 'start', 'end', 'rule',
        'confidence', 'attributedTo', 'hedged', 'denied'],
      evidence,
    ),
  };
}
