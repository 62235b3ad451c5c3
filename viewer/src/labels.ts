// Which node labels are written: a greedy, collision-free placement in screen space. Sigma's own
// label grid keeps the biggest node of each cell, which names lone leaves at the border and leaves the
// crowded centre (where the hubs are) unnamed, and its forced labels may overlap each other. Here the
// nodes are taken by priority (what the user is looking at, then the biggest discs) and a label is
// written only where it does not cover one already placed. Recomputed when the camera rests or moves.
import type Sigma from 'sigma';
import type { EdgeData, NodeData } from './graph-data.js';
import { shortLabel } from './reducers.js';

export interface LabelCandidate {
  id: string;
  name: string;
  /** Always written, even over others (the selection, the view's anchors). */
  must: boolean;
}

export interface Box { x1: number; y1: number; x2: number; y2: number }

const LABEL_HEIGHT = 16;
const PAD = 3;
const widthCache = new Map<string, number>();
let ctx: CanvasRenderingContext2D | null = null;

function textWidth(text: string, font: string): number {
  const key = `${font}\u0000${text}`;
  let w = widthCache.get(key);
  if (w === undefined) {
    ctx ??= document.createElement('canvas').getContext('2d');
    if (ctx) { ctx.font = font; w = ctx.measureText(text).width; } else w = text.length * 7;
    if (widthCache.size > 20_000) widthCache.clear();
    widthCache.set(key, w);
  }
  return w;
}

/**
 * The labels to write, in priority order of `candidates` (already sorted by the caller). Uses a
 * coarse spatial hash so the cost stays linear in the candidates on screen.
 */
export function placeLabels(sigma: Sigma<NodeData, EdgeData>, candidates: LabelCandidate[], obstacles: Box[] = [], max = 400): Set<string> {
  const placed = new Set<string>();
  const { width, height } = sigma.getDimensions();
  const font = `${sigma.getSetting('labelWeight')} ${sigma.getSetting('labelSize')}px ${sigma.getSetting('labelFont')}`;
  const cell = 64;
  const buckets = new Map<number, Box[]>();
  const keys = (b: Box): number[] => {
    const out: number[] = [];
    for (let gx = Math.floor(b.x1 / cell); gx <= Math.floor(b.x2 / cell); gx += 1) {
      for (let gy = Math.floor(b.y1 / cell); gy <= Math.floor(b.y2 / cell); gy += 1) out.push(gx * 100_003 + gy);
    }
    return out;
  };
  const hits = (b: Box) => keys(b).some((k) => (buckets.get(k) ?? []).some((o) => b.x1 < o.x2 && b.x2 > o.x1 && b.y1 < o.y2 && b.y2 > o.y1));
  const add = (b: Box) => { for (const k of keys(b)) (buckets.get(k) ?? buckets.set(k, []).get(k)!).push(b); };
  // what floats over the stage (status line, zoom buttons): no label is written under it
  for (const o of obstacles) add(o);
  for (const c of candidates) {
    if (placed.size >= max) break;
    const d = sigma.getNodeDisplayData(c.id);
    if (!d || d.hidden) continue;
    const p = sigma.framedGraphToViewport(d);
    const r = sigma.scaleSize(d.size);
    const w = textWidth(shortLabel(c.name), font);
    const box = { x1: p.x + r + PAD - 2, y1: p.y - LABEL_HEIGHT / 2 - 1, x2: p.x + r + PAD + w + 2, y2: p.y + LABEL_HEIGHT / 2 + 1 };
    // a label cut by the border of the stage is no help: only whole ones (what must be named, always)
    const inside = box.x1 >= 0 && box.x2 <= width && box.y1 >= 0 && box.y2 <= height;
    const onScreen = box.x2 > 0 && box.x1 < width && box.y2 > 0 && box.y1 < height;
    if (c.must ? !onScreen : !inside) continue;
    if (!c.must && hits(box)) continue;
    placed.add(c.id);
    add(box);
  }
  return placed;
}
