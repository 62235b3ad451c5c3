// Purpose: An entity's ego network: every entity within N hops over typed relations (breadth-first, at most
//   3 hops), and every relation among them with its count and confidence.
// Param entity: entity = "North Korea" — the centre (name, alias or id)
// Param hops: int = 1 — how far to go (1–3)
// Param minConfidence: float = threshold — walk and list only relations at or above this confidence (default: the calibrated threshold; 0 shows everything)
// Param includeCoMentions: boolean = false — also walk MENTIONED_WITH (co-occurrence) edges
// Example: newsgraph query ego-network --param entity=Pyongyang --param hops=2
MATCH (c:Entity)
WHERE c.id = $entity OR toLower(c.name) = toLower($entity) OR any(x IN coalesce(c.aliases, []) WHERE toLower(x) = toLower($entity))
WITH c ORDER BY c.mentions DESC LIMIT 1
WITH c, ['ALLY_OF', 'SUPPORTS', 'SUPPLIES', 'DEPLOYS_TO', 'ATTACKS', 'OPPOSES', 'MEETS', 'MEDIATES', 'LEADS',
  'MEMBER_OF', 'LOCATED_IN', 'PARTICIPATES_IN', 'OCCURRED_IN'] + CASE WHEN $includeCoMentions THEN ['MENTIONED_WITH'] ELSE [] END AS allowed
// hop 1
CALL (c, allowed) {
  OPTIONAL MATCH (c)-[r]-(n:Entity)
  WHERE $hops >= 1 AND type(r) IN allowed AND coalesce(r.confidence, 0) >= $minConfidence
  WITH c, collect(DISTINCT n) AS found
  RETURN [c] + [x IN found WHERE x <> c] AS ego1
}
// hop 2
CALL (ego1, allowed) {
  UNWIND ego1 AS x
  OPTIONAL MATCH (x)-[r]-(n:Entity)
  WHERE $hops >= 2 AND type(r) IN allowed AND coalesce(r.confidence, 0) >= $minConfidence AND NOT n IN ego1
  WITH ego1, collect(DISTINCT n) AS found
  RETURN ego1 + found AS ego2
}
// hop 3
CALL (ego2, allowed) {
  UNWIND ego2 AS x
  OPTIONAL MATCH (x)-[r]-(n:Entity)
  WHERE $hops >= 3 AND type(r) IN allowed AND coalesce(r.confidence, 0) >= $minConfidence AND NOT n IN ego2
  WITH ego2, collect(DISTINCT n) AS found
  RETURN ego2 + found AS ego
}
UNWIND ego AS s
MATCH (s)-[r]->(t:Entity)
WHERE t IN ego AND type(r) IN allowed AND coalesce(r.confidence, 0) >= $minConfidence
RETURN s.name AS source, type(r) AS type, t.name AS target, r.count AS count, r.confidence AS confidence,
  coalesce(r.evidence[0], '') AS firstEvidence
ORDER BY CASE WHEN s = c OR t = c THEN 0 ELSE 1 END, count DESC, source, target
