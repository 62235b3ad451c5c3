// cypher: a script that recreates the subgraph in an empty Neo4j database, in the store's own model
// (docs/STORAGE.md): entities, typed relations with provenance properties, Article nodes (metadata,
// not the full text), Evidence and Figure nodes. One statement per line, every value a literal
// escaped by cypherString (no parameters needed); MERGE on `id`, so running it twice adds nothing.
// Run with `cypher-shell -f FILE` or `runCypherScript` (src/export/run-script.ts).
import type { ExportGraph } from '../graph.js';
import { cypherName, cypherString } from '../escape.js';

type Value = string | number | boolean | null | undefined | readonly (string | number | boolean)[];

const FLOAT_KEYS = new Set(['confidence', 'value']);

function literal(key: string, value: Value): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined; // the store leaves empty lists unset
    const items = value.map((v) => literal(key, v)).filter((v): v is string => v !== undefined);
    return `[${items.join(', ')}]`;
  }
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    if (Number.isInteger(value) && !FLOAT_KEYS.has(key)) return String(value);
    const text = String(value);
    return /[.eE]/.test(text) ? text : `${text}.0`;
  }
  return undefined;
}

/** A map literal `{k: v, …}` of the defined values (keys sorted for stable output). */
function mapLiteral(props: Record<string, Value>): string {
  const parts = Object.keys(props)
    .sort()
    .map((k) => [k, literal(k, props[k])] as const)
    .filter((kv): kv is readonly [string, string] => kv[1] !== undefined)
    .map(([k, v]) => `${cypherName(k)}: ${v}`);
  return `{${parts.join(', ')}}`;
}

export function writeCypherScript(graph: ExportGraph): string {
  const meta = graph.getAttribute('subgraph');
  const lines: string[] = [];
  const add = (statement: string) => lines.push(`${statement};`);
  let evidenceCount = 0;
  let figureCount = 0;

  add('CREATE CONSTRAINT IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE');
  add('CREATE CONSTRAINT IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE');
  add('CREATE CONSTRAINT IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE');
  add('CREATE CONSTRAINT IF NOT EXISTS FOR (n:Figure) REQUIRE n.id IS UNIQUE');

  for (const a of meta.articles) {
    const { id, ...props } = a;
    add(`MERGE (a:Article {id: ${cypherString(id)}}) SET a += ${mapLiteral(props)}`);
  }
  graph.forEachNode((id, { node: n }) => {
    const props = {
      name: n.name, aliases: n.aliases, mentions: n.mentions, kind: n.kind, roles: n.roles, eventType: n.eventType, date: n.date,
      participants: n.participants, figures: n.figures.map((f) => f.text),
    };
    add(`MERGE (n:Entity {id: ${cypherString(id)}}) SET n:${cypherName(n.label)}, n += ${mapLiteral(props)}`);
  });
  graph.forEachNode((id, { node: n }) => {
    for (const f of n.figures) {
      const { id: figureId, attributedToName: _name, ...props } = f;
      add(`MATCH (n:Entity {id: ${cypherString(id)}}) MERGE (f:Figure {id: ${cypherString(figureId)}}) SET f += ${mapLiteral(props)} MERGE (n)-[:HAS_FIGURE]->(f)`);
      add(`MATCH (f:Figure {id: ${cypherString(figureId)}}), (a:Article {id: ${cypherString(f.articleId)}}) MERGE (f)-[:FROM_ARTICLE]->(a)`);
      if (f.attributedTo && graph.hasNode(f.attributedTo)) {
        add(`MATCH (f:Figure {id: ${cypherString(figureId)}}), (c:Entity {id: ${cypherString(f.attributedTo)}}) MERGE (f)-[:CLAIMED_BY]->(c)`);
      }
      figureCount += 1;
    }
  });
  graph.forEachEdge((id, { edge: e }, source, target) => {
    const props = {
      count: e.count, articles: e.articles, confidence: e.confidence, evidence: e.evidence.map((ev) => ev.sentence),
      rules: [...new Set(e.evidence.map((ev) => ev.rule))].sort(), role: e.role, items: e.items, weight: e.weight,
      firstSeen: e.firstSeen, lastSeen: e.lastSeen, sources: e.sources,
    };
    add(`MATCH (s:Entity {id: ${cypherString(source)}}), (t:Entity {id: ${cypherString(target)}}) ` +
      `MERGE (s)-[r:${cypherName(e.type)} {id: ${cypherString(id)}}]->(t) SET r += ${mapLiteral(props)}`);
    for (const ev of e.evidence) {
      const { id: evidenceId, attributedToName: _name, ...rest } = ev;
      add(`MATCH (a:Article {id: ${cypherString(ev.articleId)}}) MERGE (e:Evidence {id: ${cypherString(evidenceId)}}) ` +
        `SET e += ${mapLiteral({ ...rest, relId: id, relType: e.type, source, target, role: e.role, items: e.items, weight: e.weight })} ` +
        'MERGE (e)-[:FROM_ARTICLE]->(a)');
      evidenceCount += 1;
    }
  });
  for (const m of meta.mentions) {
    if (!graph.hasNode(m.entityId)) continue;
    add(`MATCH (a:Article {id: ${cypherString(m.articleId)}}), (n:Entity {id: ${cypherString(m.entityId)}}) ` +
      `MERGE (a)-[r:MENTIONS]->(n) SET r.count = ${m.count}`);
  }

  const header = [
    `// newsgraph export: ${meta.title.replace(/[\r\n]+/g, ' ')}`,
    `// Generated ${meta.generatedAt}. Recreates ${graph.order} entities, ${graph.size} relations, ${meta.articles.length} articles`,
    `// (metadata only, not their text), ${evidenceCount} evidence items and ${figureCount} figures in an empty Neo4j 5 database.`,
    '// One statement per line; run with `cypher-shell -f <this file>`. Idempotent (MERGE on id).',
    '',
  ];
  return `${header.join('\n')}${lines.join('\n')}\n`;
}
