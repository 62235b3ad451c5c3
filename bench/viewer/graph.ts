// A generated graph in the serve API's Subgraph shape (src/serve/api-schema.ts): preferential
// attachment, so degrees are skewed like a real news graph (a few hubs, a long tail), labels and
// relation types in realistic proportions. Seeded: the same sizes draw the same graph.
import type { Subgraph } from '../../src/serve/api-schema.js';
import { ENTITY_LABELS, RELATION_TYPES } from '../../src/graph/ontology.js';
import { createRng } from '../generate/prng.js';

const LABEL_WEIGHTS: [string, number][] = [['Person', 0.4], ['Organization', 0.2], ['Place', 0.2], ['Country', 0.05], ['Event', 0.15]];

export function generateSubgraph(nodes: number, edges: number, seed = 42): Subgraph {
  const rng = createRng(`${seed}:viewer:${nodes}:${edges}`);
  const pickLabel = () => {
    let u = rng.next();
    for (const [l, w] of LABEL_WEIGHTS) if ((u -= w) < 0) return l;
    return 'Person';
  };
  const out: Subgraph = { nodes: [], edges: [], truncated: false, total: nodes, focus: [] };
  const degree = new Array<number>(nodes).fill(0);
  const ends: number[] = []; // every edge endpoint once: drawing from it is degree-proportional
  const seen = new Set<string>();
  let attempts = 0;
  for (let e = 0; out.edges.length < edges && attempts < edges * 20; attempts++) {
    const tree = e < nodes - 1; // first a spanning tree, so nothing is isolated
    const s = tree ? e + 1 : rng.int(0, nodes - 1);
    let t = ends.length && rng.chance(0.8) ? ends[rng.int(0, ends.length - 1)]! : rng.int(0, tree ? e : nodes - 1);
    if (t === s) t = (s + 1) % nodes;
    const key = s < t ? `${s}-${t}` : `${t}-${s}`;
    if (seen.has(key) && !tree) continue;
    seen.add(key);
    ends.push(s, t);
    degree[s]!++;
    degree[t]!++;
    const type = rng.chance(0.45) ? 'MENTIONED_WITH' : rng.pick(RELATION_TYPES);
    out.edges.push({
      id: `e${e}`, type, source: `n${s}`, target: `n${t}`, confidence: Math.round(rng.next() * 100) / 100, count: rng.int(1, 12),
      role: undefined, items: undefined, weight: type === 'MENTIONED_WITH' ? rng.int(1, 9) : undefined,
    });
    e++;
  }
  for (let i = 0; i < nodes; i++) {
    const label = pickLabel() as (typeof ENTITY_LABELS)[number];
    out.nodes.push({
      id: `n${i}`, label, name: `${label} ${i}`, aliases: [], mentions: degree[i]! * rng.int(1, 4), degree: degree[i]!,
      kind: undefined, roles: undefined, eventType: label === 'Event' ? 'Meeting' : undefined, date: undefined,
    });
  }
  return out;
}
