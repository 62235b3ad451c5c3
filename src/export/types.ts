// What an export is made of: a subgraph fetched from the store (entities, their typed relations
// with every piece of evidence, the articles it comes from). A leaf module: zod schemas for the
// rows that cross the Neo4j boundary, inferred types inside.
import { z } from 'zod';
import { ENTITY_LABELS, EVENT_TYPES, RELATION_TYPES } from '../graph/ontology.js';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv', 'cypher', 'md', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const optionalString = z.string().nullish().transform((v) => v ?? undefined);
/** A list that Neo4j may hold as null or not at all (empty lists are left unset). */
const stringList = () => z.array(z.string()).nullish().transform((v) => v ?? []);

export const SubgraphFigureSchema = z.object({
  id: z.string(),
  value: z.number(),
  unit: z.string(),
  text: z.string(),
  articleId: z.string(),
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  attributedTo: optionalString, // entity id of the claimant
  attributedToName: optionalString,
});
export type SubgraphFigure = z.infer<typeof SubgraphFigureSchema>;

export const SubgraphNodeSchema = z.object({
  id: z.string().min(1),
  label: z.enum(ENTITY_LABELS),
  name: z.string().min(1),
  aliases: stringList(),
  mentions: z.number().int().nonnegative().default(0),
  kind: optionalString,
  roles: stringList(),
  eventType: z.enum(EVENT_TYPES).nullish().transform((v) => v ?? undefined),
  date: optionalString,
  figures: z.array(SubgraphFigureSchema).default([]),
  participants: stringList(), // Event only: entity ids
  focus: z.boolean().default(false), // one of the entities the export was asked about
});
export type SubgraphNode = z.infer<typeof SubgraphNodeSchema>;
export type SubgraphNodeInput = z.input<typeof SubgraphNodeSchema>;

export const SubgraphEvidenceSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string(),
  confidence: z.number().min(0).max(1),
  attributedTo: optionalString, // entity id of the claimant
  attributedToName: optionalString,
  hedged: z.boolean().default(false),
  denied: z.boolean().default(false),
});
export type SubgraphEvidence = z.infer<typeof SubgraphEvidenceSchema>;

export const SubgraphEdgeSchema = z.object({
  id: z.string().min(1),
  type: z.enum(RELATION_TYPES),
  source: z.string(),
  target: z.string(),
  symmetric: z.boolean(),
  count: z.number().int().nonnegative(),
  confidence: z.number().min(0).max(1),
  articles: stringList(),
  role: optionalString,
  items: stringList(),
  weight: z.number().nullish().transform((v) => v ?? undefined),
  firstSeen: optionalString,
  lastSeen: optionalString,
  sources: stringList(),
  evidence: z.array(SubgraphEvidenceSchema).default([]),
});
export type SubgraphEdge = z.infer<typeof SubgraphEdgeSchema>;
export type SubgraphEdgeInput = z.input<typeof SubgraphEdgeSchema>;

export const SubgraphArticleSchema = z.object({
  id: z.string(),
  key: optionalString,
  file: optionalString,
  title: optionalString,
  date: optionalString,
  source: optionalString,
  url: optionalString,
});
export type SubgraphArticle = z.infer<typeof SubgraphArticleSchema>;

/** How the subgraph was chosen, for the report's "what it covers" and for re-running it. */
export const SubgraphScopeSchema = z.object({
  focus: z.array(z.string()), // canonical names of the focus entities
  hops: z.number().int().nonnegative(),
  types: z.array(z.enum(RELATION_TYPES)).default([]), // empty: all types
  minConfidence: z.number().min(0).max(1).default(0),
});
export type SubgraphScope = z.infer<typeof SubgraphScopeSchema>;

/** Article -[:MENTIONS {count}]-> entity, for the articles and entities in the subgraph. */
export const SubgraphMentionSchema = z.object({
  articleId: z.string(),
  entityId: z.string(),
  count: z.number().int().positive(),
});
export type SubgraphMention = z.infer<typeof SubgraphMentionSchema>;

export const SubgraphSchema = z.object({
  title: z.string(),
  generatedAt: z.string(), // ISO timestamp
  scope: SubgraphScopeSchema,
  nodes: z.array(SubgraphNodeSchema),
  edges: z.array(SubgraphEdgeSchema),
  articles: z.array(SubgraphArticleSchema),
  mentions: z.array(SubgraphMentionSchema).default([]),
});
export type Subgraph = z.infer<typeof SubgraphSchema>;
export type SubgraphInput = z.input<typeof SubgraphSchema>;
