// The write floor: the graph the store produced, read back row by row, then written with nothing but
// `UNWIND $rows AS row CREATE …` into an empty database (one index per label on a bench-only key so
// relationships can find their endpoints). No MERGE, no provenance merging, no constraints: the least
// work Neo4j can do to hold the same nodes, relationships and properties.
import type { Store } from '../../src/store/store.js';

type Props = Record<string, unknown>;

export interface Dump {
  nodes: Map<string, { k: string; props: Props }[]>; // key: labels joined by ':'
  rels: Map<string, { s: string; t: string; props: Props }[]>; // key: type|labelOfSource|labelOfTarget
  nodeCount: number;
  relCount: number;
}

const ident = (name: string): string => `\`${name.replace(/`/g, '``')}\``;

export async function dumpGraph(store: Store): Promise<Dump> {
  const nodes = new Map<string, { k: string; props: Props }[]>();
  const firstLabel = new Map<string, string>();
  const nodeRows = await store.read<{ k: string; labels: string[]; props: Props }>(
    'MATCH (n) RETURN elementId(n) AS k, labels(n) AS labels, properties(n) AS props',
  );
  for (const r of nodeRows) {
    const labels = [...r.labels].sort();
    const key = labels.join(':');
    firstLabel.set(r.k, labels[0] ?? '');
    (nodes.get(key) ?? nodes.set(key, []).get(key)!).push({ k: r.k, props: r.props });
  }
  const rels = new Map<string, { s: string; t: string; props: Props }[]>();
  const relRows = await store.read<{ s: string; t: string; type: string; props: Props }>(
    'MATCH (a)-[r]->(b) RETURN elementId(a) AS s, elementId(b) AS t, type(r) AS type, properties(r) AS props',
  );
  for (const r of relRows) {
    const key = `${r.type}|${firstLabel.get(r.s)}|${firstLabel.get(r.t)}`;
    (rels.get(key) ?? rels.set(key, []).get(key)!).push({ s: r.s, t: r.t, props: r.props });
  }
  return { nodes, rels, nodeCount: nodeRows.length, relCount: relRows.length };
}

export interface FloorResult {
  ms: number;
  nodesMs: number;
  relsMs: number;
  nodesCreated: number;
  relationshipsCreated: number;
}

/** writes `dump` into the (empty) database behind `store`, `batch` rows per transaction */
export async function writeFloor(store: Store, dump: Dump, batch = 10_000): Promise<FloorResult> {
  const t0 = performance.now();
  const labels = new Set<string>();
  for (const key of dump.nodes.keys()) labels.add(key.split(':')[0] ?? '');
  for (const label of labels) if (label) await store.write(`CREATE INDEX IF NOT EXISTS FOR (n:${ident(label)}) ON (n._k)`);
  await store.write('CALL db.awaitIndexes(300)');
  let nodesCreated = 0;
  for (const [key, rows] of dump.nodes) {
    const labelExpr = key.split(':').filter(Boolean).map(ident).join(':');
    for (let i = 0; i < rows.length; i += batch) {
      const res = await store.writeTx((tx) => tx.run(`UNWIND $rows AS row CREATE (n${labelExpr ? `:${labelExpr}` : ''}) SET n = row.props, n._k = row.k`, { rows: rows.slice(i, i + batch) }));
      nodesCreated += res.counters.nodesCreated;
    }
  }
  const t1 = performance.now();
  let relationshipsCreated = 0;
  for (const [key, rows] of dump.rels) {
    const [type, la, lb] = key.split('|') as [string, string, string];
    const cypher = `UNWIND $rows AS row MATCH (a:${ident(la)} {_k: row.s}) MATCH (b:${ident(lb)} {_k: row.t}) CREATE (a)-[r:${ident(type)}]->(b) SET r = row.props`;
    for (let i = 0; i < rows.length; i += batch) {
      const res = await store.writeTx((tx) => tx.run(cypher, { rows: rows.slice(i, i + batch) }));
      relationshipsCreated += res.counters.relationshipsCreated;
    }
  }
  const t2 = performance.now();
  return { ms: t2 - t0, nodesMs: t1 - t0, relsMs: t2 - t1, nodesCreated, relationshipsCreated };
}
