// The connection flags shared by every command that talks to Neo4j (they override the environment).
import type { Command } from 'commander';
import type { ConfigFlags } from './config.js';

export function addConnectionOptions(command: Command): Command {
  return command
    .option('--neo4j-uri <uri>', 'Neo4j server to use (overrides NEO4J_URI; default: the managed local Neo4j)')
    .option('--neo4j-user <user>', 'user name (overrides NEO4J_USER; password only from NEO4J_PASSWORD)')
    .option('--neo4j-database <name>', 'database (overrides NEO4J_DATABASE; default neo4j)')
    .option('--home <dir>', 'runtime folder of the managed Neo4j (overrides NEWSGRAPH_HOME; default .newsgraph)');
}

export function connectionFlags(options: Record<string, unknown>): ConfigFlags {
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    neo4jUri: text(options.neo4jUri),
    neo4jUser: text(options.neo4jUser),
    neo4jDatabase: text(options.neo4jDatabase),
    home: text(options.home),
  };
}
