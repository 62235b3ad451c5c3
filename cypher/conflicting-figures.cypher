// Purpose: Conflicting figures for the same kind of claim: where one subject (an entity or event) has
//   several different values for the same unit (e.g. 10,000 vs 12,000 troops), every value side by side
//   with who claims it, the article and the sentence.
// Param entity: entity = "" — only figures about this entity or event (name, alias or id; empty: all)
// Param unit: string = "" — only this unit, e.g. troops (empty: all)
// Example: newsgraph query conflicting-figures --param unit=troops
MATCH (e:Entity)-[:HAS_FIGURE]->(f:Figure)
WHERE ($entity = '' OR e.id = $entity OR toLower(e.name) = toLower($entity)
        OR any(x IN coalesce(e.aliases, []) WHERE toLower(x) = toLower($entity)))
  AND ($unit = '' OR toLower(f.unit) = toLower($unit))
OPTIONAL MATCH (f)-[:CLAIMED_BY]->(c:Entity)
OPTIONAL MATCH (art:Article {id: f.articleId})
WITH e, f.unit AS unit, f, c, art ORDER BY f.value, c.name
WITH e, unit, count(DISTINCT f.value) AS values,
  collect({value: f.value, figure: f.text, claimant: coalesce(c.name, 'unattributed'),
           article: coalesce(art.title, art.file, f.articleId), sentence: f.sentence}) AS claims
WHERE values > 1
RETURN e.name AS subject, head([l IN labels(e) WHERE l <> 'Entity']) AS label, unit, values, claims
ORDER BY values DESC, subject, unit
