import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { DatabaseError } from '../../src/errors.js';
import { runCypher } from '../../src/query/run.js';
import type { Store } from '../../src/store/store.js';
import { openTestStore, resetDatabase } from '../helpers/neo4j.js';

describe('runCypher (real Neo4j)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  });
  beforeEach(() => resetDatabase(store));
  afterAll(() => store.close());

  it('refuses to write in READ mode and leaves the database as it was', async () => {
    await expect(runCypher(store, "CREATE (:Country {id: 'country:x'})", {}, 'READ')).rejects.toThrow(DatabaseError);
    await expect(runCypher(store, "CREATE (:Country {id: 'country:x'})", {}, 'READ')).rejects.toThrow(/read access mode/);
    const { rows } = await runCypher(store, 'MATCH (c:Country) RETURN count(c) AS n');
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('writes in WRITE mode and reports the counters, columns in query order', async () => {
    const result = await runCypher(store, 'CREATE (c:Country {id: $id, name: $name}) RETURN c.name AS name, c.id AS id', { id: 'country:x', name: 'X' }, 'WRITE');
    expect(result.columns).toEqual(['name', 'id']);
    expect(result.rows).toEqual([{ name: 'X', id: 'country:x' }]);
    expect(result.counters).toMatchObject({ nodesCreated: 1, labelsAdded: 1, propertiesSet: 2 });
  });

  it('returns integers as numbers and graph values as plain objects', async () => {
    await runCypher(store, "CREATE (:Entity:Country {id: 'country:a', n: 7})-[:ALLY_OF {count: 2}]->(:Entity:Country {id: 'country:b'})", {}, 'WRITE');
    const { rows } = await runCypher(store, 'MATCH p = (a {id: "country:a"})-[r]->(b) RETURN a.n AS n, r, p');
    const row = rows[0]!;
    expect(row.n).toBe(7);
    expect(row.r).toMatchObject({ type: 'ALLY_OF', properties: { count: 2 } });
    expect((row.p as { nodes: unknown[] }).nodes).toHaveLength(2);
  });

  it('runs CALL { … } IN TRANSACTIONS in auto-commit mode', async () => {
    const result = await runCypher(store, 'UNWIND range(1, 25) AS i CALL (i) { CREATE (:Place {id: "place:" + i}) } IN TRANSACTIONS OF 10 ROWS', {}, 'WRITE');
    expect(result.counters.nodesCreated).toBe(25);
  });
});
