// Which Neo4j to talk to: the server named by NEO4J_URI, else the managed local one under NEWSGRAPH_HOME.
import { DatabaseError } from '../errors.js';
import { managedPid, readManagedConnection } from '../neo4j/server.js';
import type { Config } from './config.js';

export interface Connection {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** true: the local server `newsgraph db start` runs */
  managed: boolean;
}

export function resolveConnection(config: Config): Connection {
  if (config.neo4jUri) {
    return {
      uri: config.neo4jUri,
      user: config.neo4jUser,
      password: config.neo4jPassword ?? '',
      database: config.neo4jDatabase,
      managed: false,
    };
  }
  const local = readManagedConnection(config.home);
  if (!local || managedPid(config.home) === undefined) {
    throw new DatabaseError(
      `neo4j: the managed local Neo4j (${config.home}) is not running: run \`newsgraph db start\`, or set NEO4J_URI to use another server`,
    );
  }
  return { ...local, managed: true };
}
