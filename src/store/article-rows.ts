// ArticleGraph → the parameter rows the article write sends to Neo4j (pure; see docs/STORAGE.md).
// Checks that every id the graph refers to is one of its entities, so a bad graph fails before any write.
import { createHash } from 'node:crypto';
import { SYMMETRIC_TYPES, type EntityLabel, type RelationType } from '../graph/ontology.js';
import type { ArticleGraph } from '../graph/types.js';

export interface ArticleRow {
  id: string;
  key: string;
  file: string;
  index: number;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  start: number;
  end: number;
  text: string;
}

export interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  kind: string | null;
  roles: string[];
  eventType: string | null;
  date: string | null;
  participants: string[];
}

export interface RelationRow {
  id: string;
  source: string;
  target: string;
}

export interface EvidenceRow {
  id: string;
  relId: string;
  relType: RelationType;
  source: string;
  target: string;
  articleId: string;
  sentence: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  attributedTo: string | null;
  hedged: boolean;
  denied: boolean;
  /** the relation's per-article extras, aggregated over articles by the recompute */
  role: string | null;
  items: string[];
  weight: number | null;
}

export interface FigureRow {
  id: string;
  entityId: string;
  value: number;
  unit: string;
  /** what it counts (deployed, casualties, captured, unit-size, money, other) */
  kind: string;
  text: string;
  attributedTo: string | null;
  articleId: string;
  sentence: string;
  start: number;
  end: number;
}

export interface ArticleRows {
  article: ArticleRow;
  entitiesByLabel: Partial<Record<EntityLabel, EntityRow[]>>;
  mentions: { entityId: string; count: number }[];
  relationsByType: Partial<Record<RelationType, RelationRow[]>>;
  evidence: EvidenceRow[];
  figures: FigureRow[];
  /** every entity id this article touches (for the mention/figure recompute) */
  entityIds: string[];
}

export const hashId = (...parts: (string | number)[]): string =>
  createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, 32);

/** Throws an Error naming the first dangling reference; the caller reports the article as failed. */
export function articleRows(graph: ArticleGraph): ArticleRows {
  const { article } = graph;
  const known = new Set(graph.entities.map((e) => e.id));
  const need = (id: string, what: string) => {
    if (!known.has(id)) throw new Error(`${what} refers to entity "${id}", which is not among the article's entities`);
  };

  const entitiesByLabel: ArticleRows['entitiesByLabel'] = {};
  const figures = new Map<string, FigureRow>();
  for (const e of graph.entities) {
    (entitiesByLabel[e.label] ??= []).push({
      id: e.id,
      name: e.name,
      aliases: [...new Set([e.name, ...e.aliases])],
      kind: e.kind ?? null,
      roles: [...new Set(e.roles ?? [])],
      eventType: e.eventType ?? null,
      date: e.date ?? null,
      participants: [...new Set(e.participants ?? [])],
    });
    for (const f of e.figures ?? []) {
      const id = hashId('figure', e.id, article.id, f.start, f.end, f.text);
      figures.set(id, {
        id,
        entityId: e.id,
        value: f.value,
        unit: f.unit,
        kind: f.kind ?? 'other',
        text: f.text,
        attributedTo: f.attributedTo ?? null,
        articleId: article.id,
        sentence: f.sentence,
        start: f.start,
        end: f.end,
      });
    }
  }

  const mentionCounts = new Map<string, number>();
  for (const m of graph.mentions) {
    need(m.entityId, 'a mention');
    mentionCounts.set(m.entityId, (mentionCounts.get(m.entityId) ?? 0) + m.count);
  }
  // an entity without a mention row still belongs to the article: its own per-article count stands in
  for (const e of graph.entities) if (!mentionCounts.has(e.id) && e.mentions > 0) mentionCounts.set(e.id, e.mentions);

  const relationsByType: ArticleRows['relationsByType'] = {};
  const relIds = new Set<string>();
  const evidence = new Map<string, EvidenceRow>();
  for (const r of graph.relations) {
    need(r.source, `relation ${r.id}`);
    need(r.target, `relation ${r.id}`);
    const [source, target] = SYMMETRIC_TYPES.has(r.type) && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
    if (!relIds.has(r.id)) (relationsByType[r.type] ??= []).push({ id: r.id, source, target });
    relIds.add(r.id);
    for (const ev of r.evidence) {
      const id = hashId(r.id, article.id, ev.start, ev.end, ev.rule);
      evidence.set(id, {
        id,
        relId: r.id,
        relType: r.type,
        source,
        target,
        articleId: article.id,
        sentence: ev.sentence,
        start: ev.start,
        end: ev.end,
        rule: ev.rule,
        confidence: ev.confidence,
        attributedTo: ev.attributedTo ?? null,
        hedged: ev.hedged ?? false,
        denied: ev.denied ?? false,
        role: r.role ?? null,
        items: r.items ?? [],
        weight: r.weight ?? null,
      });
    }
  }

  return {
    article: {
      id: article.id,
      key: article.key,
      file: article.file,
      index: article.index,
      title: article.title ?? null,
      date: article.date ?? null,
      source: article.source ?? null,
      url: article.url ?? null,
      start: article.start,
      end: article.end,
      text: article.text,
    },
    entitiesByLabel,
    mentions: [...mentionCounts].map(([entityId, count]) => ({ entityId, count })),
    relationsByType,
    evidence: [...evidence.values()],
    figures: [...figures.values()],
    entityIds: [...known],
  };
}
