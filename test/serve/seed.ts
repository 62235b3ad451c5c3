// Writes fixture ArticleGraphs into the test Neo4j: the store's writeArticleGraphs when it exists,
// otherwise the same storage model written directly (Entity + label nodes, Article -MENTIONS->,
// typed relations with provenance properties, Evidence -FROM_ARTICLE-> Article).
import type { ArticleGraph } from '../../src/graph/types.js';
import type { Store } from '../../src/store/store.js';

type Writer = (store: Store, graphs: ArticleGraph[]) => Promise<unknown>;

async function storeWriter(): Promise<Writer | null> {
  for (const path of ['../../src/store/article-graphs.js']) {
    try {
      const mod = (await import(path)) as { writeArticleGraphs?: Writer };
      if (typeof mod.writeArticleGraphs === 'function') return mod.writeArticleGraphs;
    } catch {
      // module not there (yet)
    }
  }
  return null;
}

export async function seed(store: Store, graphs: ArticleGraph[]): Promise<void> {
  const writer = await storeWriter();
  if (writer) {
    await writer(store, graphs);
    return;
  }
  for (const g of graphs) await seedOne(store, g);
}

async function seedOne(store: Store, g: ArticleGraph): Promise<void> {
  const { text, ...a } = g.article;
  await store.write('MERGE (a:Article {key: $a.key}) SET a += $a, a.text = $text', { a, text });
  for (const e of g.entities) {
    const { label, figures: _f, ...rest } = e;
    const props = { ...rest, roles: rest.roles ?? [], participants: rest.participants ?? [] };
    await store.write(
      `MERGE (n:Entity {id: $id}) SET n:${label}
       SET n.name = $p.name, n.participants = $p.participants, n.kind = $p.kind, n.roles = $p.roles, n.eventType = $p.eventType, n.date = $p.date,
           n.aliases = CASE WHEN n.aliases IS NULL THEN $p.aliases ELSE n.aliases + [x IN $p.aliases WHERE NOT x IN n.aliases] END,
           n.mentions = coalesce(n.mentions, 0) + $p.mentions`,
      { id: e.id, p: props },
    );
  }
  for (const m of g.mentions) {
    await store.write('MATCH (a:Article {key: $key}), (n:Entity {id: $id}) MERGE (a)-[r:MENTIONS]->(n) SET r.count = $count', { key: g.article.key, id: m.entityId, count: m.count });
  }
  for (const r of g.relations) {
    await store.write(
      `MATCH (s:Entity {id: $r.source}), (t:Entity {id: $r.target})
       MERGE (s)-[x:${r.type} {id: $r.id}]->(t)
       SET x.count = coalesce(x.count, 0) + size($r.evidence), x.confidence = $r.confidence,
           x.articles = coalesce(x.articles, []) + [$article], x.evidence = [e IN $r.evidence | e.sentence],
           x.rules = [e IN $r.evidence | e.rule],
           x.sources = [s IN coalesce(x.sources, []) WHERE s <> $source] + [$source],
           x.firstSeen = coalesce(x.firstSeen, $date), x.lastSeen = $date, x.role = $r.role, x.items = $r.items, x.weight = $r.weight`,
      { r: { ...r, role: r.role ?? null, items: r.items ?? [], weight: r.weight ?? null }, article: g.article.id, source: g.article.source ?? 'unknown', date: g.article.date ?? null },
    );
    for (const [i, e] of r.evidence.entries()) {
      await store.write(
        `MATCH (a:Article {key: $key})
         MERGE (ev:Evidence {id: $id}) SET ev += $e, ev.relId = $relId, ev.relType = $relType
         MERGE (ev)-[:FROM_ARTICLE]->(a)`,
        { key: g.article.key, id: `${r.id}#${g.article.id}#${i}`, relId: r.id, relType: r.type, e: { ...e, attributedTo: e.attributedTo ?? null, hedged: e.hedged ?? false, denied: e.denied ?? false } },
      );
    }
  }
}
