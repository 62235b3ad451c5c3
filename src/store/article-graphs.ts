// Writes extracted ArticleGraphs: each article in ONE transaction (a failure leaves nothing of it behind),
// unchanged articles skipped, changed ones replaced, relationship aggregates recomputed from Evidence.
import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel, type RelationType } from '../graph/ontology.js';
import { ArticleGraphSchema, type ArticleGraph } from '../graph/types.js';
import { DatabaseError } from '../errors.js';
import { articleRows, type ArticleRows, type RelationRow } from './article-rows.js';
import * as Q from './article-cypher.js';
import { addCounters, emptyCounters } from './batch.js';
import type { Counters, Store } from './store.js';

export type ArticleStatus = 'new' | 'unchanged' | 'updated' | 'failed';

export interface ArticleFailure {
  key: string;
  file: string;
  message: string;
}

export interface WriteSummary {
  new: number;
  unchanged: number;
  updated: number;
  failed: number;
  nodesCreated: number;
  relationshipsCreated: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
  failures: ArticleFailure[];
}

export interface WriteOptions {
  /** called after each article */
  onArticle?: (done: number, total: number, status: ArticleStatus, key: string) => void;
}

export async function writeArticleGraphs(store: Store, graphs: readonly ArticleGraph[], options: WriteOptions = {}): Promise<WriteSummary> {
  const summary: WriteSummary = {
    new: 0, unchanged: 0, updated: 0, failed: 0,
    nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0,
    failures: [],
  };
  const stored = await storedArticles(store, graphs);
  let done = 0;
  for (const input of graphs) {
    const key = typeof input?.article?.key === 'string' ? input.article.key : `#${done}`;
    const file = typeof input?.article?.file === 'string' ? input.article.file : '?';
    let status: ArticleStatus;
    try {
      // known unchanged: no write transaction at all (writeArticleGraph checks again inside its transaction)
      const { status: s, counters } = stored.has(`${key}\u0000${input.article.id}`)
        ? { status: 'unchanged' as const, counters: emptyCounters() }
        : await writeArticleGraph(store, input);
      status = s;
      summary.nodesCreated += counters.nodesCreated;
      summary.relationshipsCreated += counters.relationshipsCreated;
      summary.nodesDeleted += counters.nodesDeleted;
      summary.relationshipsDeleted += counters.relationshipsDeleted;
    } catch (err) {
      if (isConnectionError(err)) throw err;
      status = 'failed';
      summary.failures.push({ key, file, message: (err as Error).message });
    }
    summary[status] += 1;
    done += 1;
    options.onArticle?.(done, graphs.length, status, key);
  }
  return summary;
}

/** `key\0id` of the given articles already stored with that key and id (one read per 5,000 articles). */
async function storedArticles(store: Store, graphs: readonly ArticleGraph[]): Promise<Set<string>> {
  const pairs = graphs
    .map((g) => ({ key: g?.article?.key, id: g?.article?.id }))
    .filter((p): p is { key: string; id: string } => typeof p.key === 'string' && typeof p.id === 'string');
  const found = new Set<string>();
  for (let i = 0; i < pairs.length; i += 5000) {
    const rows = await store.read<{ key: string; id: string }>(
      'UNWIND $pairs AS p MATCH (a:Article {key: p.key}) WHERE a.id = p.id RETURN a.key AS key, a.id AS id',
      { pairs: pairs.slice(i, i + 5000) },
    );
    for (const r of rows) found.add(`${r.key}\u0000${r.id}`);
  }
  return found;
}

/** One article, one transaction. Throws on invalid input or a database error (nothing written). */
export async function writeArticleGraph(store: Store, input: ArticleGraph): Promise<{ status: Exclude<ArticleStatus, 'failed'>; counters: Counters }> {
  const parsed = ArticleGraphSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`store: invalid article graph at ${issue.path.join('.') || 'root'}: ${issue.message}`);
  }
  const rows = articleRows(parsed.data);
  return store.writeTx(async (tx) => {
    const counters = emptyCounters(); // fresh on every (retried) attempt
    const run = async (cypher: string, params: Record<string, unknown>) => {
      const result = await tx.run(cypher, params);
      addCounters(counters, result.counters);
      return result.rows;
    };
    const [found] = await tx.query<{ oldId: string | null; sameKey: string | null }>(Q.FIND_ARTICLE, { key: rows.article.key, id: rows.article.id });
    if (found?.oldId === rows.article.id || (found?.sameKey != null && found.sameKey !== rows.article.key)) {
      return { status: 'unchanged' as const, counters };
    }
    const replacing = found?.oldId != null;
    let oldRelations: RelationRow[] = [];
    let oldEntityIds: string[] = [];
    if (replacing) {
      oldRelations = await tx.query<RelationRow>(Q.OLD_ARTICLE_RELATIONS, { key: rows.article.key });
      const [entities] = await tx.query<{ ids: string[] }>(Q.OLD_ARTICLE_ENTITIES, { key: rows.article.key });
      oldEntityIds = entities?.ids ?? [];
      await run(Q.DELETE_ARTICLE, { key: rows.article.key });
    }
    await writeNewArticle(rows, run);
    const newRelations = Object.values(rows.relationsByType).flat();
    await run(Q.RECOMPUTE_RELATIONS, { rels: uniqueRelations([...oldRelations, ...newRelations]) });
    await run(Q.RECOMPUTE_ENTITIES, { ids: [...new Set([...oldEntityIds, ...rows.entityIds])] });
    const current = new Set(rows.entityIds);
    const gone = oldEntityIds.filter((id) => !current.has(id));
    if (gone.length > 0) await run(Q.DELETE_ORPHAN_ENTITIES, { ids: gone });
    return { status: replacing ? ('updated' as const) : ('new' as const), counters };
  });
}

async function writeNewArticle(
  rows: ArticleRows,
  run: (cypher: string, params: Record<string, unknown>) => Promise<unknown[]>,
): Promise<void> {
  const articleId = rows.article.id;
  await run(Q.CREATE_ARTICLE, { article: rows.article });
  for (const [label, entities] of Object.entries(rows.entitiesByLabel) as [EntityLabel, unknown[]][]) {
    if (!ENTITY_LABELS.includes(label)) throw new Error(`store: unknown entity label ${label}`);
    await run(Q.mergeEntities(label), { rows: entities });
  }
  if (rows.mentions.length > 0) await run(Q.MERGE_MENTIONS, { articleId, rows: rows.mentions });
  for (const [type, relations] of Object.entries(rows.relationsByType) as [RelationType, RelationRow[]][]) {
    if (!RELATION_TYPES.includes(type)) throw new Error(`store: unknown relation type ${type}`);
    const [merged] = (await run(Q.mergeRelations(type), { rows: relations })) as { merged: number }[];
    if (merged?.merged !== relations.length) {
      throw new DatabaseError(`store: ${relations.length - (merged?.merged ?? 0)} ${type} relationship(s) of article ${rows.article.key} lost an endpoint`);
    }
  }
  if (rows.evidence.length > 0) await run(Q.MERGE_EVIDENCE, { articleId, rows: rows.evidence });
  if (rows.figures.length > 0) await run(Q.MERGE_FIGURES, { articleId, rows: rows.figures });
}

function uniqueRelations(relations: RelationRow[]): RelationRow[] {
  const byId = new Map<string, RelationRow>();
  for (const r of relations) byId.set(r.id, { id: r.id, source: r.source, target: r.target });
  return [...byId.values()];
}

function isConnectionError(err: unknown): boolean {
  const cause = (err as { cause?: { code?: string } }).cause;
  const code = cause?.code ?? (err as { code?: string }).code ?? '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.ClientError.Security');
}
