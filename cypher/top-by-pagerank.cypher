// Purpose: The most central entities by PageRank (damping 0.85, weighted by evidence count). Neo4j
//   Community has no GDS plugin: this query fetches the typed-relation edge list and newsgraph computes
//   PageRank over it with graphology-metrics (symmetric relations count in both directions).
// Param label: string = "" — only rank this kind of entity: Person, Country, Organization, Place or Event (empty: all)
// Param includeCoMentions: boolean = false — include MENTIONED_WITH (co-occurrence) edges in the graph
// Param limit: int = 20 — how many entities
// Post: pagerank
// Example: newsgraph query top-by-pagerank --param limit=10
MATCH (s:Entity)-[r]->(t:Entity)
WHERE $includeCoMentions OR type(r) <> 'MENTIONED_WITH'
WITH s, r, t, head([l IN labels(s) WHERE l <> 'Entity']) AS sourceLabel, head([l IN labels(t) WHERE l <> 'Entity']) AS targetLabel
RETURN s.id AS sourceId, s.name AS source, sourceLabel, t.id AS targetId, t.name AS target, targetLabel,
  type(r) IN ['ALLY_OF', 'MEETS', 'MENTIONED_WITH'] AS symmetric, coalesce(r.count, 1) AS weight
