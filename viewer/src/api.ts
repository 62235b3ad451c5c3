// The viewer's side of the serve API: typed fetches validated with the server's own zod schemas.
import { z } from 'zod';
import {
  ArticleTextSchema, EdgeDetailsSchema, NodeDetailsSchema, SearchResultSchema, StatsSchema, SubgraphSchema,
} from '../../src/serve/api-schema.js';
import type { ArticleText, EdgeDetails, NodeDetails, SearchHit, Stats, Subgraph } from '../../src/serve/api-schema.js';

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function get<S extends z.ZodType>(path: string, params: Record<string, string | number | boolean | undefined>, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) qs.set(k, String(v));
  const url = qs.size ? `${path}?${qs}` : path;
  const res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  const body: unknown = await res.json().catch(() => ({}));
  if (!res.ok) {
    const b = body as { error?: string; issues?: string[] };
    throw new ApiError(res.status, [b.error ?? res.statusText, ...(b.issues ?? [])].join(': '));
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(500, `unexpected answer from ${path}: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

const enc = encodeURIComponent;

export const api = {
  stats: (): Promise<Stats> => get('/api/stats', {}, StatsSchema),
  search: async (q: string, signal?: AbortSignal): Promise<SearchHit[]> => (await get('/api/search', { q, limit: 8 }, SearchResultSchema, signal)).hits,
  overview: (limit = 250): Promise<Subgraph> => get('/api/overview', { limit }, SubgraphSchema),
  alliance: (limit = 150): Promise<Subgraph> => get('/api/lens/alliance', { limit }, SubgraphSchema),
  ego: (id: string, hops = 1, limit = 120): Promise<Subgraph> => get(`/api/ego/${enc(id)}`, { hops, limit }, SubgraphSchema),
  path: (from: string, to: string, typedOnly: boolean): Promise<Subgraph> => get('/api/path', { from, to, typedOnly }, SubgraphSchema),
  node: (id: string, offset = 0, limit = 50): Promise<NodeDetails> => get(`/api/node/${enc(id)}`, { offset, limit }, NodeDetailsSchema),
  edge: (id: string, source?: string, offset = 0, limit = 100): Promise<EdgeDetails> => get(`/api/edge/${enc(id)}`, { source, offset, limit }, EdgeDetailsSchema),
  article: (id: string, evidence?: string): Promise<ArticleText> => get(`/api/article/${enc(id)}`, { evidence }, ArticleTextSchema),
  async report(nodes: string[], title: string): Promise<Blob> {
    const res = await fetch('/api/report', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ nodes, title }) });
    if (!res.ok) {
      const b = (await res.json().catch(() => ({}))) as { error?: string };
      throw new ApiError(res.status, b.error ?? res.statusText);
    }
    return res.blob();
  },
};
