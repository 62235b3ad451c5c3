// `newsgraph db start|stop|status|reset`: the managed local Neo4j (or, with NEO4J_URI, the configured one).
import type { Command } from 'commander';
import { loadConfig, type Config } from '../../config/config.js';
import { addConnectionOptions, connectionFlags } from '../../config/flags.js';
import { UsageError } from '../../errors.js';
import { managedPid, startManaged, stopManaged } from '../../neo4j/server.js';
import { countGraph, emptyDatabase } from '../../store/admin.js';
import { describeSchemaReport, ensureSchema } from '../../store/schema.js';
import { openStore, type Store } from '../../store/store.js';
import { println, type CliIO } from '../io.js';

export function register(program: Command, io: CliIO): void {
  const db = program.command('db').description('start, stop, inspect or empty the Neo4j database');

  addConnectionOptions(
    db
      .command('start')
      .description('start the managed local Neo4j 5.26 (Bolt on 127.0.0.1) and wait until it answers; harmless when running')
      .option('--port <port>', 'Bolt port (default: the one used before, else 7687 if free, else any free port)', parsePort)
      .option('--heap <size>', 'JVM max heap of the managed Neo4j', '1g'),
  ).action(async (options: Record<string, unknown>) => {
    const config = loadConfig(io.env, connectionFlags(options));
    if (config.neo4jUri) {
      println(io.stdout, `db start: NEO4J_URI is set (${config.neo4jUri}): using that server, nothing to start`);
      await withStore(config, true, (store) => printStatus(io, store, config));
      return;
    }
    if (io.stderr.isTTY) io.stderr.write(`db start: starting Neo4j under ${config.home} …\n`);
    const started = await startManaged({ home: config.home, port: options.port as number | undefined, heap: String(options.heap), env: io.env });
    await withStore(config, true, async (store) => {
      const info = await store.serverInfo();
      const how = started.alreadyRunning ? 'already running' : `started in ${(started.startMs / 1000).toFixed(1)}s`;
      println(io.stdout, `db start: Neo4j ${info.version} (${info.edition}) ${how} at ${store.uri}, database ${store.database}, pid ${started.pid}`);
      if (store.schema) println(io.stdout, `db start: ${describeSchemaReport(store.schema)}`);
    });
  });

  addConnectionOptions(db.command('stop').description('stop the managed local Neo4j started by `db start` (only that process)')).action(
    async (options: Record<string, unknown>) => {
      const config = loadConfig(io.env, connectionFlags(options));
      if (config.neo4jUri) {
        println(io.stdout, `db stop: NEO4J_URI is set (${config.neo4jUri}): newsgraph does not stop servers it did not start`);
        return;
      }
      const pid = await stopManaged(config.home);
      println(io.stdout, pid === undefined ? 'db stop: the managed Neo4j was not running' : `db stop: stopped the managed Neo4j (pid ${pid})`);
    },
  );

  addConnectionOptions(
    db.command('status').description('server version, URI, database, node and relationship counts; exit 1 when unreachable'),
  ).action(async (options: Record<string, unknown>) => {
    const config = loadConfig(io.env, connectionFlags(options));
    await withStore(config, false, (store) => printStatus(io, store, config));
  });

  addConnectionOptions(
    db.command('reset').description('delete every node and relationship of the database (asks for --yes)').option('--yes', 'really empty it'),
  ).action(async (options: Record<string, unknown>) => {
    const config = loadConfig(io.env, connectionFlags(options));
    await withStore(config, false, async (store) => {
      if (!options.yes) throw new UsageError(`db reset: this deletes everything in database ${store.database} at ${store.uri}: add --yes`);
      const deleted = await emptyDatabase(store);
      await ensureSchema(store); // the schema-version node goes with the data; constraints and indexes stay
      println(io.stdout, `db reset: deleted ${deleted.nodes} nodes and ${deleted.relationships} relationships from ${store.database} at ${store.uri}`);
    });
  });
}

async function printStatus(io: CliIO, store: Store, config: Config): Promise<void> {
  const info = await store.serverInfo();
  const { nodes, relationships } = await countGraph(store);
  const pid = store.managed ? managedPid(config.home) : undefined;
  const lines: [string, string][] = [
    ['server', `Neo4j ${info.version} (${info.edition})`],
    ['uri', store.uri],
    ['database', store.database],
    ['managed', store.managed ? `yes${pid ? `, pid ${pid}` : ''}` : 'no (NEO4J_URI)'],
    ['nodes', String(nodes)],
    ['relationships', String(relationships)],
  ];
  for (const [key, value] of lines) println(io.stdout, `${`${key}:`.padEnd(15)}${value}`);
}

async function withStore(config: Config, schema: boolean, work: (store: Store) => Promise<void>): Promise<void> {
  const store = await openStore(config, { ensureSchema: schema });
  try {
    await work(store);
  } finally {
    await store.close();
  }
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`db start: --port must be a port number 1–65535 (got "${value}")`);
  return port;
}
