// Purpose: Who supplies what to whom: every SUPPLIES relation with the items delivered, how often it is
//   stated, and the sentences (with article and claimant) that say so.
// Param supplier: entity = "" — only this supplier (name, alias or id; empty: any)
// Param recipient: entity = "" — only this recipient (empty: any)
// Param item: string = "" — only deliveries whose items contain this word, e.g. drones (empty: any)
// Param minConfidence: float = threshold — leave out relations below this confidence (0–1) (default: the calibrated threshold; 0 shows everything)
// Example: newsgraph query supplies --param recipient=Russia --param item=drones
MATCH (s:Entity)-[r:SUPPLIES]->(t:Entity)
WHERE ($supplier = '' OR s.id = $supplier OR toLower(s.name) = toLower($supplier)
        OR any(x IN coalesce(s.aliases, []) WHERE toLower(x) = toLower($supplier)))
  AND ($recipient = '' OR t.id = $recipient OR toLower(t.name) = toLower($recipient)
        OR any(x IN coalesce(t.aliases, []) WHERE toLower(x) = toLower($recipient)))
  AND ($item = '' OR any(i IN coalesce(r.items, []) WHERE toLower(i) CONTAINS toLower($item))
        OR any(sentence IN coalesce(r.evidence, []) WHERE toLower(sentence) CONTAINS toLower($item)))
  AND coalesce(r.confidence, 0) >= $minConfidence
RETURN s.name AS supplier, coalesce(r.items, []) AS items, t.name AS recipient, r.count AS count,
  r.confidence AS confidence,
  COLLECT {
    MATCH (ev:Evidence {relId: r.id})-[:FROM_ARTICLE]->(art:Article)
    OPTIONAL MATCH (c:Entity {id: ev.attributedTo})
    WITH ev, art, c ORDER BY art.date, art.file, ev.start
    RETURN {sentence: ev.sentence, article: coalesce(art.title, art.file), date: art.date, claimant: c.name,
      hedged: ev.hedged, denied: ev.denied}
  } AS evidence
ORDER BY count DESC, supplier, recipient
