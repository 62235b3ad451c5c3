// Purpose: Conflicting figures for the same kind of claim: numbers of the same kind (deployed, casualties,
//   captured, unit-size, money, other) and unit about the same subject that disagree (e.g. North Korean troops
//   deployed in Russia: 10,000 vs 12,000; never a casualty count or a brigade's size against a deployment
//   total), every value side by side with who
//   claims it, the article and the sentence. The subject of a figure is: for an ongoing Deployment or War
//   event, each of its participants (so "troops sent by North Korea" is one claim across articles); for any
//   other event, that event itself (each attack has its own drone count); for a non-event, the entity.
// Param entity: entity = "" — only figures about this subject (name, alias or id; empty: all)
// Param unit: string = "" — only this unit, e.g. troops, drones, USD, prisoners (empty: all)
// Param limit: int = 100 — how many disputed claims, most values first
// Example: newsgraph query conflicting-figures --param entity="North Korea" --param unit=troops
MATCH (holder:Entity)-[:HAS_FIGURE]->(f:Figure)
WHERE $unit = '' OR toLower(f.unit) = toLower($unit)
WITH holder, f,
  CASE WHEN holder:Event AND holder.eventType IN ['Deployment', 'War']
       THEN COLLECT { MATCH (p:Entity)-[:PARTICIPATES_IN]->(holder) RETURN DISTINCT p }
       ELSE [holder] END AS subjects
UNWIND subjects AS subject
WITH subject, coalesce(f.kind, 'other') AS kind, f
WHERE $entity = '' OR subject.id = $entity OR toLower(subject.name) = toLower($entity)
  OR any(x IN coalesce(subject.aliases, []) WHERE toLower(x) = toLower($entity))
// group on values alone first: only disputed claims (more than one value) fetch claimants, articles and sentences
WITH subject, kind, f.unit AS unit, collect(DISTINCT f) AS figures, count(DISTINCT f.value) AS values
WHERE values > 1
ORDER BY values DESC, subject.name, kind, unit
LIMIT $limit
UNWIND figures AS f
OPTIONAL MATCH (f)-[:CLAIMED_BY]->(c:Entity)
OPTIONAL MATCH (art:Article {id: f.articleId})
WITH subject, kind, unit, values, f, c, art ORDER BY f.value, c.name, art.date
WITH subject, kind, unit, values,
  collect(DISTINCT {value: f.value, figure: f.text, claimant: coalesce(c.name, 'unattributed'),
    article: coalesce(art.title, art.file, f.articleId), sentence: f.sentence}) AS claims
RETURN subject.name AS subject, head([l IN labels(subject) WHERE l <> 'Entity']) AS label, kind, unit, values, claims
ORDER BY values DESC, subject, kind, unit
