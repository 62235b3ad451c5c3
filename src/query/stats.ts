// `newsgraph stats`: node counts by label and relationship counts by type. Labels and types come
// from the database's own catalogue (db.labels / db.relationshipTypes), so each count is a
// count-store lookup; they are quoted as identifiers, never taken from input.
import { z } from 'zod';
import type { Store } from '../store/store.js';

export interface GraphStats {
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
}

const quote = (name: string) => `\`${name.replace(/`/g, '``')}\``;
const Count = z.object({ count: z.number() });

export async function graphStats(store: Store): Promise<GraphStats> {
  return store.readTx(async (tx) => {
    const labels = (await tx.query('CALL db.labels() YIELD label RETURN label ORDER BY label', {}, z.object({ label: z.string() }))).map((r) => r.label);
    const types = (await tx.query('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS type ORDER BY type', {}, z.object({ type: z.string() }))).map((r) => r.type);
    const stats: GraphStats = { nodes: 0, relationships: 0, labels: {}, relationshipTypes: {} };
    stats.nodes = (await tx.query('MATCH (n) RETURN count(n) AS count', {}, Count))[0]?.count ?? 0;
    stats.relationships = (await tx.query('MATCH ()-[r]->() RETURN count(r) AS count', {}, Count))[0]?.count ?? 0;
    for (const label of labels) {
      const n = (await tx.query(`MATCH (n:${quote(label)}) RETURN count(n) AS count`, {}, Count))[0]?.count ?? 0;
      if (n > 0) stats.labels[label] = n;
    }
    for (const type of types) {
      const n = (await tx.query(`MATCH ()-[r:${quote(type)}]->() RETURN count(r) AS count`, {}, Count))[0]?.count ?? 0;
      if (n > 0) stats.relationshipTypes[type] = n;
    }
    return stats;
  });
}

export function formatStatsTable(stats: GraphStats): string {
  const width = Math.max(14, ...Object.keys(stats.labels).map((k) => k.length), ...Object.keys(stats.relationshipTypes).map((k) => k.length)) + 2;
  const num = (n: number) => n.toLocaleString('en-US').padStart(10);
  const section = (title: string, counts: Record<string, number>) => [
    title,
    ...Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([k, n]) => `  ${k.padEnd(width)}${num(n)}`),
  ];
  return [
    ...section('Nodes by label', stats.labels),
    `  ${'(all nodes)'.padEnd(width)}${num(stats.nodes)}`,
    '',
    ...section('Relationships by type', stats.relationshipTypes),
    `  ${'(all relationships)'.padEnd(width)}${num(stats.relationships)}`,
  ].join('\n');
}
