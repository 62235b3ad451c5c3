// ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker) for a time growing with the
// graph, then noverlap — also in a worker — so discs do not sit on each other. Both mutate the
// dataset's x/y; sigma redraws by itself on those graph updates. Nothing runs on the main thread.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import NoverlapLayout from 'graphology-layout-noverlap/worker';
import type { DataGraph } from './graph-data.js';

let running: { kill(): void } | null = null;
let timer: number | undefined;
let finish: (() => void) | null = null;

export function isLayoutRunning(): boolean {
  return running !== null;
}

export function stopLayout(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  running?.kill();
  running = null;
  const done = finish;
  finish = null;
  done?.();
}

/** Runs FA2 then noverlap; resolves when both are done (or when stopLayout() interrupts them). */
export function runLayout(graph: DataGraph, sizes: Map<string, number>): Promise<void> {
  stopLayout();
  if (graph.order === 0) return Promise.resolve();
  return new Promise((resolve) => {
    finish = resolve;
    const fa2 = new FA2Layout(graph, {
      settings: {
        ...forceAtlas2.inferSettings(graph),
        barnesHutOptimize: graph.order > 400,
        outboundAttractionDistribution: true, // hubs are pushed to the borders less: fewer hairballs
        gravity: 1.5,
        scalingRatio: graph.order > 100 ? 12 : 8,
        slowDown: 4,
        edgeWeightInfluence: 1,
      },
      getEdgeWeight: (_e, a) => (a.relType === 'MENTIONED_WITH' ? 0.3 : 1 + a.confidence),
    });
    running = fa2;
    fa2.start();
    timer = window.setTimeout(() => {
      fa2.kill();
      const spread = new NoverlapLayout(graph, {
        inputReducer: (key, attr) => ({ x: attr.x, y: attr.y, size: sizes.get(key) ?? 4 }),
        settings: { ratio: 1.4, margin: 3 },
        onConverged: () => stopLayout(),
      });
      running = spread;
      spread.start();
      timer = window.setTimeout(() => stopLayout(), 2500); // a cap: dense graphs may never fully converge
    }, Math.min(4000, 800 + graph.order * 8));
  });
}
