// createApp(deps): the viewer's HTTP server — a JSON API over the store and the built page.
// node:http rather than a framework: a dozen GET routes with zod-validated params need no more than
// a route table, and staying dependency-free keeps the attack surface and install small.
// Nothing here writes: the only database access is GraphReader (fixed read-only queries run with
// the store's read) and the optional named-query runner, which refuses non-read-only Cypher.
//
// Routes (answers: src/serve/api-schema.ts; parameters: src/serve/params.ts; 400 names the bad one):
//   GET  /api/stats                                   counts by label and relation type, the server's limits
//   GET  /api/search?q=&limit≤25                      full-text autocomplete over names and aliases
//   GET  /api/overview?limit&minConfidence            whole graph when small, else the most connected entities
//   GET  /api/lens/alliance?limit&minConfidence       Russia, North Korea, Iran, China + entities touching two of them
//   GET  /api/ego/:id?hops≤3&limit&minConfidence      breadth-first neighbourhood
//   GET  /api/path?from&to&typedOnly                  shortest path (≤ 8 hops), `focus` = the path in order
//   GET  /api/node/:id?offset&limit≤200               aliases, roles, figures, relations by type, evidence page, articles
//   GET  /api/edge/:id?source&offset&limit≤200        one relation and its evidence (source: an endpoint, faster)
//   GET  /api/article/:id?evidence                    the article as text (≤ 300k chars), the evidence's span in it
//   GET  /api/queries, /api/queries/:name?<params>    the cypher/ library, parameters typed by each query's header
//   POST /api/report {nodes: ids≤500, title}          the export feature's html report for those entities
//   GET  /, /assets/*                                 the built viewer (viewer/dist)
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { z } from 'zod';
import { GraphReader } from './graph-reader.js';
import type { Limits, ReadGraph } from './graph-reader.js';
import { HttpError, readJsonBody, sendJson, sendText } from './http.js';
import {
  ArticleParams, EdgeParams, EgoParams, issueLines, LensParams, NamedQueryParams, NodeParams, OverviewParams, PathParams,
  ReportBody, SearchParams,
} from './params.js';
import { serveStatic } from './static-files.js';
import type { NamedQueries, ReportRenderer } from './extensions.js';

export interface AppDeps {
  db: ReadGraph;
  /** Built viewer (viewer/dist); when missing the API still works and "/" explains how to build. */
  viewerDir: string;
  limits?: Partial<Limits>;
  /** The cypher/ library, read-only queries only (see extensions.ts). */
  namedQueries?: NamedQueries;
  /** The export feature's html report for a set of entities. */
  renderReport?: ReportRenderer;
  /** Host names accepted in the Host header (DNS-rebinding guard); empty = any. */
  allowedHosts?: string[];
  log?: (line: string) => void;
}

export const DEFAULT_LIMITS: Limits = { maxNodes: 500, maxEdges: 3000 };

type Handler = (ctx: { req: IncomingMessage; res: ServerResponse; params: Record<string, string>; query: Record<string, string> }) => Promise<unknown>;
interface Route { method: 'GET' | 'POST'; pattern: RegExp; keys: string[]; handler: Handler }

function route(method: Route['method'], path: string, handler: Handler): Route {
  const keys: string[] = [];
  const pattern = new RegExp(`^${path.replace(/:(\w+)/g, (_, k: string) => { keys.push(k); return '([^/]+)'; })}$`);
  return { method, pattern, keys, handler };
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new HttpError(400, 'invalid parameters', issueLines(result.error));
  return result.data;
}

function found<T>(value: T | null, what: string): T {
  if (value === null) throw new HttpError(404, `${what} not found`);
  return value;
}

export function createApp(deps: AppDeps): Server {
  const limits: Limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const graph = new GraphReader(deps.db, limits);
  const allowed = new Set((deps.allowedHosts ?? []).map((h) => h.toLowerCase()));

  const routes: Route[] = [
    route('GET', '/api/stats', async () => graph.stats()),
    route('GET', '/api/search', async ({ query }) => {
      const p = parse(SearchParams, query);
      return { query: p.q, hits: await graph.search(p.q, p.limit) };
    }),
    route('GET', '/api/overview', async ({ query }) => {
      const p = parse(OverviewParams, query);
      return graph.overview(p.limit, p.minConfidence);
    }),
    route('GET', '/api/lens/alliance', async ({ query }) => {
      const p = parse(LensParams, query);
      return graph.alliance(p.limit, p.minConfidence);
    }),
    route('GET', '/api/ego/:id', async ({ params, query }) => {
      const p = parse(EgoParams, { ...query, ...params });
      return found(await graph.ego(p.id, p.hops, p.limit, p.minConfidence), `entity "${p.id}"`);
    }),
    route('GET', '/api/path', async ({ query }) => {
      const p = parse(PathParams, query);
      return found(await graph.path(p.from, p.to, p.typedOnly), `path between "${p.from}" and "${p.to}"`);
    }),
    route('GET', '/api/node/:id', async ({ params, query }) => {
      const p = parse(NodeParams, { ...query, ...params });
      return found(await graph.nodeDetails(p.id, p.offset, p.limit), `entity "${p.id}"`);
    }),
    route('GET', '/api/edge/:id', async ({ params, query }) => {
      const p = parse(EdgeParams, { ...query, ...params });
      return found(await graph.edgeDetails(p.id, p.source, p.offset, p.limit), `relation "${p.id}"`);
    }),
    route('GET', '/api/article/:id', async ({ params, query }) => {
      const p = parse(ArticleParams, { ...query, ...params });
      return found(await graph.article(p.id, p.evidence, 300_000), `article "${p.id}"`);
    }),
    route('GET', '/api/queries', async () => ({ queries: deps.namedQueries?.list() ?? [] })),
    route('GET', '/api/queries/:name', async ({ params, query }) => {
      const { name } = parse(NamedQueryParams, params);
      if (!deps.namedQueries) throw new HttpError(404, 'named queries are not available');
      return found(await deps.namedQueries.run(name, query, limits.maxNodes), `query "${name}"`);
    }),
    route('POST', '/api/report', async ({ req, res }) => {
      if (!deps.renderReport) throw new HttpError(404, 'the html report is not available');
      const body = parse(ReportBody, await readJsonBody(req, 256 * 1024));
      const html = await deps.renderReport(body.nodes, body.title ?? 'newsgraph report');
      sendText(res, 200, 'text/html; charset=utf-8', html, {
        'Content-Disposition': 'attachment; filename="newsgraph-report.html"',
        'Cache-Control': 'no-store',
      });
      return undefined;
    }),
  ];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase();
    if (allowed.size > 0 && !allowed.has(host)) throw new HttpError(421, `unexpected Host "${host}"`);
    if (url.pathname.startsWith('/api/')) {
      const matching = routes.filter((r) => r.pattern.test(url.pathname));
      const r = matching.find((m) => m.method === req.method);
      if (!r) throw new HttpError(matching.length ? 405 : 404, matching.length ? 'method not allowed' : `no route ${url.pathname}`);
      const m = r.pattern.exec(url.pathname)!;
      const params: Record<string, string> = {};
      r.keys.forEach((k, i) => {
        try {
          params[k] = decodeURIComponent(m[i + 1] ?? '');
        } catch {
          throw new HttpError(400, `${k}: malformed URL encoding`);
        }
      });
      const query: Record<string, string> = {};
      for (const [k, v] of url.searchParams) {
        if (k in query) throw new HttpError(400, `${k}: given more than once`);
        query[k] = v;
      }
      const body = await r.handler({ req, res, params, query });
      if (body !== undefined) sendJson(res, 200, body);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'method not allowed');
    if (await serveStatic(deps.viewerDir, req, res, url.pathname)) return;
    if (url.pathname === '/' || url.pathname === '/index.html') {
      sendText(res, 503, 'text/plain; charset=utf-8', 'The viewer is not built: run `npm run build:viewer` (or `npm run build`).\n');
      return;
    }
    throw new HttpError(404, `not found: ${url.pathname}`);
  }

  return createServer((req, res) => {
    const started = Date.now();
    handle(req, res)
      .catch((err: unknown) => {
        if (err instanceof HttpError) {
          sendJson(res, err.status, { error: err.message, ...(err.issues ? { issues: err.issues } : {}) });
        } else {
          deps.log?.(`serve: ${req.method} ${req.url}: ${err instanceof Error ? err.message : String(err)}`);
          if (!res.headersSent) sendJson(res, 500, { error: 'internal error (see the server log)' });
          else res.end();
        }
      })
      .finally(() => {
        if (req.url?.startsWith('/api/')) deps.log?.(`${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms`);
      });
  });
}
