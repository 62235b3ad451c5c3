// The Cypher of the article write (docs/STORAGE.md). Labels and relationship types are interpolated only
// from the ontology's fixed lists (checked by the callers); every value is a parameter.
import type { EntityLabel, RelationType } from '../graph/ontology.js';

/** Most distinct evidence sentences kept on a relationship (all of them stay as Evidence nodes). */
export const MAX_EVIDENCE_SENTENCES = 20;

export const FIND_ARTICLE = `
OPTIONAL MATCH (old:Article {key: $key})
OPTIONAL MATCH (same:Article {id: $id})
RETURN old.id AS oldId, same.key AS sameKey`;

/** What an old version of an article touches, before it is deleted. */
export const OLD_ARTICLE_RELATIONS = `
MATCH (:Article {key: $key})<-[:FROM_ARTICLE]-(ev:Evidence)
RETURN DISTINCT ev.relId AS id, ev.source AS source, ev.target AS target`;

export const OLD_ARTICLE_ENTITIES = `
MATCH (a:Article {key: $key})
RETURN COLLECT {
  MATCH (a)-[:MENTIONS]->(e:Entity) RETURN e.id AS id
  UNION MATCH (a)<-[:FROM_ARTICLE]-(:Figure)<-[:HAS_FIGURE]-(e:Entity) RETURN e.id AS id
  UNION MATCH (a)<-[:FROM_ARTICLE]-(ev:Evidence) UNWIND [ev.source, ev.target] AS id RETURN id
} AS ids`;

export const DELETE_ARTICLE = `
MATCH (a:Article {key: $key})
CALL (a) { MATCH (x)-[:FROM_ARTICLE]->(a) DETACH DELETE x }
DETACH DELETE a`;

export const CREATE_ARTICLE = `
MERGE (a:Article {id: $article.id})
SET a += $article`;

const union = (prop: string, incoming: string) =>
  `n.${prop} = reduce(acc = coalesce(n.${prop}, []), x IN ${incoming} | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;

export const mergeEntities = (label: EntityLabel) => `
UNWIND $rows AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.mentions = 0
SET n:${label},
    n.name = e.name,
    ${union('aliases', 'e.aliases')},
    ${union('roles', 'e.roles')},
    ${union('participants', 'e.participants')},
    n.kind = coalesce(e.kind, n.kind),
    n.eventType = coalesce(e.eventType, n.eventType),
    n.date = coalesce(e.date, n.date)`;

export const MERGE_MENTIONS = `
MATCH (a:Article {id: $articleId})
UNWIND $rows AS m
MATCH (e:Entity {id: m.entityId})
MERGE (a)-[r:MENTIONS]->(e)
SET r.count = m.count`;

export const mergeRelations = (type: RelationType) => `
UNWIND $rows AS rel
MATCH (s:Entity {id: rel.source})
MATCH (t:Entity {id: rel.target})
MERGE (s)-[r:${type} {id: rel.id}]->(t)
RETURN count(r) AS merged`;

export const MERGE_EVIDENCE = `
MATCH (a:Article {id: $articleId})
UNWIND $rows AS ev
MERGE (x:Evidence {id: ev.id})
SET x += ev, x.confidence = toFloat(ev.confidence)
MERGE (x)-[:FROM_ARTICLE]->(a)`;

export const MERGE_FIGURES = `
MATCH (a:Article {id: $articleId})
UNWIND $rows AS f
MATCH (e:Entity {id: f.entityId})
MERGE (x:Figure {id: f.id})
SET x += f {.unit, .text, .attributedTo, .articleId, .sentence, .start, .end}, x.value = toFloat(f.value)
MERGE (e)-[:HAS_FIGURE]->(x)
MERGE (x)-[:FROM_ARTICLE]->(a)
WITH x, f WHERE f.attributedTo IS NOT NULL
MATCH (c:Entity {id: f.attributedTo})
MERGE (x)-[:CLAIMED_BY]->(c)`;

/**
 * Relationship aggregates recomputed from the Evidence nodes of each relId: writing an article twice,
 * or replacing it, never doubles anything. A relationship left without evidence is deleted.
 */
export const RECOMPUTE_RELATIONS = `
UNWIND $rels AS rel
MATCH (s:Entity {id: rel.source})-[r]->(t:Entity {id: rel.target})
WHERE r.id = rel.id
CALL (r) {
  OPTIONAL MATCH (ev:Evidence {relId: r.id})-[:FROM_ARTICLE]->(a:Article)
  WITH ev, a ORDER BY a.date, a.id, ev.start, ev.id
  RETURN count(ev) AS n,
         collect(DISTINCT a.id) AS articles,
         collect(DISTINCT ev.sentence)[..${MAX_EVIDENCE_SENTENCES}] AS evidence,
         collect(DISTINCT ev.rule) AS rules,
         1.0 - reduce(p = 1.0, c IN collect(ev.confidence) | p * (1.0 - c)) AS confidence,
         min(a.date) AS firstSeen,
         max(a.date) AS lastSeen,
         collect(DISTINCT a.source) AS sources,
         reduce(acc = [], xs IN collect(ev.items) | acc + [x IN xs WHERE NOT x IN acc]) AS items
}
FOREACH (_ IN CASE WHEN n = 0 THEN [1] ELSE [] END | DELETE r)
WITH r, n, articles, evidence, rules, confidence, firstSeen, lastSeen, sources, items WHERE n > 0
SET r.count = n,
    r.articles = articles,
    r.evidence = evidence,
    r.rules = rules,
    r.confidence = confidence,
    r.firstSeen = firstSeen,
    r.lastSeen = lastSeen,
    r.sources = sources,
    r.items = items,
    r.role = head(COLLECT {
      MATCH (ev:Evidence {relId: r.id}) WHERE ev.role IS NOT NULL
      WITH ev.role AS role, count(*) AS c ORDER BY c DESC, role RETURN role
    }),
    r.weight = head(COLLECT {
      MATCH (ev:Evidence {relId: r.id}) WHERE ev.weight IS NOT NULL
      WITH ev.articleId AS article, max(ev.weight) AS w
      WITH sum(w) AS total, count(*) AS k RETURN CASE WHEN k > 0 THEN total END
    })`;

/** mentions = sum of MENTIONS counts; figures = texts of the entity's Figure nodes. */
export const RECOMPUTE_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (:Article)-[m:MENTIONS]->(e)
  RETURN sum(m.count) AS mentions
}
SET e.mentions = mentions,
    e.figures = COLLECT { MATCH (e)-[:HAS_FIGURE]->(f:Figure) RETURN f.text ORDER BY f.articleId, f.start }`;

/** Entities that an old article version alone held: nothing points at them any more. */
export const DELETE_ORPHAN_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (e)--() }
DELETE e`;
