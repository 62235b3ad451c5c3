// The subgraph around focus entities, read from the store: breadth-first over typed relations (one
// query per hop), then the entities, every relation among them, its evidence, the figures of the
// entities, the articles all of it comes from and their MENTIONS. Rows are validated with zod.
import { z } from 'zod';
import { RELATION_TYPES, SYMMETRIC_TYPES, type RelationType } from '../graph/ontology.js';
import { UsageError } from '../errors.js';
import { resolveEntity } from '../query/entities.js';
import type { Store } from '../store/store.js';
import {
  SubgraphArticleSchema, SubgraphEdgeSchema, SubgraphEvidenceSchema, SubgraphFigureSchema, SubgraphMentionSchema,
  SubgraphNodeSchema, SubgraphSchema, type Subgraph,
} from './types.js';

export interface SubgraphRequest {
  /** names, aliases or ids */
  focus: string[];
  hops: number;
  /** relation types to follow and keep; empty: every type except MENTIONED_WITH */
  types: RelationType[];
  minConfidence: number;
  title?: string;
  /** stop widening once this many entities are reached (default 500) */
  maxNodes?: number;
}

export const DEFAULT_EXPORT_TYPES: RelationType[] = RELATION_TYPES.filter((t) => t !== 'MENTIONED_WITH');

const NEIGHBOURS = `
UNWIND $frontier AS id
MATCH (n:Entity {id: id})-[r]-(m:Entity)
WHERE type(r) IN $types AND coalesce(r.confidence, 0) >= $minConfidence
RETURN DISTINCT m.id AS id, m.mentions AS mentions
ORDER BY mentions DESC, id`;

const NODES = `
MATCH (e:Entity) WHERE e.id IN $ids
RETURN e.id AS id, head([l IN labels(e) WHERE l <> 'Entity']) AS label, e.name AS name, e.aliases AS aliases,
  e.mentions AS mentions, e.kind AS kind, e.roles AS roles, e.eventType AS eventType, e.date AS date,
  e.participants AS participants`;

const EDGES = `
MATCH (s:Entity)-[r]->(t:Entity)
WHERE s.id IN $ids AND t.id IN $ids AND type(r) IN $types AND coalesce(r.confidence, 0) >= $minConfidence
RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target, r.count AS count, r.confidence AS confidence,
  r.articles AS articles, r.role AS role, r.items AS items, r.weight AS weight, r.firstSeen AS firstSeen,
  r.lastSeen AS lastSeen, r.sources AS sources`;

const EVIDENCE = `
UNWIND $relIds AS relId
MATCH (ev:Evidence {relId: relId})-[:FROM_ARTICLE]->(a:Article)
OPTIONAL MATCH (c:Entity {id: ev.attributedTo})
RETURN relId, ev.id AS id, a.id AS articleId, ev.sentence AS sentence, ev.start AS start, ev.end AS end,
  ev.rule AS rule, ev.confidence AS confidence, ev.attributedTo AS attributedTo, c.name AS attributedToName,
  coalesce(ev.hedged, false) AS hedged, coalesce(ev.denied, false) AS denied
ORDER BY relId, a.date, a.id, ev.start, ev.id`;

const FIGURES = `
MATCH (e:Entity)-[:HAS_FIGURE]->(f:Figure) WHERE e.id IN $ids
OPTIONAL MATCH (f)-[:CLAIMED_BY]->(c:Entity)
RETURN e.id AS entityId, f.id AS id, f.value AS value, f.unit AS unit, f.text AS text, f.articleId AS articleId,
  f.sentence AS sentence, f.start AS start, f.end AS end, f.attributedTo AS attributedTo, c.name AS attributedToName
ORDER BY entityId, f.articleId, f.start, f.id`;

const ARTICLES = `
MATCH (a:Article) WHERE a.id IN $ids
RETURN a.id AS id, a.key AS key, a.file AS file, a.title AS title, a.date AS date, a.source AS source, a.url AS url
ORDER BY a.date, a.id`;

const MENTIONS = `
MATCH (a:Article)-[m:MENTIONS]->(e:Entity) WHERE a.id IN $articles AND e.id IN $ids
RETURN a.id AS articleId, e.id AS entityId, m.count AS count
ORDER BY articleId, entityId`;

const NodeRow = SubgraphNodeSchema.omit({ figures: true, focus: true });
const EdgeRow = SubgraphEdgeSchema.omit({ symmetric: true, evidence: true });
const EvidenceRow = SubgraphEvidenceSchema.extend({ relId: z.string() });
const FigureRow = SubgraphFigureSchema.extend({ entityId: z.string() });

export async function fetchSubgraph(store: Store, request: SubgraphRequest): Promise<Subgraph> {
  if (request.focus.length === 0) throw new UsageError('export: give at least one --focus entity');
  if (!Number.isInteger(request.hops) || request.hops < 0) throw new UsageError(`export: --hops must be a whole number ≥ 0 (got ${request.hops})`);
  const types = request.types.length ? request.types : DEFAULT_EXPORT_TYPES;
  const maxNodes = request.maxNodes ?? 500;
  const focus = [];
  for (const name of request.focus) focus.push(await resolveEntity(store, name, 'entity (--focus)'));
  const focusIds = new Set(focus.map((f) => f.id));

  const ids = new Set(focusIds);
  let frontier = [...focusIds];
  for (let hop = 0; hop < request.hops && frontier.length && ids.size < maxNodes; hop++) {
    const rows = await store.read(NEIGHBOURS, { frontier, types, minConfidence: request.minConfidence }, z.object({ id: z.string() }));
    frontier = [];
    for (const { id } of rows) {
      if (ids.has(id) || ids.size >= maxNodes) continue;
      ids.add(id);
      frontier.push(id);
    }
  }
  const idList = [...ids];
  const params = { ids: idList, types, minConfidence: request.minConfidence };
  const nodes = await store.read(NODES, params, NodeRow);
  const edges = await store.read(EDGES, params, EdgeRow);
  const evidence = await store.read(EVIDENCE, { relIds: edges.map((e) => e.id) }, EvidenceRow);
  const figures = await store.read(FIGURES, params, FigureRow);

  const evidenceByRel = new Map<string, z.infer<typeof EvidenceRow>[]>();
  for (const ev of evidence) evidenceByRel.set(ev.relId, [...(evidenceByRel.get(ev.relId) ?? []), ev]);
  const figuresByEntity = new Map<string, z.infer<typeof FigureRow>[]>();
  for (const f of figures) figuresByEntity.set(f.entityId, [...(figuresByEntity.get(f.entityId) ?? []), f]);

  const articleIds = [...new Set([...evidence.map((e) => e.articleId), ...figures.map((f) => f.articleId)])];
  const articles = await store.read(ARTICLES, { ids: articleIds }, SubgraphArticleSchema);
  const mentions = await store.read(MENTIONS, { articles: articleIds, ids: idList }, SubgraphMentionSchema);

  const names = focus.map((f) => f.name);
  return SubgraphSchema.parse({
    title: request.title ?? `${names.join(', ')}: ${request.hops}-hop network`,
    generatedAt: new Date().toISOString(),
    scope: { focus: names, hops: request.hops, types: request.types, minConfidence: request.minConfidence },
    nodes: nodes.map((n) => ({ ...n, focus: focusIds.has(n.id), figures: (figuresByEntity.get(n.id) ?? []).map(({ entityId: _e, ...f }) => f) })),
    edges: edges.map((e) => ({
      ...e,
      symmetric: SYMMETRIC_TYPES.has(e.type),
      evidence: (evidenceByRel.get(e.id) ?? []).map(({ relId: _r, ...ev }) => ev),
    })),
    articles,
    mentions,
  });
}
