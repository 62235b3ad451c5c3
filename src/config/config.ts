// One configuration schema for the whole CLI: Neo4j connection and NEWSGRAPH_HOME, from env and flags
// (flags win). A wrong value is a ConfigError naming the variable.
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { newsgraphHome } from '../paths.js';

const BOLT_URI = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/?#]+(:\d+)?\/?(\?\S*)?$/;

export const ConfigSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(BOLT_URI, 'must be a bolt://, bolt+s://, neo4j:// or neo4j+s:// URI with a host, e.g. bolt://localhost:7687')
    .optional(),
  NEO4J_USER: z.string().min(1, 'must not be empty').default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1, 'must not be empty').optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'must be a Neo4j database name (3–63 letters, digits, dots, dashes)')
    .default('neo4j'),
  NEWSGRAPH_HOME: z.string().min(1, 'must not be empty'),
});

export interface Config {
  /** An external server (Docker, remote, Aura, cluster); undefined → the managed local Neo4j. */
  neo4jUri?: string;
  neo4jUser: string;
  neo4jPassword?: string;
  neo4jDatabase: string;
  /** Runtime state: managed Neo4j data, logs, password. */
  home: string;
}

/** Command-line flags that override the environment. */
export interface ConfigFlags {
  neo4jUri?: string;
  neo4jUser?: string;
  neo4jDatabase?: string;
  home?: string;
}

const blankToUndefined = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());

export function loadConfig(env: NodeJS.ProcessEnv = process.env, flags: ConfigFlags = {}): Config {
  const input = {
    NEO4J_URI: blankToUndefined(flags.neo4jUri ?? env.NEO4J_URI),
    NEO4J_USER: blankToUndefined(flags.neo4jUser ?? env.NEO4J_USER),
    NEO4J_PASSWORD: env.NEO4J_PASSWORD === '' ? undefined : env.NEO4J_PASSWORD,
    NEO4J_DATABASE: blankToUndefined(flags.neo4jDatabase ?? env.NEO4J_DATABASE),
    NEWSGRAPH_HOME: newsgraphHome({ NEWSGRAPH_HOME: blankToUndefined(flags.home ?? env.NEWSGRAPH_HOME) }),
  };
  const parsed = ConfigSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'config');
    const shown = name === 'NEO4J_PASSWORD' ? '' : ` (got ${JSON.stringify(input[name as keyof typeof input])})`;
    throw new ConfigError(`config: ${name} ${issue.message}${shown}`);
  }
  const c = parsed.data;
  if (c.NEO4J_URI && !c.NEO4J_PASSWORD) {
    throw new ConfigError('config: NEO4J_PASSWORD must be set when NEO4J_URI is set');
  }
  return {
    neo4jUri: c.NEO4J_URI,
    neo4jUser: c.NEO4J_USER,
    neo4jPassword: c.NEO4J_PASSWORD,
    neo4jDatabase: c.NEO4J_DATABASE,
    home: c.NEWSGRAPH_HOME,
  };
}
