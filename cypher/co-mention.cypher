// Purpose: Co-mention strength between two entities: distinct sentences that name both (the evidence of any
//   relation between them, typed or MENTIONED_WITH), the MENTIONED_WITH weight, articles naming both versus
//   each, their Jaccard overlap, the shared articles, and the typed relations between them.
// Param a: entity = "Russia" — one entity (name, alias or id)
// Param b: entity = "North Korea" — the other
// Example: newsgraph query co-mention --param a=Putin --param b="Kim Jong Un"
MATCH (x:Entity)
WHERE x.id = $a OR toLower(x.name) = toLower($a) OR any(al IN coalesce(x.aliases, []) WHERE toLower(al) = toLower($a))
WITH x ORDER BY x.mentions DESC LIMIT 1
MATCH (y:Entity)
WHERE y.id = $b OR toLower(y.name) = toLower($b) OR any(al IN coalesce(y.aliases, []) WHERE toLower(al) = toLower($b))
WITH x, y ORDER BY y.mentions DESC LIMIT 1
OPTIONAL MATCH (x)-[m:MENTIONED_WITH]-(y)
WITH x, y, m,
  COUNT { MATCH (x)-[r]-(y) MATCH (ev:Evidence {relId: r.id}) RETURN DISTINCT ev.articleId, ev.start } AS sentences,
  COUNT { (:Article)-[:MENTIONS]->(x) } AS articlesA,
  COUNT { (:Article)-[:MENTIONS]->(y) } AS articlesB,
  COLLECT { MATCH (art:Article)-[:MENTIONS]->(x) WHERE (art)-[:MENTIONS]->(y) RETURN coalesce(art.title, art.file) ORDER BY art.date } AS shared
RETURN x.name AS a, y.name AS b, sentences, coalesce(m.weight, m.count, 0) AS coMentionWeight,
  size(shared) AS sharedArticles, articlesA, articlesB,
  CASE WHEN articlesA + articlesB - size(shared) = 0 THEN 0.0
       ELSE round(toFloat(size(shared)) / (articlesA + articlesB - size(shared)), 3) END AS jaccard,
  shared AS articles,
  COLLECT { MATCH (x)-[r]-(y) WHERE type(r) <> 'MENTIONED_WITH'
            RETURN startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name + ' (' + toString(r.count) + ')' } AS relations
