// The article write's statements find their nodes through the uniqueness-constraint / range indexes
// (EXPLAIN on the real Neo4j): no statement scans all nodes, all nodes of a label or all relationships, so
// the cost of a lookup does not grow with the graph.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config/config.js';
import { resolveConnection } from '../../src/config/connection.js';
import { RELATION_TYPES } from '../../src/graph/ontology.js';
import * as Q from '../../src/store/article-cypher.js';
import { toParams, type Store } from '../../src/store/store.js';
import { openTestStore, resetDatabase } from '../helpers/neo4j.js';

interface PlanNode { operatorType: string; children: PlanNode[]; arguments: Record<string, unknown> }

function operators(plan: PlanNode, out: string[] = []): string[] {
  out.push(`${plan.operatorType.replace(/@.*$/, '')} ${String(plan.arguments.Details ?? '')}`);
  for (const child of plan.children) operators(child, out);
  return out;
}

const row = { id: 'x', key: 'k', articleId: 'x', entityId: 'e', source: 's', target: 't', relId: 'r', attributedTo: 'c', count: 1 };

const STATEMENTS: [string, string, Record<string, unknown>][] = [
  ['FIND_ARTICLES', Q.FIND_ARTICLES, { articles: [row] }],
  ['OLD_ARTICLES_RELATIONS', Q.OLD_ARTICLES_RELATIONS, { keys: ['k'] }],
  ['OLD_ARTICLES_ENTITIES', Q.OLD_ARTICLES_ENTITIES, { keys: ['k'] }],
  ['DELETE_ARTICLES', Q.DELETE_ARTICLES, { keys: ['k'] }],
  ['CREATE_MENTIONS', Q.CREATE_MENTIONS, { rows: [row] }],
  ['CREATE_EVIDENCE', Q.CREATE_EVIDENCE, { rows: [row] }],
  ['CREATE_FIGURES', Q.CREATE_FIGURES, { rows: [row] }],
  ['RECOMPUTE_ENTITIES', Q.RECOMPUTE_ENTITIES, { ids: ['e'] }],
  ['DELETE_ORPHAN_ENTITIES', Q.DELETE_ORPHAN_ENTITIES, { ids: ['e'] }],
  ['MERGE_ENTITIES', Q.MERGE_ENTITIES, { rows: [{ ...row, label: 'Person' }] }],
  ['MERGE_RELATIONS', Q.MERGE_RELATIONS, { rows: [{ ...row, type: 'SUPPLIES' }] }],
  ['RECOMPUTE_RELATIONS', Q.RECOMPUTE_RELATIONS, { rows: [{ ...row, type: 'SUPPLIES' }] }],
  ...RELATION_TYPES.map((t): [string, string, Record<string, unknown>] => [`deleteEmptyRelations(${t})`, Q.deleteEmptyRelations(t), { rows: [row] }]),
];

describe('plans of the article write (EXPLAIN, real Neo4j)', () => {
  let store: Store;
  let driver: Driver;
  beforeAll(async () => {
    store = await openTestStore();
    await resetDatabase(store); // schema present
    const c = resolveConnection(loadConfig(process.env));
    driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), { logging: { level: 'error', logger: () => undefined } });
  });
  afterAll(async () => {
    await driver?.close();
    await store?.close();
  });

  it.each(STATEMENTS)('%s seeks by index and never scans', async (_name, cypher, params) => {
    const c = resolveConnection(loadConfig(process.env));
    const session = driver.session({ database: c.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const result = await session.executeWrite((tx) => tx.run(`EXPLAIN ${cypher}`, toParams(params)));
      const ops = operators(result.summary.plan as unknown as PlanNode);
      // no relationship expanded without its type (that reads every relationship of a hub)
      expect(ops.filter((o) => /^Expand\(Into\) \(\w+\)-\[\w+\]-/.test(o))).toEqual([]);
      expect(ops.filter((o) => /^(AllNodesScan|NodeByLabelScan|DirectedRelationshipTypeScan|UndirectedRelationshipTypeScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan)\b/.test(o))).toEqual([]);
      // every statement starts from an index seek (unique id/key, Evidence.relId)
      expect(ops.some((o) => /IndexSeek/.test(o))).toBe(true);
    } finally {
      await session.close();
    }
  });
});
