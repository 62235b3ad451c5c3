// The extraction contract: what the extractor emits for one article, what the store writes, what
// exports and the viewer read. zod schemas so data crossing a boundary (files, workers, Neo4j rows)
// is validated; inferred types inside.
import { z } from 'zod';
import { ENTITY_LABELS, EVENT_TYPES, FIGURE_KINDS, RELATION_TYPES } from './ontology.js';

/** One source document (several may come from one file). Offsets point into the original file. */
export const ArticleSchema = z.object({
  id: z.string().min(1), // content hash of the article's text (stable across re-ingest of unchanged text)
  key: z.string().min(1), // identity across edits: url if known, else `${basename(file)}#${index}`; a changed text keeps its key
  file: z.string(), // path of the original file, as given
  index: z.number().int().nonnegative(), // position of the article inside its file
  title: z.string().optional(),
  date: z.string().optional(), // ISO 8601 date when known
  source: z.string().optional(), // outlet
  url: z.string().optional(),
  start: z.number().int().nonnegative(), // offset of the article's text in the original file
  end: z.number().int().nonnegative(),
  text: z.string(), // the article's text exactly as in the file between start and end
  // Ranges [start, end) of the file inside the article that are not article text (paragraphs repeated
  // verbatim, boilerplate, bylines): extraction ignores them (see load/mask.ts maskSkipped).
  skip: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])).optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

/** Why an edge exists: one sentence of one article, and the rule that read it. */
export const EvidenceSchema = z.object({
  articleId: z.string(),
  sentence: z.string(),
  start: z.number().int().nonnegative(), // character offsets into the article's original file
  end: z.number().int().nonnegative(),
  rule: z.string(), // name of the rule / pattern that produced the edge
  confidence: z.number().min(0).max(1),
  attributedTo: z.string().optional(), // entity id of the claimant ("according to the GUR")
  hedged: z.boolean().optional(), // reportedly, allegedly, may, could, expected to, possible
  denied: z.boolean().optional(), // denied, rejected the claim, refuted
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A number with its unit and claimant: "10,000 troops" according to the Pentagon. */
export const FigureSchema = z.object({
  value: z.number(),
  unit: z.string(), // troops, soldiers, drones, USD, prisoners, ...
  kind: z.enum(FIGURE_KINDS).optional(), // deployed, casualties, captured, unit-size, money, other
  text: z.string(), // surface form: "10,000 troops", "$400 million"
  attributedTo: z.string().optional(), // entity id of the claimant
  articleId: z.string(),
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Figure = z.infer<typeof FigureSchema>;

export const EntitySchema = z.object({
  id: z.string().min(1), // stable: derived from label + canonical name (see resolve/ids.ts)
  label: z.enum(ENTITY_LABELS),
  name: z.string().min(1), // canonical
  aliases: z.array(z.string()), // every surface form seen
  mentions: z.number().int().nonnegative(),
  kind: z.string().optional(), // Place: city|region|sea|continent|base|...; Organization: alliance|agency|media|...
  roles: z.array(z.string()).optional(), // Person: titles seen with the name ("President", "Defense Minister")
  eventType: z.enum(EVENT_TYPES).optional(), // Event only
  date: z.string().optional(), // Event only, when the text gives one
  participants: z.array(z.string()).optional(), // Event only: entity ids
  figures: z.array(FigureSchema).optional(), // Event only (also usable on others)
});
export type Entity = z.infer<typeof EntitySchema>;

export const RelationSchema = z.object({
  id: z.string().min(1), // stable: type + endpoint ids (sorted for symmetric types)
  type: z.enum(RELATION_TYPES),
  source: z.string(), // entity id
  target: z.string(), // entity id
  role: z.string().optional(), // LEADS / MEMBER_OF / PARTICIPATES_IN
  items: z.array(z.string()).optional(), // SUPPLIES
  weight: z.number().optional(), // MENTIONED_WITH: co-occurrence count
  confidence: z.number().min(0).max(1),
  evidence: z.array(EvidenceSchema).min(1),
  rules: z.array(z.string()).optional(), // every rule or pattern id that produced it, best first
});
export type Relation = z.infer<typeof RelationSchema>;

/** Everything extracted from one article: the unit of ingest (one transaction per article). */
export const ArticleGraphSchema = z.object({
  article: ArticleSchema,
  entities: z.array(EntitySchema),
  relations: z.array(RelationSchema),
  /** Article -[:MENTIONS {count}]-> entity */
  mentions: z.array(z.object({ entityId: z.string(), count: z.number().int().positive() })),
});
export type ArticleGraph = z.infer<typeof ArticleGraphSchema>;
