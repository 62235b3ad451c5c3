// The managed local Neo4j: Neo4j's own server entry point (org.neo4j.server.CommunityEntryPoint) run
// from the Maven jars, Bolt on 127.0.0.1, everything under <home>/neo4j. Stops only the process it
// started (pid file + command line check).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import neo4j from 'neo4j-driver';
import { DatabaseError } from '../errors.js';
import { managedLayout, type ManagedLayout } from './layout.js';
import { checkJava, ensureClasspath, javaCommand, NEO4J_CONF_TEMPLATE, runNeo4jTool } from './toolchain.js';

export const MANAGED_USER = 'neo4j';
export const MANAGED_DATABASE = 'neo4j';
export const DEFAULT_BOLT_PORT = 7687;
const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

export interface ManagedConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface StartOptions {
  home: string;
  /** Bolt port; default: the port used before, else 7687 when free, else any free port. */
  port?: number;
  /** JVM max heap, e.g. "1g" */
  heap?: string;
  /** How long to wait for Bolt to answer. */
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

export interface StartResult {
  connection: ManagedConnection;
  pid: number;
  alreadyRunning: boolean;
  /** ms from spawning java until a query answered (0 when already running) */
  startMs: number;
}

interface State {
  port: number;
}

/** The connection of the managed server under `home`, if it was ever started (running or not). */
export function readManagedConnection(home: string): ManagedConnection | undefined {
  const layout = managedLayout(home);
  const state = readState(layout);
  if (!state || !existsSync(layout.passwordFile)) return undefined;
  return {
    uri: `bolt://127.0.0.1:${state.port}`,
    user: MANAGED_USER,
    password: readFileSync(layout.passwordFile, 'utf8').trim(),
    database: MANAGED_DATABASE,
  };
}

/** pid of the running managed server this project started under `home`, else undefined. */
export function managedPid(home: string): number | undefined {
  const layout = managedLayout(home);
  if (!existsSync(layout.pidFile)) return undefined;
  const pid = Number(readFileSync(layout.pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && isOurProcess(pid, layout) ? pid : undefined;
}

export async function startManaged(options: StartOptions): Promise<StartResult> {
  const env = options.env ?? process.env;
  const layout = managedLayout(options.home);
  const timeoutMs = options.timeoutMs ?? 180_000;
  const running = managedPid(options.home);
  const known = readManagedConnection(options.home);
  if (running !== undefined && known) {
    await waitForBolt(known, running, layout, timeoutMs);
    return { connection: known, pid: running, alreadyRunning: true, startMs: 0 };
  }

  await checkJava(env);
  const argFile = await ensureClasspath(layout.classpathFile, env);
  for (const dir of [layout.confDir, layout.dataDir, layout.logsDir, layout.runDir, layout.importDir]) mkdirSync(dir, { recursive: true });
  const port = await choosePort(options.port, readState(layout)?.port);
  writeFileSync(layout.stateFile, `${JSON.stringify({ port } satisfies State)}\n`);
  writeFileSync(layout.confFile, renderConf(layout, port));
  const password = await ensurePassword(layout, argFile, env);

  const out = openSync(layout.consoleLog, 'a');
  const started = Date.now();
  const child = spawn(
    javaCommand(env),
    [
      `-Xms256m`,
      `-Xmx${options.heap ?? '1g'}`,
      '-XX:+UseG1GC',
      '-XX:-OmitStackTraceInFastThrow',
      '-Dfile.encoding=UTF-8',
      '-Dlog4j2.disable.jmx=true',
      `@${argFile}`,
      ENTRY_POINT,
      `--home-dir=${layout.root}`,
      `--config-dir=${layout.confDir}`,
    ],
    { cwd: layout.root, env: { ...env, NEO4J_HOME: layout.root, NEO4J_CONF: layout.confDir }, detached: true, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new DatabaseError(`neo4j: could not start ${javaCommand(env)}`);
  child.unref();
  writeFileSync(layout.pidFile, `${pid}\n`);
  const connection = readManagedConnection(options.home) ?? { uri: `bolt://127.0.0.1:${port}`, user: MANAGED_USER, password, database: MANAGED_DATABASE };
  try {
    await waitForBolt(connection, pid, layout, timeoutMs);
  } catch (err) {
    if (isAlive(pid)) await stopPid(pid, 20_000);
    rmSync(layout.pidFile, { force: true });
    throw err;
  }
  return { connection, pid, alreadyRunning: false, startMs: Date.now() - started };
}

/** Stops the managed server under `home` if this project started it; resolves to its pid, or undefined. */
export async function stopManaged(home: string, timeoutMs = 60_000): Promise<number | undefined> {
  const layout = managedLayout(home);
  const pid = managedPid(home);
  if (pid !== undefined) await stopPid(pid, timeoutMs);
  rmSync(layout.pidFile, { force: true });
  return pid;
}

async function stopPid(pid: number, timeoutMs: number): Promise<void> {
  signal(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) {
    signal(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(100);
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // a zombie (exited, not yet reaped by us) counts as gone
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

function isOurProcess(pid: number, layout: ManagedLayout): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes(ENTRY_POINT) && cmdline.includes(`--home-dir=${layout.root}`);
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}

function readState(layout: ManagedLayout): State | undefined {
  try {
    const state = JSON.parse(readFileSync(layout.stateFile, 'utf8')) as Partial<State>;
    return typeof state.port === 'number' ? { port: state.port } : undefined;
  } catch {
    return undefined;
  }
}

function renderConf(layout: ManagedLayout, port: number): string {
  return [
    readFileSync(NEO4J_CONF_TEMPLATE, 'utf8').trimEnd(),
    '',
    '# --- written by newsgraph db start ---',
    `server.directories.data=${layout.dataDir}`,
    `server.directories.logs=${layout.logsDir}`,
    `server.directories.run=${layout.runDir}`,
    `server.directories.import=${layout.importDir}`,
    `server.bolt.listen_address=127.0.0.1:${port}`,
    `server.bolt.advertised_address=127.0.0.1:${port}`,
    '',
  ].join('\n');
}

/** The generated password: created (mode 0600) and set as Neo4j's initial password before the first start. */
async function ensurePassword(layout: ManagedLayout, argFile: string, env: NodeJS.ProcessEnv): Promise<string> {
  if (existsSync(layout.passwordFile)) return readFileSync(layout.passwordFile, 'utf8').trim();
  if (existsSync(`${layout.dataDir}/databases`)) {
    throw new DatabaseError(`neo4j: ${layout.dataDir} holds a database but its password file ${layout.passwordFile} is gone: remove ${layout.root} to start afresh`);
  }
  const password = randomBytes(18).toString('base64url');
  writeFileSync(layout.passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    await runNeo4jTool(argFile, 'org.neo4j.cli.AdminTool', ['dbms', 'set-initial-password', password], {
      ...env,
      NEO4J_HOME: layout.root,
      NEO4J_CONF: layout.confDir,
    });
  } catch (err) {
    rmSync(layout.passwordFile, { force: true });
    throw err;
  }
  return password;
}

async function choosePort(requested: number | undefined, previous: number | undefined): Promise<number> {
  if (requested !== undefined) {
    if (!(await portIsFree(requested))) throw new DatabaseError(`neo4j: port ${requested} on 127.0.0.1 is in use`);
    return requested;
  }
  for (const candidate of [previous, DEFAULT_BOLT_PORT]) {
    if (candidate !== undefined && (await portIsFree(candidate))) return candidate;
  }
  return freePort();
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port the OS says is free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForBolt(connection: ManagedConnection, pid: number, layout: ManagedLayout, timeoutMs: number): Promise<void> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => undefined },
  });
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  try {
    while (Date.now() < deadline) {
      if (!isAlive(pid)) throw new DatabaseError(`neo4j: the server exited during start: ${lastLogLine(layout)}`);
      const session = driver.session({ database: connection.database });
      try {
        await session.run('RETURN 1');
        return;
      } catch (err) {
        lastError = err;
        const code = (err as { code?: string }).code ?? '';
        if (code.startsWith('Neo.ClientError.Security')) {
          throw new DatabaseError(`neo4j: ${connection.uri} refused the password in ${layout.passwordFile}: ${(err as Error).message}`);
        }
      } finally {
        await session.close();
      }
      await sleep(250);
    }
  } finally {
    await driver.close();
  }
  throw new DatabaseError(`neo4j: Bolt at ${connection.uri} did not answer within ${Math.round(timeoutMs / 1000)}s (${(lastError as Error)?.message ?? 'no answer'}); see ${layout.logsDir}`);
}

function lastLogLine(layout: ManagedLayout): string {
  for (const file of [`${layout.logsDir}/neo4j.log`, layout.consoleLog]) {
    try {
      const lines = readFileSync(file, 'utf8').trim().split('\n');
      const error = [...lines].reverse().find((l) => /ERROR|Exception|Error:/.test(l));
      if (error ?? lines.at(-1)) return `${(error ?? lines.at(-1))!.trim()} (${file})`;
    } catch {
      // try the next file
    }
  }
  return `see ${layout.logsDir}`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
