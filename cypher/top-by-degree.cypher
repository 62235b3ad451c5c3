// Purpose: The most connected entities: number of distinct typed relations (degree) and of distinct
//   neighbours, with the total evidence behind them.
// Param label: string = "" — only this kind of entity: Person, Country, Organization, Place or Event (empty: all)
// Param includeCoMentions: boolean = false — count MENTIONED_WITH (co-occurrence) edges too
// Param limit: int = 20 — how many entities
// Example: newsgraph query top-by-degree --param label=Country --param limit=10
MATCH (e:Entity)
WHERE $label = '' OR $label IN labels(e)
CALL (e) {
  OPTIONAL MATCH (e)-[r]-(n:Entity)
  WHERE $includeCoMentions OR type(r) <> 'MENTIONED_WITH'
  RETURN count(r) AS degree, count(DISTINCT n) AS neighbours, sum(coalesce(r.count, 0)) AS evidence
}
WITH e, degree, neighbours, evidence WHERE degree > 0
RETURN e.name AS entity, head([l IN labels(e) WHERE l <> 'Entity']) AS label, degree, neighbours, evidence,
  e.mentions AS mentions
ORDER BY degree DESC, evidence DESC, entity
LIMIT $limit
