// The scorer's document format (../shared/eval/README.md): gold answers and extractor output alike.
import { z } from 'zod';

export const EvalEntitySchema = z.looseObject({
  type: z.string(),
  name: z.string(),
  aliases: z.array(z.string()).optional(),
  eventType: z.string().optional(),
  participants: z.array(z.string()).optional(),
});
export const EvalRelationSchema = z.looseObject({
  source: z.string(),
  type: z.string(),
  target: z.string(),
  role: z.string().optional(),
});
export const EvalDocumentSchema = z.looseObject({
  document: z.string().optional(),
  entities: z.array(EvalEntitySchema).default([]),
  relations: z.array(EvalRelationSchema).default([]),
});

export type EvalEntity = z.infer<typeof EvalEntitySchema>;
export type EvalRelation = z.infer<typeof EvalRelationSchema>;
export type EvalDocument = z.infer<typeof EvalDocumentSchema>;
