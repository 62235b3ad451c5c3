// The Cypher of the article write (docs/STORAGE.md). Labels and relationship types are interpolated only
// from the ontology's fixed lists (checked by the callers); every value is a parameter.
import { ENTITY_LABELS, RELATION_TYPES, type RelationType } from '../graph/ontology.js';

/** Most distinct evidence sentences kept on a relationship (all of them stay as Evidence nodes). */
export const MAX_EVIDENCE_SENTENCES = 20;

// Every statement works on a batch of whole articles: rows carry their `articleId` (or `key`).

/** For each article of the batch: the id stored under its key, and the key its text is stored under. */
export const FIND_ARTICLES = `
UNWIND $articles AS x
OPTIONAL MATCH (old:Article {key: x.key})
OPTIONAL MATCH (same:Article {id: x.id})
RETURN x.key AS key, old.id AS oldId, same.key AS sameKey`;

/** What the old versions of replaced articles touch, before they are deleted. */
export const OLD_ARTICLES_RELATIONS = `
UNWIND $keys AS key
MATCH (:Article {key: key})<-[:FROM_ARTICLE]-(ev:Evidence)
RETURN DISTINCT ev.relId AS id, ev.relType AS type, ev.source AS source, ev.target AS target`;

export const OLD_ARTICLES_ENTITIES = `
UNWIND $keys AS key
MATCH (a:Article {key: key})
RETURN key, COLLECT {
  MATCH (a)-[:MENTIONS]->(e:Entity) RETURN e.id AS id
  UNION MATCH (a)<-[:FROM_ARTICLE]-(:Figure)<-[:HAS_FIGURE]-(e:Entity) RETURN e.id AS id
  UNION MATCH (a)<-[:FROM_ARTICLE]-(ev:Evidence) UNWIND [ev.source, ev.target] AS id RETURN id
} AS ids`;

export const DELETE_ARTICLES = `
UNWIND $keys AS key
MATCH (a:Article {key: key})
CALL (a) { MATCH (x)-[:FROM_ARTICLE]->(a) DETACH DELETE x }
DETACH DELETE a`;

// Article, MENTIONS, Evidence and Figures are CREATEd: FIND_ARTICLES has established that no article of the
// batch is stored (an old version under the same key was deleted first), and Evidence/Figure ids contain the
// article id. The uniqueness constraints still guard against a concurrent writer (the batch then fails).
export const CREATE_ARTICLES = `
UNWIND $rows AS row
CREATE (a:Article)
SET a = row`;

const union = (prop: string, incoming: string) =>
  `n.${prop} = reduce(acc = coalesce(n.${prop}, []), x IN ${incoming} | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;

// One statement for all labels and one for all relationship types (not one per label/type): each distinct
// statement is compiled, and re-planned as the graph grows, by the server; on a fresh server that is most of
// the cost of the first batches. Labels and types are spelled out from the ontology's lists, never from input.

/** Rows carry their `label` (one of ENTITY_LABELS, checked by the caller). */
export const MERGE_ENTITIES = `
UNWIND $rows AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.mentions = 0
${ENTITY_LABELS.map((l) => `FOREACH (_ IN CASE WHEN e.label = '${l}' THEN [1] ELSE [] END | SET n:${l})`).join('\n')}
SET n.name = e.name,
    ${union('aliases', 'e.aliases')},
    ${union('roles', 'e.roles')},
    ${union('participants', 'e.participants')},
    n.kind = coalesce(e.kind, n.kind),
    n.eventType = coalesce(e.eventType, n.eventType),
    n.date = coalesce(e.date, n.date)`;

export const CREATE_MENTIONS = `
UNWIND $rows AS m
MATCH (a:Article {id: m.articleId})
MATCH (e:Entity {id: m.entityId})
CREATE (a)-[:MENTIONS {count: m.count}]->(e)`;

export const CREATE_EVIDENCE = `
UNWIND $rows AS ev
MATCH (a:Article {id: ev.articleId})
CREATE (x:Evidence)
SET x = ev, x.confidence = toFloat(ev.confidence)
CREATE (x)-[:FROM_ARTICLE]->(a)`;

export const CREATE_FIGURES = `
UNWIND $rows AS f
MATCH (a:Article {id: f.articleId})
MATCH (e:Entity {id: f.entityId})
CREATE (x:Figure)
SET x = f {.id, .unit, .kind, .text, .attributedTo, .articleId, .sentence, .start, .end}, x.value = toFloat(f.value)
CREATE (e)-[:HAS_FIGURE]->(x)
CREATE (x)-[:FROM_ARTICLE]->(a)
WITH x, f WHERE f.attributedTo IS NOT NULL
MATCH (c:Entity {id: f.attributedTo})
CREATE (x)-[:CLAIMED_BY]->(c)`;

/** The relationship `r` of row `rel` ({type, id, source, target}), found or merged by its TYPE. */
const byType = (verb: 'MATCH' | 'MERGE') => `
UNWIND $rows AS rel
MATCH (s:Entity {id: rel.source})
MATCH (t:Entity {id: rel.target})
CALL (s, t, rel) {
  ${RELATION_TYPES.map((type) => `WITH s, t, rel WHERE rel.type = '${type}' ${verb} (s)-[r:${type} {id: rel.id}]->(t) RETURN r`).join('\n  UNION ALL\n  ')}
}`;

/** Rows carry their `type` (one of RELATION_TYPES, checked by the caller). */
export const MERGE_RELATIONS = `${byType('MERGE')}
RETURN count(r) AS merged`;

// A relationship is found from its endpoints (unique index seeks) and its TYPE: a typed Expand(Into) reads
// only that type's relationships of the two nodes, not all relationships of a hub.
const matchRelation = (type: RelationType) => `
UNWIND $rows AS rel
MATCH (s:Entity {id: rel.source})-[r:${type} {id: rel.id}]->(t:Entity {id: rel.target})`;

/** Relationships an old article version held that are left without any Evidence. */
export const deleteEmptyRelations = (type: RelationType) => `${matchRelation(type)}
WITH r WHERE NOT EXISTS { MATCH (ev:Evidence {relId: r.id}) }
DELETE r`;

/**
 * Relationship aggregates recomputed from the Evidence nodes of each relationship (once per batch of articles): writing an article twice, or replacing it, never doubles anything. One pass over the
 * evidence, oldest article first: `role` is the most frequent role (ties: the smallest), `weight` the sum
 * over articles of each article's largest weight (an article's evidence rows are adjacent in that order).
 */
export const RECOMPUTE_RELATIONS = `${byType('MATCH')}
CALL (r) {
  MATCH (ev:Evidence {relId: r.id})-[:FROM_ARTICLE]->(a:Article)
  WITH ev, a ORDER BY a.date, a.id, ev.start, ev.id
  RETURN count(ev) AS n,
         collect(DISTINCT a.id) AS articles,
         collect(DISTINCT ev.sentence)[..${MAX_EVIDENCE_SENTENCES}] AS evidence,
         collect(DISTINCT ev.rule) AS rules,
         max(ev.confidence) AS confidence,
         min(a.date) AS firstSeen,
         max(a.date) AS lastSeen,
         collect(DISTINCT a.source) AS sources,
         reduce(acc = [], xs IN collect(ev.items) | acc + [x IN xs WHERE NOT x IN acc]) AS items,
         collect(DISTINCT ev.role) AS roleSet,
         collect(ev.role) AS roles,
         collect(CASE WHEN ev.weight IS NOT NULL THEN [ev.articleId, ev.weight] END) AS weights
}
WITH r, n, articles, evidence, rules, confidence, firstSeen, lastSeen, sources, items, roleSet, roles, weights
WHERE n > 0
WITH r, n, articles, evidence, rules, confidence, firstSeen, lastSeen, sources, items, weights,
     reduce(best = [null, 0], p IN [x IN roleSet | [x, size([y IN roles WHERE y = x])]] |
            CASE WHEN p[1] > best[1] OR (p[1] = best[1] AND p[0] < best[0]) THEN p ELSE best END)[0] AS role,
     reduce(acc = [0, null, null], w IN weights |
            CASE WHEN w[0] = acc[1] THEN [acc[0], acc[1], CASE WHEN w[1] > acc[2] THEN w[1] ELSE acc[2] END]
                 ELSE [acc[0] + coalesce(acc[2], 0), w[0], w[1]] END) AS perArticle
SET r.count = n,
    r.articles = articles,
    r.evidence = evidence,
    r.rules = rules,
    r.confidence = confidence,
    r.firstSeen = firstSeen,
    r.lastSeen = lastSeen,
    r.sources = sources,
    r.items = items,
    r.role = role,
    r.weight = CASE WHEN size(weights) > 0 THEN perArticle[0] + perArticle[2] END`;

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
