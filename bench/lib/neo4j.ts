// A throwaway Neo4j for one benchmark: the project's own managed server (src/neo4j) under a fresh
// temporary home on a free port, stopped and deleted afterwards. Never the user's database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Connection } from '../../src/config/connection.js';
import { freePort, startManaged, stopManaged } from '../../src/neo4j/server.js';
import { peakRssOfPid } from './memory.js';

export interface Throwaway {
  connection: Connection;
  pid: number;
  startMs: number;
  /** peak resident memory of the java process so far, MiB */
  peakRssMiB(): number | undefined;
  stop(): Promise<void>;
}

export async function startThrowaway(heap = '1g'): Promise<Throwaway> {
  const home = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  try {
    const started = await startManaged({ home, port: await freePort(), heap, timeoutMs: 240_000 });
    const stop = async () => {
      await stopManaged(home);
      rmSync(home, { recursive: true, force: true });
    };
    // stop even when the benchmark throws or is interrupted
    const onSignal = () => void stop().finally(() => process.exit(130));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    return {
      connection: { ...started.connection, managed: false },
      pid: started.pid,
      startMs: started.startMs,
      peakRssMiB: () => peakRssOfPid(started.pid),
      stop: async () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await stop();
      },
    };
  } catch (err) {
    rmSync(home, { recursive: true, force: true });
    throw err;
  }
}
