// Purpose: The alliance network among given countries: every typed relation between any two of them, with the
//   sentences that support it, the article each comes from and who made the claim.
// Param countries: entity[] = ["Russia", "North Korea", "Iran", "China"] — the members, by name, alias or id
// Param minConfidence: float = threshold — leave out relations below this confidence (0–1) (default: the calibrated threshold; 0 shows everything)
// Param includeCoMentions: boolean = false — also list MENTIONED_WITH (same-sentence co-occurrence)
// Example: newsgraph query alliance-network --param countries="Russia,North Korea,Iran,China" --param minConfidence=0.5
UNWIND $countries AS wanted
CALL (wanted) {
  MATCH (e:Entity)
  WHERE e.id = wanted OR toLower(e.name) = toLower(wanted) OR any(x IN coalesce(e.aliases, []) WHERE toLower(x) = toLower(wanted))
  RETURN e ORDER BY e.mentions DESC LIMIT 1
}
WITH collect(DISTINCT e) AS members
UNWIND members AS a
MATCH (a)-[r]->(b:Entity)
WHERE b IN members AND a <> b
  AND coalesce(r.confidence, 0) >= $minConfidence
  AND ($includeCoMentions OR type(r) <> 'MENTIONED_WITH')
RETURN a.name AS source, type(r) AS type, b.name AS target, r.count AS count, r.confidence AS confidence,
  r.items AS items,
  COLLECT {
    MATCH (ev:Evidence {relId: r.id})-[:FROM_ARTICLE]->(art:Article)
    OPTIONAL MATCH (c:Entity {id: ev.attributedTo})
    WITH ev, art, c ORDER BY art.date, art.file, ev.start
    RETURN {sentence: ev.sentence, article: coalesce(art.title, art.file), date: art.date, claimant: c.name,
      hedged: ev.hedged, denied: ev.denied}
  } AS evidence
ORDER BY type, source, target
