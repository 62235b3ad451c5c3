// Answers the API's questions with the fixed queries of read-queries.ts. Depends only on a
// read function (the store's `read`, which runs executeRead); rows are converted to plain JSON and
// validated with the shared API schemas before they leave.
import { z } from 'zod';
import {
  ApiEdgeSchema, ApiNodeSchema, ArticleTextSchema, EdgeDetailsSchema, NodeDetailsSchema,
  RelationRowSchema, SearchHitSchema, StatsSchema, SubgraphSchema,
} from './api-schema.js';
import type { ApiEdge, ArticleText, EdgeDetails, NodeDetails, SearchHit, Stats, Subgraph } from './api-schema.js';
import { Q } from './read-queries.js';
import type { QueryName } from './read-queries.js';
import { luceneAutocomplete } from './lucene.js';
import { toPlain } from './plain.js';

/** What the server needs of the store: run one read query in a read transaction (the store's `read`),
 *  sending JS integers as Neo4j INTEGERs (LIMIT/SKIP need them). */
export interface ReadGraph {
  read(cypher: string, params?: Record<string, unknown>): Promise<Array<Record<string, unknown>>>;
}

export interface Limits {
  maxNodes: number;
  maxEdges: number;
}

export const ALLIANCE = ['Russia', 'North Korea', 'Iran', 'China'] as const;

export class GraphReader {
  constructor(private readonly db: ReadGraph, readonly limits: Limits) {}

  private async rows(name: QueryName, params: Record<string, unknown> = {}): Promise<Array<Record<string, unknown>>> {
    const rows = await this.db.read(Q[name], params);
    return rows.map((r) => toPlain(r) as Record<string, unknown>);
  }

  async stats(): Promise<Stats> {
    const [[totals], labels, types] = await Promise.all([this.rows('stats'), this.rows('labelCounts'), this.rows('typeCounts')]);
    return StatsSchema.parse({
      entities: totals?.entities ?? 0,
      relations: totals?.relations ?? 0,
      articles: totals?.articles ?? 0,
      labels: Object.fromEntries(labels.map((r) => [String(r.label), r.count])),
      relationTypes: Object.fromEntries(types.map((r) => [String(r.type), r.count])),
      limits: this.limits,
    });
  }

  async search(text: string, limit: number): Promise<SearchHit[]> {
    const query = luceneAutocomplete(text);
    if (!query) return [];
    const rows = await this.rows('search', { query, exact: text.trim().toLowerCase(), limit });
    return z.array(SearchHitSchema).parse(rows);
  }

  /** Whole graph when it fits, else the most connected entities and the relations among them. */
  async overview(limit: number, minConfidence: number): Promise<Subgraph> {
    const n = Math.min(limit, this.limits.maxNodes);
    const [{ entities }] = (await this.rows('stats')) as [{ entities: number }];
    const ids = (await this.rows('topEntities', { limit: n })).map((r) => String(r.id));
    return this.subgraph(ids, minConfidence, { total: entities, truncated: entities > ids.length });
  }

  /** Russia, North Korea, Iran, China and the entities connected to at least two of them. */
  async alliance(limit: number, minConfidence: number): Promise<Subgraph> {
    const anchors = (await this.rows('countryIdsByName', { names: [...ALLIANCE] })).map((r) => String(r.id));
    if (anchors.length === 0) return SubgraphSchema.parse({ nodes: [], edges: [], truncated: false, focus: [] });
    const room = Math.max(0, Math.min(limit, this.limits.maxNodes) - anchors.length);
    const connectors = (await this.rows('connectors', { anchors, limit: room + 1 })).map((r) => String(r.id));
    const ids = [...anchors, ...connectors.slice(0, room)];
    return this.subgraph(ids, minConfidence, { truncated: connectors.length > room, focus: anchors });
  }

  /** Breadth-first, `hops` rings around `id`, most connected neighbours first, at most `limit` nodes. */
  async ego(id: string, hops: number, limit: number, minConfidence: number): Promise<Subgraph | null> {
    const cap = Math.min(limit, this.limits.maxNodes);
    const seen = [id];
    let frontier = [id];
    let truncated = false;
    for (let h = 0; h < hops && frontier.length > 0; h += 1) {
      const room = cap - seen.length;
      if (room <= 0) { truncated = true; break; }
      const next = (await this.rows('neighbours', {
        ids: frontier, exclude: seen, limit: room + 1, minConfidence,
      })).map((r) => String(r.id));
      if (next.length > room) truncated = true;
      frontier = next.slice(0, room);
      seen.push(...frontier);
    }
    const graph = await this.subgraph(seen, minConfidence, { truncated, focus: [id] });
    return graph.nodes.some((n) => n.id === id) ? graph : null;
  }

  /** Shortest path (≤ 8 hops), as a subgraph whose `focus` lists the path's nodes in order. */
  async path(from: string, to: string, typedOnly: boolean): Promise<Subgraph | null> {
    const [row] = await this.rows(typedOnly ? 'pathTyped' : 'pathAny', { from, to });
    if (!row) return null;
    const ids = z.array(z.string()).parse(row.ids);
    const rels = z.array(z.string()).parse(row.rels);
    const pairs = ids.slice(1).map((id, i) => [ids[i], id]);
    const [nodes, edgeRows] = await Promise.all([
      this.nodes(ids),
      this.rows('edgesByIds', { pairs, rels }),
    ]);
    const edges = z.array(ApiEdgeSchema).parse(edgeRows.map((r) => r.edge));
    return SubgraphSchema.parse({ nodes, edges, truncated: false, focus: ids });
  }

  async nodeDetails(id: string, evidenceOffset: number, evidenceLimit: number): Promise<NodeDetails | null> {
    const [node] = await this.nodes([id]);
    if (!node) return null;
    const page = { id, offset: evidenceOffset, limit: evidenceLimit };
    const [rels, [relCount], evidence, [evCount], articles, figs] = await Promise.all([
      this.rows('nodeRelations', { id, limit: this.limits.maxEdges }),
      this.rows('nodeRelationCount', { id }),
      this.rows('nodeEvidence', page),
      this.rows('nodeEvidenceCount', { id }),
      this.rows('nodeArticles', { id, limit: 50 }),
      this.rows('nodeFigures', { id, limit: 100 }),
    ]);
    const relations: Record<string, unknown[]> = {};
    for (const r of z.array(RelationRowSchema).parse(rels)) (relations[r.type] ??= []).push(r);
    return NodeDetailsSchema.parse({
      node,
      relations,
      relationsTotal: relCount?.total ?? 0,
      evidence: evidence.map((r) => r.evidence),
      evidencePage: { offset: evidenceOffset, limit: evidenceLimit, total: evCount?.total ?? 0 },
      articles: articles.map((r) => r.article),
      figures: figs.map((r) => r.figure).filter((f) => f && typeof (f as { text?: unknown }).text === 'string'),
    });
  }

  async edgeDetails(id: string, source: string | undefined, offset: number, limit: number): Promise<EdgeDetails | null> {
    const [row] = source ? await this.rows('edgeFromSource', { id, source }) : await this.rows('edgeById', { id });
    if (!row) return null;
    const [evidence, [count]] = await Promise.all([
      this.rows('edgeEvidence', { id, offset: offset, limit: limit }),
      this.rows('edgeEvidenceCount', { id }),
    ]);
    const edge = row.edge as Record<string, unknown>;
    return EdgeDetailsSchema.parse({
      edge: { ...edge, evidence: undefined },
      sourceNode: row.sourceNode,
      targetNode: row.targetNode,
      evidence: evidence.map((r) => r.evidence),
      evidencePage: { offset, limit, total: count?.total ?? 0 },
    });
  }

  /** The article's text (at most `maxChars`) and where the evidence sentence `evidenceId` sits in it. */
  async article(id: string, evidenceId: string | undefined, maxChars: number): Promise<ArticleText | null> {
    const [row] = await this.rows('article', { id, evidence: evidenceId ?? '' });
    if (!row) return null;
    const a = row.article as Record<string, unknown>;
    const full = typeof a.text === 'string' ? a.text : '';
    const ev = row.evidence as { start?: number; end?: number; sentence?: string } | null;
    let highlight: { start: number; end: number } | null = null;
    if (ev?.sentence) {
      // evidence offsets point into the original file; the article's text starts at `a.start` in it
      const base = typeof a.start === 'number' ? a.start : 0;
      const s = (ev.start ?? -1) - base;
      const e = (ev.end ?? -1) - base;
      if (s >= 0 && full.slice(s, e) === ev.sentence) highlight = { start: s, end: e };
      else {
        const at = full.indexOf(ev.sentence);
        if (at >= 0) highlight = { start: at, end: at + ev.sentence.length };
      }
    }
    if (highlight && highlight.end > maxChars) highlight = null;
    return ArticleTextSchema.parse({
      article: { ...a, text: undefined, start: undefined },
      text: full.slice(0, maxChars),
      truncated: full.length > maxChars,
      highlight,
    });
  }

  /** Nodes of `ids` (in that order) and the relations among them, within the limits. */
  async subgraph(ids: string[], minConfidence: number, extra: { total?: number; truncated: boolean; focus?: string[] }): Promise<Subgraph> {
    const unique = [...new Set(ids)].slice(0, this.limits.maxNodes);
    const [nodes, edgeRows] = await Promise.all([
      this.nodes(unique),
      this.rows('edgesAmong', { ids: unique, minConfidence, limit: this.limits.maxEdges + 1 }),
    ]);
    const edges: ApiEdge[] = z.array(ApiEdgeSchema).parse(edgeRows.map((r) => r.edge));
    const edgesTruncated = edges.length > this.limits.maxEdges;
    return SubgraphSchema.parse({
      nodes,
      edges: edges.slice(0, this.limits.maxEdges),
      truncated: extra.truncated || edgesTruncated || unique.length < new Set(ids).size,
      total: extra.total,
      focus: extra.focus ?? [],
    });
  }

  private async nodes(ids: string[]) {
    if (ids.length === 0) return [];
    const rows = await this.rows('nodesByIds', { ids });
    const byId = new Map(z.array(ApiNodeSchema).parse(rows.map((r) => r.node)).map((n) => [n.id, n]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
}
