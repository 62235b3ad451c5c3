// zod schemas for every parameter the API accepts (query strings and path segments). Anything not
// listed is rejected (strict objects), numbers are bounded, ids are short plain strings.
import { z } from 'zod';

const entityId = z.string().min(1).max(300);
const int = (min: number, max: number, def: number) => z.coerce.number().int().min(min).max(max).default(def);
const confidence = z.coerce.number().min(0).max(1).default(0);
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const SearchParams = z.strictObject({
  q: z.string().trim().min(1).max(200),
  limit: int(1, 25, 10),
});

export const OverviewParams = z.strictObject({
  limit: int(1, 2000, 150),
  minConfidence: confidence,
});

export const LensParams = OverviewParams;

export const EgoParams = z.strictObject({
  id: entityId,
  hops: int(1, 3, 1),
  limit: int(1, 2000, 120),
  minConfidence: confidence,
});

export const PathParams = z.strictObject({
  from: entityId,
  to: entityId,
  typedOnly: flag.default(false),
});

export const NodeParams = z.strictObject({
  id: entityId,
  offset: int(0, 1_000_000, 0),
  limit: int(1, 200, 50),
});

export const EdgeParams = z.strictObject({
  id: z.string().min(1).max(1000),
  source: entityId.optional(),
  offset: int(0, 1_000_000, 0),
  limit: int(1, 200, 100),
});

export const ArticleParams = z.strictObject({
  id: z.string().min(1).max(300),
  evidence: z.string().min(1).max(1500).optional(),
});

export const NamedQueryParams = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/),
});

export const ReportBody = z.strictObject({
  title: z.string().max(200).optional(),
  nodes: z.array(entityId).min(1).max(500),
});

/** zod issues → short lines naming the parameter: "limit: Too big: expected number to be <=25". */
export function issueLines(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(params)'}: ${i.message}`);
}
