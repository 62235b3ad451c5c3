// Purpose: All evidence for the relation(s) between two entities: every sentence, its article (title,
//   outlet, date, file offsets), the rule that read it, its confidence, the claimant, and whether it is
//   hedged or denied. Symmetric and directed relations are listed in both directions.
// Param source: entity = "North Korea" — one end (name, alias or id)
// Param target: entity = "Russia" — the other end
// Param type: string = "" — one relation type, e.g. DEPLOYS_TO (empty: every type except MENTIONED_WITH)
// Example: newsgraph query relationship-evidence --param source=Iran --param target=Russia --param type=SUPPLIES
MATCH (a:Entity)
WHERE a.id = $source OR toLower(a.name) = toLower($source) OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($source))
WITH a ORDER BY a.mentions DESC LIMIT 1
MATCH (b:Entity)
WHERE b.id = $target OR toLower(b.name) = toLower($target) OR any(x IN coalesce(b.aliases, []) WHERE toLower(x) = toLower($target))
WITH a, b ORDER BY b.mentions DESC LIMIT 1
MATCH (a)-[r]-(b)
WHERE ($type = '' AND type(r) <> 'MENTIONED_WITH') OR type(r) = toUpper($type)
MATCH (ev:Evidence {relId: r.id})-[:FROM_ARTICLE]->(art:Article)
OPTIONAL MATCH (c:Entity {id: ev.attributedTo})
RETURN startNode(r).name AS source, type(r) AS type, endNode(r).name AS target, ev.sentence AS sentence,
  coalesce(art.title, art.file) AS article, art.source AS outlet, art.date AS date, art.file AS file,
  ev.start AS start, ev.end AS end, ev.rule AS rule, ev.confidence AS confidence, c.name AS claimant,
  coalesce(ev.hedged, false) AS hedged, coalesce(ev.denied, false) AS denied
ORDER BY type, source, date, file, start
