// Jest global teardown: stops the throwaway Neo4j of global-setup.mjs (also after failed tests) and
// deletes its temporary folder.
import { rmSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

export default async function globalTeardown() {
  const state = globalThis.__NEWSGRAPH_TEST_NEO4J__;
  if (!state) return;
  globalThis.__NEWSGRAPH_TEST_NEO4J__ = undefined;
  if (state.watchdog) {
    try {
      process.kill(state.watchdog, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  const { stopManaged } = await tsImport('../../src/neo4j/server.ts', import.meta.url);
  await stopManaged(state.home, 30_000);
  rmSync(state.home, { recursive: true, force: true });
}
