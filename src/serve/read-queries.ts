// Every Cypher statement the serve API can run: fixed, parameterised, read-only text built once at
// load time from constants (never from a request). `assertReadOnly` guards the set at import and a
// test checks it too, so no route can write by construction (READ access mode alone is not enough).
import { RELATION_TYPES } from '../graph/ontology.js';

/** Typed relations between entities (MENTIONS and provenance links are not part of the drawn graph). */
const ALL_RELS = RELATION_TYPES.join('|');
const TYPED_RELS = RELATION_TYPES.filter((t) => t !== 'MENTIONED_WITH').join('|');

const LABEL = `head([l IN labels(n) WHERE l <> 'Entity'])`;
const DEGREE = `COUNT { (n)-[:${ALL_RELS}]-(:Entity) }`;
const NODE = (v: string) =>
  `${v} {.id, .name, .aliases, .mentions, .kind, .roles, .eventType, .date, ` +
  `label: head([l IN labels(${v}) WHERE l <> 'Entity']), degree: COUNT { (${v})-[:${ALL_RELS}]-(:Entity) }}`;
const EDGE = (r: string) =>
  `{id: ${r}.id, type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id, confidence: ${r}.confidence, ` +
  `count: ${r}.count, role: ${r}.role, items: ${r}.items, weight: ${r}.weight}`;
const EVIDENCE =
  `ev {.id, .relId, .relType, .sentence, .rule, .confidence, .start, .end, .hedged, .denied, .attributedTo, ` +
  `claimant: claimant.name, article: CASE WHEN a IS NULL THEN null ELSE a {.id, .title, .date, .source, .url} END}`;

export const Q = {
  stats: `
    CALL { MATCH (n:Entity) RETURN count(n) AS entities }
    CALL { MATCH (:Entity)-[r:${ALL_RELS}]->(:Entity) RETURN count(r) AS relations }
    CALL { MATCH (a:Article) RETURN count(a) AS articles }
    RETURN entities, relations, articles`,
  labelCounts: `
    MATCH (n:Entity) WITH ${LABEL} AS label RETURN label, count(*) AS count`,
  typeCounts: `
    MATCH (:Entity)-[r:${ALL_RELS}]->(:Entity) RETURN type(r) AS type, count(*) AS count`,

  /** Full-text search over names and aliases (index `entityNames`); `$query` is an escaped Lucene query;
   *  an exact name or alias match (`$exact`, lower case) comes first, then relevance lifted a little by mentions. */
  search: `
    CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node AS n, score
    WHERE n:Entity
    WITH n, score, toLower(n.name) = $exact OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $exact) AS exact
    RETURN n.id AS id, ${LABEL} AS label, n.name AS name, n.aliases AS aliases, n.mentions AS mentions, score
    ORDER BY exact DESC, score + 0.3 * log10(1 + coalesce(n.mentions, 0)) DESC, n.id
    LIMIT $limit`,

  /** The most connected entities (ties: most mentioned). */
  topEntities: `
    MATCH (n:Entity)
    WITH n, ${DEGREE} AS degree
    ORDER BY degree DESC, n.mentions DESC, n.id
    LIMIT $limit
    RETURN n.id AS id`,

  nodesByIds: `
    UNWIND $ids AS id
    MATCH (n:Entity {id: id})
    RETURN ${NODE('n')} AS node`,

  /** Relations among a set of entities, strongest first. */
  edgesAmong: `
    MATCH (a:Entity)-[r:${ALL_RELS}]->(b:Entity)
    WHERE a.id IN $ids AND b.id IN $ids AND coalesce(r.confidence, 0) >= $minConfidence
    RETURN ${EDGE('r')} AS edge
    ORDER BY r.confidence DESC, r.count DESC
    LIMIT $limit`,

  /** One hop out of a frontier: neighbours not yet seen, most connected first. */
  neighbours: `
    MATCH (a:Entity)-[r:${ALL_RELS}]-(b:Entity)
    WHERE a.id IN $ids AND NOT b.id IN $exclude AND coalesce(r.confidence, 0) >= $minConfidence
    WITH DISTINCT b
    WITH b, COUNT { (b)-[:${ALL_RELS}]-(:Entity) } AS degree
    ORDER BY degree DESC, b.mentions DESC, b.id
    RETURN b.id AS id
    LIMIT $limit`,

  countryIdsByName: `
    MATCH (n:Country) WHERE n.name IN $names
    RETURN n.id AS id, n.name AS name`,

  /** Entities that touch at least two of the anchors: what connects them. */
  connectors: `
    MATCH (a:Entity)-[:${ALL_RELS}]-(b:Entity)
    WHERE a.id IN $anchors AND NOT b.id IN $anchors
    WITH b, count(DISTINCT a) AS touching
    WHERE touching >= 2
    WITH b, touching, COUNT { (b)-[:${ALL_RELS}]-(:Entity) } AS degree
    ORDER BY touching DESC, degree DESC, b.id
    RETURN b.id AS id
    LIMIT $limit`,

  /** Shortest path over any relation, or over typed relations only (no co-occurrence). */
  pathAny: `
    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
    MATCH p = shortestPath((a)-[:${ALL_RELS}*..8]-(b))
    RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | r.id] AS rels`,
  pathTyped: `
    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
    MATCH p = shortestPath((a)-[:${TYPED_RELS}*..8]-(b))
    RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | r.id] AS rels`,
  edgesByIds: `
    UNWIND $pairs AS pair
    MATCH (a:Entity {id: pair[0]})-[r:${ALL_RELS}]-(b:Entity {id: pair[1]})
    WHERE r.id IN $rels
    RETURN DISTINCT ${EDGE('r')} AS edge`,

  nodeRelations: `
    MATCH (n:Entity {id: $id})-[r:${ALL_RELS}]-(m:Entity)
    RETURN r.id AS id, type(r) AS type, startNode(r) = n AS outgoing,
           m {.id, .name, label: head([l IN labels(m) WHERE l <> 'Entity'])} AS other,
           r.confidence AS confidence, r.count AS count, r.role AS role, r.items AS items
    ORDER BY type, r.confidence DESC, r.count DESC, m.name
    LIMIT $limit`,
  nodeRelationCount: `
    MATCH (n:Entity {id: $id})-[r:${ALL_RELS}]-(:Entity) RETURN count(r) AS total`,
  /** Claims first (deploys, supplies, attacks…), then structure (leads, located in…), co-occurrence last. */
  nodeEvidence: `
    MATCH (n:Entity {id: $id})-[r:${ALL_RELS}]-(:Entity)
    WITH DISTINCT r.id AS relId
    MATCH (ev:Evidence {relId: relId})
    OPTIONAL MATCH (ev)-[:FROM_ARTICLE]->(a:Article)
    OPTIONAL MATCH (claimant:Entity {id: ev.attributedTo})
    RETURN ${EVIDENCE} AS evidence
    ORDER BY CASE WHEN ev.relType = 'MENTIONED_WITH' THEN 2
                  WHEN ev.relType IN ['LEADS', 'MEMBER_OF', 'LOCATED_IN', 'PARTICIPATES_IN', 'OCCURRED_IN'] THEN 1
                  ELSE 0 END, ev.confidence DESC, ev.id
    SKIP $offset LIMIT $limit`,
  nodeEvidenceCount: `
    MATCH (n:Entity {id: $id})-[r:${ALL_RELS}]-(:Entity)
    WITH DISTINCT r.id AS relId
    MATCH (ev:Evidence {relId: relId})
    RETURN count(ev) AS total`,
  nodeArticles: `
    MATCH (a:Article)-[m:MENTIONS]->(n:Entity {id: $id})
    RETURN a {.id, .title, .date, .source, .url, count: m.count} AS article
    ORDER BY m.count DESC, a.date DESC
    LIMIT $limit`,
  // its own figures, and those of the deployments and wars it takes part in ("10,000 North Korean troops" is held
  // by North Korea's deployment: the same subjects as the conflicting-figures query)
  nodeFigures: `
    MATCH (n:Entity {id: $id})
    CALL (n) {
      MATCH (n)-[:HAS_FIGURE]->(f:Figure) RETURN f
      UNION
      MATCH (n)-[:PARTICIPATES_IN]->(e:Event)-[:HAS_FIGURE]->(f:Figure) WHERE e.eventType IN ['Deployment', 'War'] RETURN f
    }
    OPTIONAL MATCH (f)-[:FROM_ARTICLE]->(a:Article)
    OPTIONAL MATCH (c:Entity {id: f.attributedTo})
    RETURN f {.text, .value, .unit, .kind, .sentence, claimant: c.name,
              article: CASE WHEN a IS NULL THEN null ELSE a {.id, .title, .date, .source, .url} END} AS figure
    ORDER BY a.date, f.articleId, f.start
    LIMIT $limit`,

  /** An article's text, and where one of its evidence sentences sits in it (file offsets). */
  article: `
    MATCH (a:Article {id: $id})
    OPTIONAL MATCH (ev:Evidence {id: $evidence})-[:FROM_ARTICLE]->(a)
    RETURN a {.id, .title, .date, .source, .url, .file, .start, .text} AS article,
           CASE WHEN ev IS NULL THEN null ELSE ev {.start, .end, .sentence} END AS evidence`,

  /** An edge found from one of its endpoints (cheap), or by id alone (scans relations). */
  edgeFromSource: `
    MATCH (s:Entity {id: $source})-[r:${ALL_RELS}]-(:Entity)
    WHERE r.id = $id
    WITH r LIMIT 1
    WITH r, startNode(r) AS a, endNode(r) AS b
    RETURN r {.*, type: type(r), source: a.id, target: b.id} AS edge,
           a {.id, .name, label: head([l IN labels(a) WHERE l <> 'Entity'])} AS sourceNode,
           b {.id, .name, label: head([l IN labels(b) WHERE l <> 'Entity'])} AS targetNode`,
  edgeById: `
    MATCH (:Entity)-[r:${ALL_RELS}]->(:Entity)
    WHERE r.id = $id
    WITH r LIMIT 1
    WITH r, startNode(r) AS a, endNode(r) AS b
    RETURN r {.*, type: type(r), source: a.id, target: b.id} AS edge,
           a {.id, .name, label: head([l IN labels(a) WHERE l <> 'Entity'])} AS sourceNode,
           b {.id, .name, label: head([l IN labels(b) WHERE l <> 'Entity'])} AS targetNode`,
  edgeEvidence: `
    MATCH (ev:Evidence {relId: $id})
    OPTIONAL MATCH (ev)-[:FROM_ARTICLE]->(a:Article)
    OPTIONAL MATCH (claimant:Entity {id: ev.attributedTo})
    RETURN ${EVIDENCE} AS evidence
    ORDER BY ev.confidence DESC, a.date, ev.start
    SKIP $offset LIMIT $limit`,
  edgeEvidenceCount: `
    MATCH (ev:Evidence {relId: $id}) RETURN count(ev) AS total`,
} as const;

export type QueryName = keyof typeof Q;

/** Clauses that change the database or reach outside it; none may appear in a serve query. */
const WRITE_CLAUSES = /\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|LOAD\s+CSV|FOREACH|IN\s+TRANSACTIONS)\b|\bapoc\.|\bdbms\./i;

export function isReadOnlyCypher(text: string): boolean {
  const cypher = text.replace(/^\s*\/\/.*$/gm, ''); // whole-line comments (query headers) are not code
  // procedure calls other than the full-text query are refused too
  const calls = [...cypher.matchAll(/\bCALL\s+([A-Za-z_][\w.]*)\s*\(/g)].map((m) => m[1]);
  if (calls.some((c) => c !== 'db.index.fulltext.queryNodes')) return false;
  return !WRITE_CLAUSES.test(cypher);
}

export function assertReadOnly(queries: Record<string, string>): void {
  for (const [name, cypher] of Object.entries(queries)) {
    if (!isReadOnlyCypher(cypher)) throw new Error(`serve/read-queries: query "${name}" is not read-only`);
  }
}

assertReadOnly(Q);
