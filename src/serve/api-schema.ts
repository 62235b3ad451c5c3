// The JSON the serve API answers with: zod schemas shared by the server (which validates rows
// coming out of Neo4j before answering) and the viewer (which validates what it fetches).
// A leaf module: depends on zod and the ontology only, so the viewer bundle can import it.
import { z } from 'zod';
import { ENTITY_LABELS, RELATION_TYPES } from '../graph/ontology.js';

const optStr = z.string().nullish().transform((v) => v ?? undefined);
const optStrs = z.array(z.string()).nullish().transform((v) => v ?? undefined);
const optNum = z.number().nullish().transform((v) => v ?? undefined);

export const ApiNodeSchema = z.object({
  id: z.string(),
  label: z.enum(ENTITY_LABELS),
  name: z.string(),
  aliases: z.array(z.string()).nullish().transform((v) => v ?? []),
  mentions: z.number().nullish().transform((v) => v ?? 0),
  degree: z.number().nullish().transform((v) => v ?? 0),
  kind: optStr,
  roles: optStrs,
  eventType: optStr,
  date: optStr,
});
export type ApiNode = z.infer<typeof ApiNodeSchema>;

export const ApiEdgeSchema = z.object({
  id: z.string(),
  type: z.enum(RELATION_TYPES),
  source: z.string(),
  target: z.string(),
  confidence: z.number().nullish().transform((v) => v ?? 0),
  count: z.number().nullish().transform((v) => v ?? 1),
  role: optStr,
  items: optStrs,
  weight: optNum,
});
export type ApiEdge = z.infer<typeof ApiEdgeSchema>;

/** A bounded piece of the graph: `truncated` says the server left nodes out to stay under its limit. */
export const SubgraphSchema = z.object({
  nodes: z.array(ApiNodeSchema),
  edges: z.array(ApiEdgeSchema),
  truncated: z.boolean(),
  /** Entities in the whole database (overview) or candidates found (ego, lens) before the limit. */
  total: z.number().optional(),
  /** Ids the answer is about: the ego's centre, the path in order, the lens's anchors. */
  focus: z.array(z.string()).default([]),
});
export type Subgraph = z.infer<typeof SubgraphSchema>;

export const SearchHitSchema = z.object({
  id: z.string(),
  label: z.enum(ENTITY_LABELS),
  name: z.string(),
  aliases: z.array(z.string()).nullish().transform((v) => v ?? []),
  mentions: z.number().nullish().transform((v) => v ?? 0),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;
export const SearchResultSchema = z.object({ query: z.string(), hits: z.array(SearchHitSchema) });

export const ArticleRefSchema = z.object({
  id: z.string(),
  title: optStr,
  date: optStr,
  source: optStr,
  url: optStr,
});
export type ArticleRef = z.infer<typeof ArticleRefSchema>;

/** One sentence that supports an edge, with where it comes from and who claimed it. */
export const EvidenceItemSchema = z.object({
  id: z.string(),
  relId: z.string(),
  relType: z.string(),
  sentence: z.string(),
  rule: optStr,
  confidence: z.number().nullish().transform((v) => v ?? 0),
  start: optNum,
  end: optNum,
  hedged: z.boolean().nullish().transform((v) => v ?? false),
  denied: z.boolean().nullish().transform((v) => v ?? false),
  attributedTo: optStr,
  claimant: optStr, // the claimant's name, when attributedTo resolves to an entity
  article: ArticleRefSchema.nullish().transform((v) => v ?? undefined),
});
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

export const RelationRowSchema = z.object({
  id: z.string(),
  type: z.enum(RELATION_TYPES),
  outgoing: z.boolean(),
  other: z.object({ id: z.string(), name: z.string(), label: z.enum(ENTITY_LABELS) }),
  confidence: z.number().nullish().transform((v) => v ?? 0),
  count: z.number().nullish().transform((v) => v ?? 1),
  role: optStr,
  items: optStrs,
});
export type RelationRow = z.infer<typeof RelationRowSchema>;

export const PageSchema = z.object({ offset: z.number(), limit: z.number(), total: z.number() });

/** A number with its unit and who claimed it ("11,000 troops", according to the GUR), from one sentence. */
export const FigureRefSchema = z.object({
  text: z.string(),
  value: optNum,
  unit: optStr,
  /** what it counts: deployed, casualties, captured, unit-size, money, other */
  kind: optStr,
  sentence: optStr,
  claimant: optStr,
  article: ArticleRefSchema.nullish().transform((v) => v ?? undefined),
});
export type FigureRef = z.infer<typeof FigureRefSchema>;

export const NodeDetailsSchema = z.object({
  node: ApiNodeSchema,
  /** Relations grouped by type, strongest first; `relationsTotal` counts all of them. */
  relations: z.record(z.string(), z.array(RelationRowSchema)),
  relationsTotal: z.number(),
  evidence: z.array(EvidenceItemSchema),
  evidencePage: PageSchema,
  articles: z.array(ArticleRefSchema.extend({ count: z.number() })),
  figures: z.array(FigureRefSchema).default([]),
});
export type NodeDetails = z.infer<typeof NodeDetailsSchema>;

export const EdgeDetailsSchema = z.object({
  edge: ApiEdgeSchema.extend({
    articles: z.array(z.string()).default([]),
    rules: z.array(z.string()).default([]),
    firstSeen: optStr,
    lastSeen: optStr,
    sources: z.array(z.string()).default([]),
  }),
  sourceNode: z.object({ id: z.string(), name: z.string(), label: z.enum(ENTITY_LABELS) }),
  targetNode: z.object({ id: z.string(), name: z.string(), label: z.enum(ENTITY_LABELS) }),
  evidence: z.array(EvidenceItemSchema),
  evidencePage: PageSchema,
});
export type EdgeDetails = z.infer<typeof EdgeDetailsSchema>;

/** An article as text, with the span of the evidence sentence asked about (offsets into `text`). */
export const ArticleTextSchema = z.object({
  article: ArticleRefSchema.extend({ file: optStr }),
  text: z.string(),
  truncated: z.boolean(),
  highlight: z.object({ start: z.number(), end: z.number() }).nullable(),
});
export type ArticleText = z.infer<typeof ArticleTextSchema>;

export const StatsSchema = z.object({
  entities: z.number(),
  relations: z.number(),
  articles: z.number(),
  labels: z.record(z.string(), z.number()),
  relationTypes: z.record(z.string(), z.number()),
  limits: z.object({ maxNodes: z.number(), maxEdges: z.number() }),
});
export type Stats = z.infer<typeof StatsSchema>;

export const ApiErrorSchema = z.object({ error: z.string(), issues: z.array(z.string()).optional() });
