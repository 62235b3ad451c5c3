// Purpose: The shortest paths between two entities over typed relations (either direction), each step with
//   its relation and first evidence sentence. Paths are searched up to 8 hops.
// Param from: entity = "Iran" — one end (name, alias or id)
// Param to: entity = "Ukraine" — the other end
// Param maxHops: int = 6 — longest path reported (1–8)
// Param includeCoMentions: boolean = false — also walk MENTIONED_WITH (co-occurrence) edges
// Example: newsgraph query shortest-path --param from=Iran --param to=Zelenskyy
MATCH (a:Entity)
WHERE a.id = $from OR toLower(a.name) = toLower($from) OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($from))
WITH a ORDER BY a.mentions DESC LIMIT 1
MATCH (b:Entity)
WHERE b.id = $to OR toLower(b.name) = toLower($to) OR any(x IN coalesce(b.aliases, []) WHERE toLower(x) = toLower($to))
WITH a, b ORDER BY b.mentions DESC LIMIT 1
WITH a, b, ['ALLY_OF', 'SUPPORTS', 'SUPPLIES', 'DEPLOYS_TO', 'ATTACKS', 'OPPOSES', 'MEETS', 'MEDIATES', 'LEADS',
  'MEMBER_OF', 'LOCATED_IN', 'PARTICIPATES_IN', 'OCCURRED_IN'] + CASE WHEN $includeCoMentions THEN ['MENTIONED_WITH'] ELSE [] END AS allowed
WHERE a <> b
MATCH p = allShortestPaths((a)-[*..8]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN allowed)
WITH p WHERE length(p) <= $maxHops
RETURN length(p) AS hops,
  [n IN nodes(p) | n.name] AS path,
  [r IN relationships(p) | startNode(r).name + ' -' + type(r) + '-> ' + endNode(r).name] AS steps,
  [r IN relationships(p) | coalesce(r.evidence[0], '')] AS evidence
ORDER BY hops, path
LIMIT 25
