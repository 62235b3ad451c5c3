// The export feature's html report (src/export) for the entities visible in the viewer: their
// relations among themselves with every evidence sentence, read through a read-only store.
import { defaultThreshold } from '../graph/confidence-table.js';
import { fetchSubgraph } from '../export/fetch-subgraph.js';
import { writeHtml } from '../export/formats/html.js';
import { buildExportGraph } from '../export/graph.js';
import type { Store } from '../store/store.js';
import type { ReportRenderer } from './extensions.js';
import { readOnlyStore } from './read-only-store.js';

export function createReportRenderer(store: Store): ReportRenderer {
  const reader = readOnlyStore(store);
  return async (entityIds, title) => {
    const subgraph = await fetchSubgraph(reader, { focus: entityIds, hops: 0, types: [], minConfidence: defaultThreshold(), title, maxNodes: entityIds.length });
    return writeHtml(buildExportGraph(subgraph));
  };
}
