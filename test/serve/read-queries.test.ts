// Every query the API can run is read-only, and the guard itself recognises writes.
import { isReadOnlyCypher, Q } from '../../src/serve/read-queries.js';

describe('read-queries', () => {
  test.each(Object.entries(Q))('%s is read-only', (_name, cypher) => {
    expect(isReadOnlyCypher(cypher)).toBe(true);
  });

  test.each([
    ['MATCH (n) DETACH DELETE n', false],
    ['CREATE (n:X)', false],
    ['MATCH (n) SET n.x = 1', false],
    ['MERGE (n:X {id: 1})', false],
    ['MATCH (n) REMOVE n.x', false],
    ["LOAD CSV FROM 'file:///x' AS row RETURN row", false],
    ['CALL apoc.do.when(true, "CREATE (n)", "")', false],
    ['CALL db.createLabel("X")', false],
    ['MATCH (n) CALL { WITH n SET n.x = 1 } IN TRANSACTIONS', false],
    ['MATCH (n) FOREACH (x IN [1] | SET n.y = x)', false],
    ['MATCH (n:Entity) RETURN n.id SKIP $offset LIMIT $limit', true],
    ["CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node RETURN node", true],
  ])('%s → %s', (cypher, ok) => {
    expect(isReadOnlyCypher(cypher)).toBe(ok);
  });
});
