// Jest global setup: one throwaway managed Neo4j per test run (temporary NEWSGRAPH_HOME, free port),
// its connection exported as NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE for the test files.
// NEWSGRAPH_TEST_NEO4J=off skips it (runs that touch no database); an already set NEO4J_URI is used as is
// (e.g. a Docker Neo4j) — the tests empty that database, so never point it at real data.
// Plain ESM loading the TypeScript sources through tsx: jest's transform/moduleNameMapper do not apply here.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  if (process.env.NEWSGRAPH_TEST_NEO4J === 'off' || process.env.NEO4J_URI) return;
  const { freePort, startManaged } = await tsImport('../../src/neo4j/server.ts', import.meta.url);
  const home = mkdtempSync(join(tmpdir(), 'newsgraph-test-'));
  const started = await startManaged({ home, port: await freePort(), heap: '1g', timeoutMs: 240_000 });
  // read by global-teardown.mjs (same process and context)
  globalThis.__NEWSGRAPH_TEST_NEO4J__ = { home, pid: started.pid };
  process.env.NEWSGRAPH_HOME = home;
  process.env.NEO4J_URI = started.connection.uri;
  process.env.NEO4J_USER = started.connection.user;
  process.env.NEO4J_PASSWORD = started.connection.password;
  process.env.NEO4J_DATABASE = started.connection.database;
  if (process.env.NEWSGRAPH_TEST_VERBOSE) {
    process.stderr.write(`\ntest neo4j: ${started.connection.uri} (pid ${started.pid}, ${home}) up in ${started.startMs} ms\n`);
  }
}
