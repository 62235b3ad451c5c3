// The cluster/Aura path: a neo4j:// URI makes the driver fetch a routing table and route reads and writes
// by access mode. A single Neo4j 5 server answers routing requests too, so the same store code is run
// here through neo4j:// against the test server (its advertised Bolt address is 127.0.0.1:<port>).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/config/config.js';
import { writeArticleGraphs } from '../../src/store/article-graphs.js';
import { openStore, type Store } from '../../src/store/store.js';
import { openTestStore, resetDatabase } from '../helpers/neo4j.js';
import { articleGraph, northKorea, russia } from './fixtures.js';

describe('store through a neo4j:// routing URI (real Neo4j)', () => {
  let routed: Store;
  beforeAll(async () => {
    const direct = await openTestStore();
    await resetDatabase(direct);
    await direct.close();
    const uri = process.env.NEO4J_URI!.replace(/^bolt:\/\//, 'neo4j://');
    expect(uri.startsWith('neo4j://')).toBe(true);
    routed = await openStore(loadConfig({ ...process.env, NEO4J_URI: uri }));
  });
  afterAll(() => routed.close());

  it('writes an article idempotently and reads it back through routed sessions', async () => {
    const rel = { type: 'DEPLOYS_TO' as const, source: northKorea, target: russia, sentence: 'Pyongyang sent troops to Russia.', confidence: 0.8 };
    const graph = articleGraph('routed-1', [northKorea, russia], [rel]);
    expect(await writeArticleGraphs(routed, [graph])).toMatchObject({ new: 1, failed: 0 });
    expect(await writeArticleGraphs(routed, [graph])).toMatchObject({ new: 0, unchanged: 1, nodesCreated: 0, relationshipsCreated: 0 });
    const [row] = await routed.read<{ count: number; evidence: string[] }>(
      "MATCH (:Country {id: 'country:north-korea'})-[r:DEPLOYS_TO]->(:Country {id: 'country:russia'}) RETURN r.count AS count, r.evidence AS evidence",
    );
    expect(row).toEqual({ count: 1, evidence: [rel.sentence] });
  });

  it('refuses a write in a read transaction there too', async () => {
    await expect(routed.read('CREATE (:Probe) RETURN 1 AS one')).rejects.toThrow();
    const [probe] = await routed.read<{ n: number }>('MATCH (p:Probe) RETURN count(p) AS n');
    expect(probe?.n).toBe(0);
  });
});
