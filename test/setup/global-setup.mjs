// Jest global setup: one throwaway managed Neo4j per test run (temporary NEWSGRAPH_HOME, free port),
// its connection exported as NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE for the test files.
// NEWSGRAPH_TEST_NEO4J=off skips it (runs that touch no database); an already set NEO4J_URI is used as is
// (e.g. a Docker Neo4j) — the tests empty that database, so never point it at real data.
// Runs whose selected test files never touch the database (no `helpers/neo4j`, `openTestStore`,
// `NEO4J_URI` or `NEWSGRAPH_HOME` in them or the test/ modules they import) start no Neo4j at all.
// Plain ESM loading the TypeScript sources through tsx: jest's transform/moduleNameMapper do not apply here.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const USES_NEO4J = /helpers\/neo4j|openTestStore|NEO4J_URI|NEWSGRAPH_HOME/;

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? testFiles(join(dir, d.name)) : d.name.endsWith('.test.ts') ? [join(dir, d.name)] : [],
  );
}

/** Does this file, or a module under test/ it imports (transitively), use the test database? */
function usesNeo4j(file, testDir, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return false;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  if (USES_NEO4J.test(text)) return true;
  for (const [, spec] of text.matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)) {
    const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
    if (!relative(testDir, target).startsWith('..') && usesNeo4j(target, testDir, seen)) return true;
  }
  return false;
}

function selectedFilesNeedNeo4j(globalConfig) {
  const testDir = join(globalConfig.rootDir, 'test');
  const patterns = globalConfig.testPathPatterns?.patterns ?? [];
  const regexes = patterns.map((p) => new RegExp(p.replace(/^\.\//, '^'), 'i'));
  return testFiles(testDir)
    .filter((f) => regexes.length === 0 || regexes.some((r) => r.test(relative(globalConfig.rootDir, f)) || r.test(f)))
    .some((f) => usesNeo4j(f, testDir));
}

/**
 * When jest dies without its teardown (killed, interrupted), a detached watchdog stops the Neo4j and
 * removes its temporary folder, so no server outlives the run. The teardown kills the watchdog first.
 */
function startWatchdog(jestPid, neo4jPid, home) {
  const script = `
    const [jest, neo4j, home] = process.argv.slice(1);
    const alive = (pid) => { try { process.kill(+pid, 0); return true; } catch { return false; } };
    const timer = setInterval(() => {
      if (alive(jest)) return;
      clearInterval(timer);
      try { process.kill(+neo4j, 'SIGTERM'); } catch {}
      const deadline = Date.now() + 30000;
      const wait = setInterval(() => {
        if (alive(neo4j) && Date.now() < deadline) return;
        clearInterval(wait);
        try { process.kill(+neo4j, 'SIGKILL'); } catch {}
        require('node:fs').rmSync(home, { recursive: true, force: true });
      }, 250);
    }, 1000);`;
  const child = spawn(process.execPath, ['-e', script, String(jestPid), String(neo4jPid), home], { detached: true, stdio: 'ignore' });
  child.unref();
  return child.pid;
}

export default async function globalSetup(globalConfig) {
  if (process.env.NEWSGRAPH_TEST_NEO4J === 'off' || process.env.NEO4J_URI) return;
  if (process.env.NEWSGRAPH_TEST_NEO4J !== 'on' && globalConfig?.rootDir && !selectedFilesNeedNeo4j(globalConfig)) return;
  const { freePort, startManaged } = await tsImport('../../src/neo4j/server.ts', import.meta.url);
  const home = mkdtempSync(join(tmpdir(), 'newsgraph-test-'));
  const started = await startManaged({ home, port: await freePort(), heap: '1g', timeoutMs: 240_000 });
  // read by global-teardown.mjs (same process and context)
  globalThis.__NEWSGRAPH_TEST_NEO4J__ = { home, pid: started.pid, watchdog: startWatchdog(process.pid, started.pid, home) };
  process.env.NEWSGRAPH_HOME = home;
  process.env.NEO4J_URI = started.connection.uri;
  process.env.NEO4J_USER = started.connection.user;
  process.env.NEO4J_PASSWORD = started.connection.password;
  process.env.NEO4J_DATABASE = started.connection.database;
  if (process.env.NEWSGRAPH_TEST_VERBOSE) {
    process.stderr.write(`\ntest neo4j: ${started.connection.uri} (pid ${started.pid}, ${home}) up in ${started.startMs} ms\n`);
  }
}
