// What a report says, independent of Markdown or HTML: the scope, the articles, the entities,
// the relations and, for each relation, its evidence quoted with article and claimant.
import { basename } from 'node:path';
import type { ExportGraph } from './graph.js';
import type { SubgraphArticle, SubgraphEdge, SubgraphNode } from './types.js';

export interface ReportArticle extends SubgraphArticle {
  ref: number; // [1], [2], … in citations
  display: string; // title, else file, else id
}

export interface ReportQuote {
  sentence: string;
  article: ReportArticle | undefined;
  articleId: string;
  claimant?: string;
  hedged: boolean;
  denied: boolean;
  rule: string;
  confidence: number;
}

export interface ReportRelation {
  n: number;
  id: string;
  type: SubgraphEdge['type'];
  symmetric: boolean;
  source: string;
  target: string;
  count: number;
  confidence: number;
  details: string; // items / role / co-mention weight
  articleRefs: number[];
  quotes: ReportQuote[];
}

export interface ReportEntity {
  id: string;
  name: string;
  type: SubgraphNode['label'];
  focus: boolean;
  aliases: string[];
  mentions: number;
  degree: number;
  details: string; // roles, kind, event type and date
}

export interface ReportFigure {
  entity: string;
  text: string;
  claimant?: string;
  sentence: string;
  article: ReportArticle | undefined;
}

export interface ReportModel {
  title: string;
  generatedAt: string;
  coverage: string;
  counts: { entities: number; relations: number; articles: number; evidence: number };
  articles: ReportArticle[];
  entities: ReportEntity[];
  relations: ReportRelation[];
  figures: ReportFigure[];
}

export function describeCoverage(graph: ExportGraph): string {
  const { scope } = graph.getAttribute('subgraph');
  const focus = scope.focus.length ? scope.focus.join(', ') : 'the whole graph';
  const types = scope.types.length ? `relations of type ${scope.types.join(', ')}` : 'all typed relations (not MENTIONED_WITH co-occurrence)';
  const conf = scope.minConfidence > 0 ? ` with confidence ≥ ${scope.minConfidence}` : '';
  return `Entities within ${scope.hops} hop(s) of ${focus}, following ${types}${conf}.`;
}

export function buildReportModel(graph: ExportGraph): ReportModel {
  const meta = graph.getAttribute('subgraph');
  const articles: ReportArticle[] = [...meta.articles]
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.title ?? a.id).localeCompare(b.title ?? b.id))
    .map((a, i) => ({ ...a, ref: i + 1, display: a.title ?? (a.file ? `${basename(a.file)}${a.key?.match(/#\d+$/)?.[0] ?? ''}` : a.id) }));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const name = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);

  const entities: ReportEntity[] = graph
    .mapNodes((id, { node: n }) => ({
      id,
      name: n.name,
      type: n.label,
      focus: n.focus,
      aliases: n.aliases.filter((a) => a !== n.name),
      mentions: n.mentions,
      degree: graph.degree(id),
      details: [n.eventType, n.date, n.kind, ...n.roles].filter(Boolean).join(', '),
    }))
    .sort((a, b) => Number(b.focus) - Number(a.focus) || b.degree - a.degree || a.name.localeCompare(b.name));

  const edges = graph.mapEdges((_id, { edge }) => edge);
  edges.sort((a, b) => b.count - a.count || b.confidence - a.confidence || a.id.localeCompare(b.id));
  const relations: ReportRelation[] = edges.map((e, i) => ({
    n: i + 1,
    id: e.id,
    type: e.type,
    symmetric: e.symmetric,
    source: name(e.source),
    target: name(e.target),
    count: e.count,
    confidence: e.confidence,
    details: [
      e.items.length ? `items: ${e.items.join(', ')}` : '',
      e.role ? `role: ${e.role}` : '',
      e.weight !== undefined ? `co-mentions: ${e.weight}` : '',
    ].filter(Boolean).join('; '),
    articleRefs: [...new Set(e.articles.map((a) => byId.get(a)?.ref).filter((r): r is number => r !== undefined))].sort((a, b) => a - b),
    quotes: [...e.evidence].sort((a, b) => b.confidence - a.confidence || (byId.get(a.articleId)?.ref ?? 0) - (byId.get(b.articleId)?.ref ?? 0) || a.start - b.start).map((ev) => ({
      sentence: ev.sentence,
      article: byId.get(ev.articleId),
      articleId: ev.articleId,
      claimant: ev.attributedToName ?? (ev.attributedTo ? name(ev.attributedTo) : undefined),
      hedged: ev.hedged,
      denied: ev.denied,
      rule: ev.rule,
      confidence: ev.confidence,
    })),
  }));

  const figures: ReportFigure[] = [];
  graph.forEachNode((_id, { node: n }) => {
    for (const f of n.figures) {
      figures.push({
        entity: n.name,
        text: f.text,
        claimant: f.attributedToName ?? (f.attributedTo ? name(f.attributedTo) : undefined),
        sentence: f.sentence,
        article: byId.get(f.articleId),
      });
    }
  });

  return {
    title: meta.title,
    generatedAt: meta.generatedAt,
    coverage: describeCoverage(graph),
    counts: {
      entities: graph.order,
      relations: graph.size,
      articles: articles.length,
      evidence: edges.reduce((sum, e) => sum + e.evidence.length, 0),
    },
    articles,
    entities,
    relations,
    figures,
  };
}

/** "Title, Outlet, 2024-11-05" (without the [n] reference). */
export function articleLabel(a: ReportArticle | undefined, fallbackId: string): string {
  if (!a) return `article ${fallbackId.slice(0, 12)}`;
  return `${a.display}${a.source ? `, ${a.source}` : ''}${a.date ? `, ${a.date}` : ''}`;
}

/** "[3] Title, Outlet, 2024-11-05" */
export function articleCitation(a: ReportArticle | undefined, fallbackId: string): string {
  return a ? `[${a.ref}] ${articleLabel(a, fallbackId)}` : articleLabel(a, fallbackId);
}

export function quoteFlags(q: Pick<ReportQuote, 'hedged' | 'denied'>): string[] {
  return [q.hedged ? 'hedged' : '', q.denied ? 'denied' : ''].filter(Boolean);
}
