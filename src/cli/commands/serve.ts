// `newsgraph serve [--port 7475] [--host 127.0.0.1]`: the viewer page and its read-only JSON API.
// Runs until SIGINT/SIGTERM, then closes the server and the store.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { addConnectionOptions, connectionFlags } from '../../config/flags.js';
import { UsageError } from '../../errors.js';
import { VIEWER_DIST_DIR } from '../../paths.js';
import { createApp } from '../../serve/app.js';
import { createNamedQueries } from '../../serve/named-queries.js';
import { readOnlyStore } from '../../serve/read-only-store.js';
import { createReportRenderer } from '../../serve/report.js';
import { openStore } from '../../store/store.js';
import { println, type CliIO } from '../io.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new UsageError(`serve: --port must be an integer 0–65535 (got "${value}")`);
  return n;
}

function parseMax(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 10 || n > 20000) throw new UsageError(`serve: --max-nodes must be an integer 10–20000 (got "${value}")`);
  return n;
}

export function register(program: Command, io: CliIO): void {
  addConnectionOptions(
    program
      .command('serve')
      .description('serve the graph viewer and its read-only JSON API (127.0.0.1 unless --host says otherwise)')
      .option('--port <port>', 'HTTP port (0 = any free port)', parsePort, 7475)
      .option('--host <host>', 'interface to listen on; anything but loopback exposes the graph to the network', '127.0.0.1')
      .option('--max-nodes <n>', 'most nodes in one API answer', parseMax, 500)
      .option('--verbose', 'log every API request to stderr'),
  ).action(async (options: Record<string, unknown>) => {
    const config = loadConfig(io.env, connectionFlags(options));
    const host = String(options.host);
    const port = options.port as number;
    const maxNodes = options.maxNodes as number;
    const log = (line: string) => io.stderr.write(`${line}\n`);
    if (!LOOPBACK.has(host)) {
      log(`serve: WARNING: listening on ${host} makes the graph and its article text readable by anyone who can reach this machine`);
    }
    if (!existsSync(join(VIEWER_DIST_DIR, 'index.html'))) {
      log(`serve: the viewer is not built (${VIEWER_DIST_DIR}): run \`npm run build:viewer\`; the API still works`);
    }
    const store = await openStore(config);
    const server = createApp({
      db: readOnlyStore(store),
      viewerDir: VIEWER_DIST_DIR,
      limits: { maxNodes, maxEdges: maxNodes * 6 },
      namedQueries: createNamedQueries(store, undefined, log),
      renderReport: createReportRenderer(store),
      allowedHosts: LOOPBACK.has(host) ? [...LOOPBACK] : [],
      log: options.verbose ? log : (line) => { if (line.startsWith('serve:')) log(line); },
    });
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', (err: NodeJS.ErrnoException) => {
          reject(err.code === 'EADDRINUSE' ? new UsageError(`serve: port ${port} is in use (try --port 0 or another port)`) : err);
        });
        server.listen(port, host, () => resolve());
      });
    } catch (err) {
      await store.close();
      throw err;
    }
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const shown = host.includes(':') ? `[${host}]` : host;
    println(io.stdout, `newsgraph serve: http://${shown}:${actualPort}/ (graph in ${store.uri}, database ${store.database}; Ctrl-C to stop)`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        server.close(() => resolve());
        server.closeAllConnections();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await store.close();
    println(io.stdout, 'newsgraph serve: stopped');
  });
}
