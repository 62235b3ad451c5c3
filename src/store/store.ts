// The one door to Neo4j: managed transactions only (executeRead / executeWrite, which retry transient
// errors), sessions always closed, parameters always (never string-built Cypher), plain JS values out.
import neo4j, { type Driver, type ManagedTransaction, type Result, type Session } from 'neo4j-driver';
import type { z } from 'zod';
import { resolveConnection, type Connection } from '../config/connection.js';
import type { Config } from '../config/config.js';
import { DatabaseError } from '../errors.js';
import { toNative, toNativeObject, type Row } from './convert.js';
import { ensureSchema, type SchemaReport } from './schema.js';

export type { Row } from './convert.js';
export type Params = Record<string, unknown>;
export type AccessMode = 'READ' | 'WRITE';

export interface Counters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  constraintsAdded: number;
  indexesAdded: number;
}

export interface RunResult<T = Row> {
  columns: string[];
  rows: T[];
  counters: Counters;
}

/** A transaction handed to `readTx` / `writeTx` work functions. */
export interface Tx {
  run<T = Row>(cypher: string, params?: Params, schema?: z.ZodType<T>): Promise<RunResult<T>>;
  query<T = Row>(cypher: string, params?: Params, schema?: z.ZodType<T>): Promise<T[]>;
}

export interface ServerInfo {
  version: string;
  edition: string;
  address: string;
}

export interface Store {
  readonly uri: string;
  readonly database: string;
  /** true when talking to the managed local server (`newsgraph db start`) */
  readonly managed: boolean;
  /** What ensureSchema found/created when the store was opened (undefined with `ensureSchema: false`). */
  readonly schema: SchemaReport | undefined;
  read<T = Row>(cypher: string, params?: Params, schema?: z.ZodType<T>): Promise<T[]>;
  write<T = Row>(cypher: string, params?: Params, schema?: z.ZodType<T>): Promise<T[]>;
  readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** One write transaction: everything in `work` commits together or not at all (retried on transient errors). */
  writeTx<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Auto-commit query (needed for `CALL { … } IN TRANSACTIONS`); not retried. */
  autoCommit<T = Row>(cypher: string, params: Params, mode: AccessMode): Promise<RunResult<T>>;
  serverInfo(): Promise<ServerInfo>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Create missing constraints/indexes on open (default true). */
  ensureSchema?: boolean;
}

/** Opens a store on the configured server (NEO4J_URI or the managed local Neo4j) and checks it answers. */
export async function openStore(config: Config | Connection, options: OpenOptions = {}): Promise<Store> {
  const connection = 'uri' in config ? config : resolveConnection(config);
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    userAgent: 'newsgraph/0.1.0',
    logging: { level: 'error', logger: () => undefined },
    connectionAcquisitionTimeout: 60_000,
  });
  const store = new DriverStore(driver, connection);
  try {
    await driver.verifyConnectivity({ database: connection.database });
    if (options.ensureSchema ?? true) store.schema = await ensureSchema(store);
  } catch (err) {
    await driver.close();
    throw toDatabaseError(err, connection.uri);
  }
  return store;
}

class DriverStore implements Store {
  schema: SchemaReport | undefined;
  readonly uri: string;
  readonly database: string;
  readonly managed: boolean;

  constructor(private readonly driver: Driver, connection: Connection) {
    this.uri = connection.uri;
    this.database = connection.database;
    this.managed = connection.managed;
  }

  read<T = Row>(cypher: string, params?: Params, schema?: z.ZodType<T>): Promise<T[]> {
    return this.readTx((tx) => tx.query(cypher, params, schema));
  }

  write<T = Row>(cypher: string, params?: Params, schema?: z.ZodType<T>): Promise<T[]> {
    return this.writeTx((tx) => tx.query(cypher, params, schema));
  }

  readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.withSession('READ', (s) => s.executeRead((tx) => work(wrapTx(tx))));
  }

  writeTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.withSession('WRITE', (s) => s.executeWrite((tx) => work(wrapTx(tx))));
  }

  autoCommit<T = Row>(cypher: string, params: Params, mode: AccessMode): Promise<RunResult<T>> {
    return this.withSession(mode, (s) => collect<T>(s.run(cypher, toParams(params)), cypher));
  }

  async serverInfo(): Promise<ServerInfo> {
    const info = await this.withSession('READ', () => this.driver.getServerInfo({ database: this.database }));
    const [component] = await this.read<{ version: string; edition: string }>(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    );
    return { version: component?.version ?? info.agent ?? 'unknown', edition: component?.edition ?? 'unknown', address: info.address ?? this.uri };
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async withSession<T>(mode: AccessMode, work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await work(session);
    } catch (err) {
      throw toDatabaseError(err, this.uri);
    } finally {
      await session.close();
    }
  }
}

function wrapTx(tx: ManagedTransaction): Tx {
  const run = <T>(cypher: string, params?: Params, schema?: z.ZodType<T>) =>
    collect<T>(tx.run(cypher, toParams(params ?? {})), cypher, schema);
  return { run, query: async (cypher, params, schema) => (await run(cypher, params, schema)).rows };
}

async function collect<T>(pending: Result, cypher: string, schema?: z.ZodType<T>): Promise<RunResult<T>> {
  const columns = (await pending.keys()).map(String);
  const result = await pending;
  const rows = result.records.map((r) => toNativeObject(r.toObject()));
  const u = result.summary.counters.updates();
  return {
    columns,
    rows: schema ? rows.map((row, i) => validateRow(schema, row, i, cypher)) : (rows as T[]),
    counters: {
      nodesCreated: u.nodesCreated,
      nodesDeleted: u.nodesDeleted,
      relationshipsCreated: u.relationshipsCreated,
      relationshipsDeleted: u.relationshipsDeleted,
      propertiesSet: u.propertiesSet,
      labelsAdded: u.labelsAdded,
      constraintsAdded: u.constraintsAdded,
      indexesAdded: u.indexesAdded,
    },
  };
}

function validateRow<T>(schema: z.ZodType<T>, row: Row, index: number, cypher: string): T {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const query = cypher.replace(/\s+/g, ' ').trim().slice(0, 60);
  throw new DatabaseError(`store: row ${index} of "${query}…" does not match: ${issue.path.join('.') || 'row'}: ${issue.message}`);
}

/** JS integers go to Neo4j as INTEGER (the driver would send every number as FLOAT). */
export function toParams(value: Params): Params {
  return toNeo4jValue(value) as Params;
}

function toNeo4jValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Params = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toNeo4jValue(v);
    return out;
  }
  return value;
}

export function toDatabaseError(err: unknown, uri: string): Error {
  if (err instanceof DatabaseError) return err;
  const e = err as { code?: string; message?: string };
  const message = (e.message ?? String(err)).split('\n')[0];
  if (e.code === 'ServiceUnavailable' || e.code === 'SessionExpired') {
    return new DatabaseError(`neo4j: cannot reach ${uri}: ${message} (start it with \`newsgraph db start\` or check NEO4J_URI)`, { cause: err });
  }
  if (e.code?.startsWith('Neo.ClientError.Security')) {
    return new DatabaseError(`neo4j: ${uri} refused the credentials: ${message} (check NEO4J_USER / NEO4J_PASSWORD)`, { cause: err });
  }
  return new DatabaseError(`neo4j: ${e.code ? `${e.code}: ` : ''}${message}`, { cause: err });
}

export { toNative };
