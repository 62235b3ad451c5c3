// Writes extracted ArticleGraphs: batches of whole articles, each batch in ONE transaction (a failure leaves
// nothing of it behind; a failed batch is retried article by article, so one bad article fails alone),
// unchanged articles skipped, changed ones replaced, relationship aggregates recomputed from Evidence once
// per batch.
import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel, type RelationType } from '../graph/ontology.js';
import { ArticleGraphSchema, type ArticleGraph } from '../graph/types.js';
import { DatabaseError } from '../errors.js';
import { articleRows, type ArticleRows, type EntityRow, type RelationRow } from './article-rows.js';
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
  /** whole articles per transaction (default DEFAULT_ARTICLE_BATCH); 1 = one transaction per article */
  batchSize?: number;
  /** called once per article, in input order, when its batch has committed (or failed) */
  onArticle?: (done: number, total: number, status: ArticleStatus, key: string, failure?: ArticleFailure) => void;
}

/**
 * Whole articles per write transaction, measured with bench/ingest/run.ts --batch N (1,000 generated articles,
 * docs/STORAGE.md "Batch size"). A batch also ends at MAX_BATCH_ROWS rows, so a few very large articles do
 * not make one huge transaction.
 */
export const DEFAULT_ARTICLE_BATCH = 100;
export const MAX_BATCH_ROWS = 20_000;

interface Prepared {
  index: number;
  key: string;
  file: string;
  rows?: ArticleRows;
  /** invalid input: failed before any write */
  error?: string;
}

type Status = Exclude<ArticleStatus, 'failed'>;

export async function writeArticleGraphs(store: Store, graphs: readonly ArticleGraph[], options: WriteOptions = {}): Promise<WriteSummary> {
  const summary: WriteSummary = {
    new: 0, unchanged: 0, updated: 0, failed: 0,
    nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0,
    failures: [],
  };
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_ARTICLE_BATCH));
  const stored = await storedArticles(store, graphs);
  let done = 0;
  const report = ({ p, status, message }: Outcome) => {
    const failure = status === 'failed' ? { key: p.key, file: p.file, message: message ?? 'failed' } : undefined;
    if (failure) summary.failures.push(failure);
    summary[status] += 1;
    done += 1;
    options.onArticle?.(done, graphs.length, status, p.key, failure);
  };
  const addAll = (counters: Counters) => {
    summary.nodesCreated += counters.nodesCreated;
    summary.relationshipsCreated += counters.relationshipsCreated;
    summary.nodesDeleted += counters.nodesDeleted;
    summary.relationshipsDeleted += counters.relationshipsDeleted;
  };

  // articles in input order since the last flush: decided ones (unchanged, invalid) and the batch's
  let pending: (Outcome | Prepared)[] = [];
  let batch: Prepared[] = [];
  let batchRows = 0;
  const keys = new Set<string>();
  const ids = new Set<string>();
  const seenKeys = new Set<string>();
  const flush = async () => {
    const outcomes = new Map<number, Outcome>();
    if (batch.length > 0) for (const o of await writeBatch(store, batch, addAll)) outcomes.set(o.p.index, o);
    for (const item of pending) report('status' in item ? item : outcomes.get(item.index)!);
    pending = [];
    batch = [];
    batchRows = 0;
    keys.clear();
    ids.clear();
  };

  for (const [index, input] of graphs.entries()) {
    const key = input?.article?.key;
    if (typeof key === 'string' && !seenKeys.has(key) && stored.has(`${key}\u0000${input.article.id}`)) {
      // known unchanged: not even validated, no write at all (a batch checks again inside its transaction)
      seenKeys.add(key);
      pending.push({ p: { index, key, file: typeof input.article.file === 'string' ? input.article.file : '?' }, status: 'unchanged' });
      continue;
    }
    const p = prepare(input, index);
    if (p.error !== undefined || !p.rows) {
      pending.push({ p, status: 'failed', message: p.error }); // invalid input: nothing to write
      continue;
    }
    const { rows } = p;
    seenKeys.add(rows.article.key);
    // the same key or text twice in a batch: the later one must see the earlier one written
    const size = rowCount(rows);
    if (keys.has(rows.article.key) || ids.has(rows.article.id) || batch.length >= batchSize || (batch.length > 0 && batchRows + size > MAX_BATCH_ROWS)) {
      await flush();
    }
    pending.push(p);
    batch.push(p);
    batchRows += size;
    keys.add(rows.article.key);
    ids.add(rows.article.id);
  }
  await flush();
  return summary;
}

interface Outcome {
  p: Prepared;
  status: ArticleStatus;
  message?: string;
}

/** One batch in one transaction; when it fails, each of its articles alone, so one bad article fails alone. */
async function writeBatch(store: Store, batch: Prepared[], addAll: (counters: Counters) => void): Promise<Outcome[]> {
  try {
    const { statuses, counters } = await writeArticleRows(store, batch.map((p) => p.rows!));
    addAll(counters);
    return batch.map((p, i) => ({ p, status: statuses[i]! }));
  } catch (err) {
    if (isConnectionError(err)) throw err;
    if (batch.length === 1) return [{ p: batch[0]!, status: 'failed', message: (err as Error).message }];
    const outcomes: Outcome[] = [];
    for (const p of batch) outcomes.push(...(await writeBatch(store, [p], addAll)));
    return outcomes;
  }
}

function prepare(input: ArticleGraph, index: number): Prepared {
  const key = typeof input?.article?.key === 'string' ? input.article.key : `#${index}`;
  const file = typeof input?.article?.file === 'string' ? input.article.file : '?';
  const parsed = ArticleGraphSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { index, key, file, error: `store: invalid article graph at ${issue.path.join('.') || 'root'}: ${issue.message}` };
  }
  try {
    return { index, key, file, rows: articleRows(parsed.data) };
  } catch (err) {
    return { index, key, file, error: (err as Error).message };
  }
}

function rowCount(rows: ArticleRows): number {
  let n = 1 + rows.mentions.length + rows.evidence.length + rows.figures.length;
  for (const list of Object.values(rows.entitiesByLabel)) n += list?.length ?? 0;
  for (const list of Object.values(rows.relationsByType)) n += list?.length ?? 0;
  return n;
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
export async function writeArticleGraph(store: Store, input: ArticleGraph): Promise<{ status: Status; counters: Counters }> {
  const p = prepare(input, 0);
  if (p.error !== undefined || !p.rows) throw new Error(p.error);
  const { statuses, counters } = await writeArticleRows(store, [p.rows]);
  return { status: statuses[0]!, counters };
}

/**
 * Whole articles (distinct keys and ids) in ONE transaction: all of them or nothing. Per article:
 * unchanged (same key and id stored, or the same text under another key) → nothing; changed → the old
 * version is deleted; then everything is written with one statement per kind for the whole batch, and the
 * aggregates of every relationship and entity the batch touched are recomputed once.
 */
async function writeArticleRows(store: Store, batch: ArticleRows[]): Promise<{ statuses: Status[]; counters: Counters }> {
  return store.writeTx(async (tx) => {
    const counters = emptyCounters(); // fresh on every (retried) attempt
    const run = async (cypher: string, params: Record<string, unknown>) => {
      const result = await tx.run(cypher, params);
      addCounters(counters, result.counters);
      return result.rows;
    };
    const found = new Map(
      (await tx.query<{ key: string; oldId: string | null; sameKey: string | null }>(Q.FIND_ARTICLES, {
        articles: batch.map((r) => ({ key: r.article.key, id: r.article.id })),
      })).map((f) => [f.key, f]),
    );
    const statuses: Status[] = [];
    const writing: ArticleRows[] = [];
    const replaced: string[] = [];
    for (const rows of batch) {
      const f = found.get(rows.article.key);
      if (f?.oldId === rows.article.id || (f?.sameKey != null && f.sameKey !== rows.article.key)) {
        statuses.push('unchanged');
        continue;
      }
      const replacing = f?.oldId != null;
      statuses.push(replacing ? 'updated' : 'new');
      if (replacing) replaced.push(rows.article.key);
      writing.push(rows);
    }
    if (writing.length === 0) return { statuses, counters };

    const oldRelations = new Map<string, TypedRelationRow>();
    const oldEntities = new Map<string, string[]>();
    if (replaced.length > 0) {
      for (const r of await tx.query<TypedRelationRow>(Q.OLD_ARTICLES_RELATIONS, { keys: replaced })) {
        oldRelations.set(r.id, { type: r.type, id: r.id, source: r.source, target: r.target });
      }
      for (const r of await tx.query<{ key: string; ids: string[] }>(Q.OLD_ARTICLES_ENTITIES, { keys: replaced })) oldEntities.set(r.key, r.ids);
      await run(Q.DELETE_ARTICLES, { keys: replaced });
    }
    const relations = await writeNewArticles(writing, run);

    // relationships only the old versions held may have lost their last evidence: deleted;
    // every relationship the batch touched is recomputed from its evidence (once per batch)
    const emptied = new Map<RelationType, RelationRow[]>();
    for (const r of oldRelations.values()) {
      if (relations.has(r.id)) continue;
      if (!RELATION_TYPES.includes(r.type)) throw new Error(`store: unknown relation type ${r.type}`);
      (emptied.get(r.type) ?? emptied.set(r.type, []).get(r.type)!).push(r);
      relations.set(r.id, r);
    }
    for (const [type, rows] of emptied) await run(Q.deleteEmptyRelations(type), { rows });
    await run(Q.RECOMPUTE_RELATIONS, { rows: [...relations.values()] });
    const touched = new Set<string>();
    for (const ids of oldEntities.values()) for (const id of ids) touched.add(id);
    for (const rows of writing) for (const id of rows.entityIds) touched.add(id);
    await run(Q.RECOMPUTE_ENTITIES, { ids: [...touched] });
    // entities an old version alone held (not in its new version) are deleted when nothing points at them
    const gone = new Set<string>();
    for (const rows of writing) {
      const current = new Set(rows.entityIds);
      for (const id of oldEntities.get(rows.article.key) ?? []) if (!current.has(id)) gone.add(id);
    }
    if (gone.size > 0) await run(Q.DELETE_ORPHAN_ENTITIES, { ids: [...gone] });
    return { statuses, counters };
  });
}

/** Writes the batch's articles; returns the relationships they hold, by id. */
async function writeNewArticles(
  batch: ArticleRows[],
  run: (cypher: string, params: Record<string, unknown>) => Promise<unknown[]>,
): Promise<Map<string, TypedRelationRow>> {
  await run(Q.CREATE_ARTICLES, { rows: batch.map((r) => r.article) });
  const entities = mergedEntities(batch);
  for (const e of entities) if (!ENTITY_LABELS.includes(e.label)) throw new Error(`store: unknown entity label ${e.label}`);
  if (entities.length > 0) await run(Q.MERGE_ENTITIES, { rows: entities });
  const mentions = batch.flatMap((r) => r.mentions.map((m) => ({ articleId: r.article.id, ...m })));
  if (mentions.length > 0) await run(Q.CREATE_MENTIONS, { rows: mentions });
  const relations = new Map<string, TypedRelationRow>();
  const owner = new Map<string, string>();
  for (const rows of batch) {
    for (const [type, list] of Object.entries(rows.relationsByType) as [RelationType, RelationRow[]][]) {
      if (!RELATION_TYPES.includes(type)) throw new Error(`store: unknown relation type ${type}`);
      for (const r of list) {
        relations.set(r.id, { type, id: r.id, source: r.source, target: r.target });
        owner.set(r.id, rows.article.key);
      }
    }
  }
  if (relations.size > 0) {
    const rows = [...relations.values()];
    const [merged] = (await run(Q.MERGE_RELATIONS, { rows })) as { merged: number }[];
    if (merged?.merged !== rows.length) {
      const keys = [...new Set(rows.map((r) => owner.get(r.id)))].join(', ');
      throw new DatabaseError(`store: ${rows.length - (merged?.merged ?? 0)} relationship(s) of article ${keys} lost an endpoint`);
    }
  }
  const evidence = batch.flatMap((r) => r.evidence);
  if (evidence.length > 0) await run(Q.CREATE_EVIDENCE, { rows: evidence });
  const figures = batch.flatMap((r) => r.figures);
  if (figures.length > 0) await run(Q.CREATE_FIGURES, { rows: figures });
  return relations;
}

interface TypedRelationRow extends RelationRow {
  type: RelationType;
}

/**
 * The batch's entities, one row per label and id: as if the articles were merged one after the other
 * (name and kind/eventType/date of the last article that has them, aliases/roles/participants unioned in order).
 */
function mergedEntities(batch: ArticleRows[]): (EntityRow & { label: EntityLabel })[] {
  const byId = new Map<string, EntityRow & { label: EntityLabel }>();
  const unionInto = (acc: string[], more: string[]) => {
    for (const x of more) if (!acc.includes(x)) acc.push(x);
    return acc;
  };
  for (const rows of batch) {
    for (const [label, list] of Object.entries(rows.entitiesByLabel) as [EntityLabel, EntityRow[]][]) {
      for (const e of list) {
        // an id under two labels stays two rows (both labels are set, as article by article)
        const k = `${label}\u0000${e.id}`;
        const prev = byId.get(k);
        byId.set(k, prev === undefined ? { ...e, label, aliases: [...e.aliases], roles: [...e.roles], participants: [...e.participants] } : {
          label,
          id: e.id,
          name: e.name,
          aliases: unionInto(prev.aliases, e.aliases),
          roles: unionInto(prev.roles, e.roles),
          participants: unionInto(prev.participants, e.participants),
          kind: e.kind ?? prev.kind,
          eventType: e.eventType ?? prev.eventType,
          date: e.date ?? prev.date,
        });
      }
    }
  }
  return [...byId.values()];
}

function isConnectionError(err: unknown): boolean {
  const cause = (err as { cause?: { code?: string } }).cause;
  const code = cause?.code ?? (err as { code?: string }).code ?? '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.ClientError.Security');
}
