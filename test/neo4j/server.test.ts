// The managed server of the jest global setup (test/setup/global-setup.mjs) is a real one started by
// startManaged: these tests check its files and the start/stop rules against it.
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { managedLayout } from '../../src/neo4j/layout.js';
import { managedPid, readManagedConnection, startManaged, stopManaged } from '../../src/neo4j/server.js';

const home = process.env.NEWSGRAPH_HOME;
const managed = Boolean(home && managedPid(home) !== undefined);

(managed ? describe : describe.skip)('managed Neo4j (the test run\'s own server)', () => {
  const layout = managedLayout(home!);

  it('keeps the generated password readable by its owner only', () => {
    expect(statSync(layout.passwordFile).mode & 0o777).toBe(0o600);
    expect(readManagedConnection(home!)?.password).toBe(process.env.NEO4J_PASSWORD);
  });

  it('listens for Bolt on 127.0.0.1 only, with auth on and HTTP off', () => {
    const conf = readFileSync(layout.confFile, 'utf8');
    expect(conf).toMatch(/^server\.bolt\.listen_address=127\.0\.0\.1:\d+$/m);
    expect(conf).toMatch(/^server\.default_listen_address=127\.0\.0\.1$/m);
    expect(conf).toMatch(/^dbms\.security\.auth_enabled=true$/m);
    expect(conf).toMatch(/^server\.http\.enabled=false$/m);
    expect(process.env.NEO4J_URI).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
  });

  it('start is harmless when it is already running', async () => {
    const pid = managedPid(home!);
    const again = await startManaged({ home: home! });
    expect(again).toMatchObject({ alreadyRunning: true, pid, startMs: 0 });
    expect(again.connection.uri).toBe(process.env.NEO4J_URI);
  });
});

describe('stop touches only the process it started', () => {
  it('does nothing for a home where nothing runs', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'newsgraph-stop-'));
    try {
      expect(await stopManaged(empty)).toBeUndefined();
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('ignores a pid file naming some other process', async () => {
    const other = mkdtempSync(join(tmpdir(), 'newsgraph-stop-'));
    const layout = managedLayout(other);
    try {
      mkdirSync(layout.runDir, { recursive: true });
      writeFileSync(layout.pidFile, `${process.pid}\n`); // this jest process: alive, but not a Neo4j of `other`
      expect(managedPid(other)).toBeUndefined();
      expect(await stopManaged(other)).toBeUndefined();
      expect(() => process.kill(process.pid, 0)).not.toThrow();
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
