import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { writeBatches } from '../../src/store/batch.js';
import type { Store } from '../../src/store/store.js';
import { openTestStore, resetDatabase } from '../helpers/neo4j.js';

const NODES = 200;
const RELS = 10_000;

describe('writeBatches (real Neo4j)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  });
  beforeEach(() => resetDatabase(store));
  afterAll(() => store.close());

  it('lands 10,000 relationships written in batches, and merging them again adds none', async () => {
    const nodes = Array.from({ length: NODES }, (_, i) => ({ id: `place:p${i}`, name: `P${i}` }));
    await writeBatches(store, 'UNWIND $rows AS row MERGE (n:Entity:Place {id: row.id}) SET n.name = row.name', nodes);
    const rels = Array.from({ length: RELS }, (_, i) => ({
      id: `LOCATED_IN:${i}`,
      source: `place:p${i % NODES}`,
      target: `place:p${(i * 7 + 1) % NODES}`,
    }));
    const cypher = `UNWIND $rows AS row
      MATCH (s:Entity {id: row.source}) MATCH (t:Entity {id: row.target})
      MERGE (s)-[r:LOCATED_IN {id: row.id}]->(t)`;
    const seen: number[] = [];
    const first = await writeBatches(store, cypher, rels, { batchSize: 1500, onBatch: (done) => seen.push(done) });
    expect(first).toMatchObject({ rows: RELS, batches: 7, relationshipsCreated: RELS });
    expect(seen).toEqual([1500, 3000, 4500, 6000, 7500, 9000, 10000]);
    const again = await writeBatches(store, cypher, rels, { batchSize: 1500 });
    expect(again.relationshipsCreated).toBe(0);
    const [row] = await store.read<{ n: number; ids: number }>('MATCH ()-[r:LOCATED_IN]->() RETURN count(r) AS n, count(DISTINCT r.id) AS ids');
    expect(row).toEqual({ n: RELS, ids: RELS });
  });

  it('leaves nothing of a batch that fails midway (earlier batches stay committed)', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ id: `country:c${i}` }));
    rows[1500] = { id: 'country:c1499' }; // duplicate inside the second batch → constraint violation at its 501st row
    const attempt = writeBatches(store, 'UNWIND $rows AS row CREATE (:Entity:Country {id: row.id})', rows, { batchSize: 1000 });
    await expect(attempt).rejects.toThrow(/already exists/);
    const [row] = await store.read<{ n: number; low: number; high: number }>(
      `MATCH (c:Country) WITH toInteger(substring(c.id, 9)) AS i
       RETURN count(*) AS n, min(i) AS low, max(i) AS high`,
    );
    expect(row).toEqual({ n: 1000, low: 0, high: 999 });
  });

  it('refuses Cypher that does not read $rows', async () => {
    await expect(writeBatches(store, 'CREATE (n:Country {id: "x"})', [{}])).rejects.toThrow(/\$rows/);
  });
});
