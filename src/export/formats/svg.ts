// The subgraph as an SVG picture, drawn from the precomputed layout (x, y, size, color). Used as a
// standalone file next to the Markdown report and inline (with data-* hooks) in the HTML report.
import type { RelationType } from '../../graph/ontology.js';
import { LABEL_COLORS, type ExportGraph } from '../graph.js';
import { escapeXmlAttr, escapeXmlText } from '../escape.js';

export const RELATION_COLORS: Record<RelationType, string> = {
  ALLY_OF: '#2ca02c', SUPPORTS: '#17becf', SUPPLIES: '#ff7f0e', DEPLOYS_TO: '#d62728', ATTACKS: '#8c2d04',
  OPPOSES: '#9467bd', MEETS: '#1f77b4', MEDIATES: '#bcbd22', LEADS: '#393b79', MEMBER_OF: '#7f7f7f',
  LOCATED_IN: '#aec7e8', PARTICIPATES_IN: '#c49c94', OCCURRED_IN: '#dbdb8d', MENTIONED_WITH: '#c7c7c7',
};

export interface SvgOptions {
  width?: number;
  height?: number;
  /** data-node / data-edge attributes and classes for the HTML report's script */
  interactive?: boolean;
  /** draw relation type names on edges (default: when there are at most 80 edges) */
  edgeLabels?: boolean;
}

const LEGEND_WIDTH = 130;

interface Point { x: number; y: number }

const fmt = (n: number) => String(Math.round(n * 10) / 10);
const shorten = (text: string, max: number) => ([...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text);

export function renderSvg(graph: ExportGraph, options: SvgOptions = {}): string {
  const width = options.width ?? 960;
  const height = options.height ?? 640;
  const margin = 60;
  const left = LEGEND_WIDTH; // the legend's column
  const edgeLabels = options.edgeLabels ?? graph.size <= 30;
  const xs = graph.mapNodes((_k, a) => a.x);
  const ys = graph.mapNodes((_k, a) => a.y);
  const minX = Math.min(...xs, 0), maxX = Math.max(...xs, 0), minY = Math.min(...ys, 0), maxY = Math.max(...ys, 0);
  const scale = Math.min((width - LEGEND_WIDTH - margin) / Math.max(maxX - minX, 1), (height - 2 * margin) / Math.max(maxY - minY, 1));
  const pos = new Map<string, Point & { r: number }>();
  graph.forEachNode((key, a) => {
    pos.set(key, {
      x: left + (a.x - minX) * scale + ((width - left - margin) - (maxX - minX) * scale) / 2,
      y: margin + (maxY - a.y) * scale + ((height - 2 * margin) - (maxY - minY) * scale) / 2, // y up → SVG y down
      r: Math.min(24, Math.max(5, a.size * 0.8)),
    });
  });

  // parallel edges between one pair of nodes fan out as curves
  const pairs = new Map<string, string[]>();
  graph.forEachEdge((key, _a, s, t) => {
    const pair = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    pairs.set(pair, [...(pairs.get(pair) ?? []), key]);
  });
  const offsetOf = new Map<string, number>();
  for (const keys of pairs.values()) keys.forEach((k, i) => offsetOf.set(k, (i - (keys.length - 1) / 2) * 36));

  const typesUsed = new Set<RelationType>();
  const edgeParts: string[] = [];
  graph.forEachEdge((key, { edge }, s, t) => {
    typesUsed.add(edge.type);
    const S = pos.get(s)!, T = pos.get(t)!;
    const dx = T.x - S.x, dy = T.y - S.y, len = Math.hypot(dx, dy) || 1;
    // normal of the canonical direction, so offsets of a pair's edges do not cancel out when reversed
    const sign = s < t ? 1 : -1;
    const off = (offsetOf.get(key) ?? 0) * sign;
    const C = { x: (S.x + T.x) / 2 - (dy / len) * off, y: (S.y + T.y) / 2 + (dx / len) * off };
    const toward = (from: Point, to: Point, d: number): Point => {
      const l = Math.hypot(to.x - from.x, to.y - from.y) || 1;
      return { x: from.x + ((to.x - from.x) / l) * d, y: from.y + ((to.y - from.y) / l) * d };
    };
    const start = toward(S, C, S.r);
    const end = toward(T, C, T.r + (edge.symmetric ? 0 : 2));
    const color = RELATION_COLORS[edge.type];
    const w = 1 + Math.log2(Math.max(1, edge.count));
    const d = `M${fmt(start.x)},${fmt(start.y)} Q${fmt(C.x)},${fmt(C.y)} ${fmt(end.x)},${fmt(end.y)}`;
    const title = `${graph.getNodeAttribute(s, 'label')} ${edge.type}${edge.symmetric ? ' ↔ ' : ' → '}${graph.getNodeAttribute(t, 'label')} (${edge.count} × evidence, confidence ${edge.confidence})`;
    const hook = options.interactive ? ` class="edge" data-edge="${escapeXmlAttr(key)}" data-source="${escapeXmlAttr(s)}" data-target="${escapeXmlAttr(t)}" data-type="${edge.type}"` : '';
    const marker = edge.symmetric ? '' : ` marker-end="url(#arrow-${edge.type})"`;
    let part = `<g${hook}><title>${escapeXmlText(title)}</title><path d="${d}" fill="none" stroke="${color}" stroke-width="${fmt(w)}" stroke-opacity="0.75"${marker}/>`;
    if (options.interactive) part += `<path d="${d}" fill="none" stroke="transparent" stroke-width="10"/>`;
    if (edgeLabels) {
      const mid = { x: 0.25 * S.x + 0.5 * C.x + 0.25 * T.x, y: 0.25 * S.y + 0.5 * C.y + 0.25 * T.y };
      part += `<text x="${fmt(mid.x)}" y="${fmt(mid.y)}" class="elabel" text-anchor="middle" font-size="8" fill="${color}">${edge.type}</text>`;
    }
    edgeParts.push(`${part}</g>`);
  });

  const nodeParts: string[] = [];
  graph.forEachNode((key, a) => {
    const p = pos.get(key)!;
    const hook = options.interactive ? ` class="node" data-node="${escapeXmlAttr(key)}" data-type="${a.entityType}"` : '';
    const ring = a.node.focus ? ' stroke="#222" stroke-width="2.5"' : ' stroke="#fff" stroke-width="1"';
    nodeParts.push(
      `<g${hook}><title>${escapeXmlText(`${a.label} (${a.entityType}, ${a.node.mentions} mentions)`)}</title>` +
        `<circle cx="${fmt(p.x)}" cy="${fmt(p.y)}" r="${fmt(p.r)}" fill="${a.color}"${ring}/>` +
        `<text x="${fmt(p.x + p.r + 3)}" y="${fmt(p.y + 4)}" font-size="12" class="nlabel" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeXmlText(shorten(a.label, 32))}</text></g>`,
    );
  });

  const markers = [...typesUsed].sort().map((type) =>
    `<marker id="arrow-${type}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">` +
      `<path d="M0,0 L10,5 L0,10 z" fill="${RELATION_COLORS[type]}"/></marker>`);
  const legendEntries = [
    ...Object.entries(LABEL_COLORS).map(([label, color]) => ({ label, color, shape: 'circle' })),
    ...[...typesUsed].sort().map((type) => ({ label: type, color: RELATION_COLORS[type], shape: 'line' })),
  ];
  const legend = legendEntries.map((e, i) => {
    const y = 14 + i * 14;
    const mark = e.shape === 'circle'
      ? `<circle cx="12" cy="${y - 4}" r="5" fill="${e.color}"/>`
      : `<line x1="6" y1="${y - 4}" x2="18" y2="${y - 4}" stroke="${e.color}" stroke-width="2.5"/>`;
    return `${mark}<text x="24" y="${y}" font-size="10">${escapeXmlText(e.label)}</text>`;
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" role="img">`,
    `<title>${escapeXmlText(graph.getAttribute('subgraph').title)}</title>`,
    `<defs>${markers.join('')}</defs>`,
    `<rect width="${width}" height="${height}" fill="#fff" class="background"/>`,
    `<g class="viewport"><g class="edges">${edgeParts.join('')}</g><g class="nodes" paint-order="stroke">${nodeParts.join('')}</g></g>`,
    `<g class="legend">${legend.join('')}</g>`,
    '</svg>',
  ].join('\n');
}
