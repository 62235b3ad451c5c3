// Deterministic layout computed in Node: circle → ForceAtlas2 → noverlap. Same subgraph, same
// picture (no random seeds), so reports are reproducible and diffable.
import type { AbstractGraph } from 'graphology-types';
import { circular, forceAtlas2, noverlap } from './graphology-cjs.js';

function iterationsFor(order: number): number {
  if (order <= 100) return 300;
  if (order <= 1000) return 150;
  return 60;
}

/** Assigns x, y to every node (expects a numeric `size` attribute). */
export function assignLayout(graph: AbstractGraph): void {
  if (graph.order === 0) return;
  circular.assign(graph, { scale: 100 });
  if (graph.order > 1 && graph.size > 0) {
    // edge weights (evidence counts reach the dozens) would pull heavy pairs into one spot: damp them
    const settings = {
      ...forceAtlas2.inferSettings(graph), adjustSizes: false, barnesHutOptimize: graph.order > 500,
      edgeWeightInfluence: 0.3, scalingRatio: 20, gravity: 0.5, outboundAttractionDistribution: true,
    };
    forceAtlas2.assign(graph, { iterations: iterationsFor(graph.order), settings, getEdgeWeight: 'weight' });
  }
  noverlap.assign(graph, { maxIterations: 200, settings: { margin: 6, ratio: 1.2 } });
  graph.updateEachNodeAttributes((_node, attrs) => ({
    ...attrs,
    x: Math.round((attrs.x as number) * 100) / 100,
    y: Math.round((attrs.y as number) * 100) / 100,
  }));
}
