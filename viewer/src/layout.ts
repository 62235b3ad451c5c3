// ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker) for a bounded time, then
// noverlap so labels and discs do not sit on each other. Mutates the dataset's x/y.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { DataGraph } from './graph-data.js';

let current: FA2Layout | null = null;
let timer: number | undefined;

export function isLayoutRunning(): boolean {
  return current !== null;
}

export function stopLayout(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  current?.kill();
  current = null;
}

/** Runs FA2 for a time growing with the graph's size, then noverlap; resolves when done. */
export function runLayout(graph: DataGraph, sizes: Map<string, number>, onFrame: () => void): Promise<void> {
  stopLayout();
  if (graph.order === 0) return Promise.resolve();
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 400,
    outboundAttractionDistribution: true, // hubs are pushed to the borders less: fewer hairballs
    gravity: 1.5,
    scalingRatio: graph.order > 100 ? 12 : 8,
    slowDown: 4,
    edgeWeightInfluence: 1,
  };
  const layout = new FA2Layout(graph, {
    settings,
    getEdgeWeight: (_e, a) => (a.relType === 'MENTIONED_WITH' ? 0.3 : 1 + a.confidence),
  });
  current = layout;
  layout.start();
  const duration = Math.min(4000, 800 + graph.order * 8);
  const started = performance.now();
  return new Promise((resolve) => {
    const tick = () => {
      if (current !== layout) return resolve();
      onFrame();
      if (performance.now() - started < duration) {
        timer = window.setTimeout(tick, 120);
        return;
      }
      stopLayout();
      noverlap.assign(graph, {
        maxIterations: 150,
        inputReducer: (key, attr) => ({ x: attr.x, y: attr.y, size: sizes.get(key) ?? 4 }),
        settings: { ratio: 1.4, margin: 3 },
      });
      onFrame();
      resolve();
    };
    timer = window.setTimeout(tick, 120);
  });
}
