// Where the managed local Neo4j keeps its files under newsgraphHome(): one folder, nothing elsewhere
// except the Maven artifacts in ~/.m2.
import { join } from 'node:path';

export interface ManagedLayout {
  /** <home>/neo4j: NEO4J_HOME of the managed server */
  root: string;
  confDir: string;
  confFile: string;
  dataDir: string;
  logsDir: string;
  runDir: string;
  importDir: string;
  /** pid of the java process this project started */
  pidFile: string;
  /** generated password of the `neo4j` user (mode 0600) */
  passwordFile: string;
  /** { port } chosen at first start, reused afterwards */
  stateFile: string;
  /** java @argfile holding the classpath resolved by Maven */
  classpathFile: string;
  /** stdout/stderr of the java process (Neo4j's own logs are in logsDir) */
  consoleLog: string;
}

export function managedLayout(home: string): ManagedLayout {
  const root = join(home, 'neo4j');
  return {
    root,
    confDir: join(root, 'conf'),
    confFile: join(root, 'conf', 'neo4j.conf'),
    dataDir: join(root, 'data'),
    logsDir: join(root, 'logs'),
    runDir: join(root, 'run'),
    importDir: join(root, 'import'),
    pidFile: join(root, 'run', 'newsgraph-neo4j.pid'),
    passwordFile: join(root, 'password'),
    stateFile: join(root, 'state.json'),
    classpathFile: join(root, 'classpath.args'),
    consoleLog: join(root, 'logs', 'console.log'),
  };
}
