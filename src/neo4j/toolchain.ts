// Java and Maven for the managed Neo4j: check they are there, and let Maven resolve Neo4j 5.26's
// runtime classpath from neo4j/pom.xml (downloaded once into ~/.m2, then read from there).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { DatabaseError } from '../errors.js';
import { NEO4J_DIR } from '../paths.js';

const run = promisify(execFile);

export const MIN_JAVA_MAJOR = 17;
export const NEO4J_POM = join(NEO4J_DIR, 'pom.xml');
export const NEO4J_CONF_TEMPLATE = join(NEO4J_DIR, 'neo4j.conf');

const NO_JAVA = `neo4j: the managed Neo4j needs Java ${MIN_JAVA_MAJOR} or newer and Maven: install them (Debian/Ubuntu: apt-get install -y openjdk-17-jre-headless maven) or set NEO4J_URI to a running Neo4j 5`;

/** The java executable: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH. */
export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Major version from `java -version` output ("17.0.15", "1.8.0_392" → 8, "21" → 21). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

export async function checkJava(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let out: string;
  try {
    const { stdout, stderr } = await run(javaCommand(env), ['-version'], { env });
    out = `${stderr}${stdout}`;
  } catch {
    throw new DatabaseError(NO_JAVA);
  }
  const major = parseJavaMajor(out);
  if (major === undefined || major < MIN_JAVA_MAJOR) {
    throw new DatabaseError(`${NO_JAVA} (found Java ${major ?? 'of unknown version'})`);
  }
  return major;
}

export async function checkMaven(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await run('mvn', ['-v'], { env });
  } catch {
    throw new DatabaseError(NO_JAVA);
  }
}

const pomHash = (): string => createHash('sha256').update(readFileSync(NEO4J_POM)).digest('hex');

/**
 * Writes a java @argfile (`-cp "<jars>"`) with Neo4j's runtime classpath from ~/.m2 and returns its
 * path. Maven runs only when the pom changed or a jar went missing; it downloads into ~/.m2 once.
 */
export async function ensureClasspath(argFile: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const stamp = `${argFile}.sha256`;
  const hash = pomHash();
  if (existsSync(argFile) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
    const jars = readFileSync(argFile, 'utf8').replace(/^-cp "|"\s*$/g, '').split(':');
    if (jars.length > 0 && jars.every((jar) => existsSync(jar))) return argFile;
  }
  await checkMaven(env);
  mkdirSync(dirname(argFile), { recursive: true });
  const cpFile = `${argFile}.txt`;
  try {
    await run(
      'mvn',
      ['-q', '-B', '-Dstyle.color=never', '-f', NEO4J_POM, 'dependency:build-classpath', '-DincludeScope=runtime', `-Dmdep.outputFile=${cpFile}`],
      { env, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (err) {
    const detail = (err as { stdout?: string }).stdout?.split('\n').find((l) => l.includes('ERROR')) ?? (err as Error).message;
    throw new DatabaseError(`neo4j: Maven could not resolve Neo4j from ${NEO4J_POM}: ${detail.trim()}`, { cause: err });
  }
  const classpath = readFileSync(cpFile, 'utf8').trim();
  if (!classpath.includes('neo4j-')) throw new DatabaseError(`neo4j: Maven returned an empty classpath for ${NEO4J_POM}`);
  writeFileSync(argFile, `-cp "${classpath}"\n`);
  writeFileSync(stamp, hash);
  return argFile;
}

/** Runs a main class of the Neo4j jars to completion (used for `neo4j-admin`-style commands). */
export async function runNeo4jTool(
  argFile: string,
  mainClass: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<string> {
  try {
    const { stdout } = await run(javaCommand(env), [`@${argFile}`, mainClass, ...args], { env });
    return stdout;
  } catch (err) {
    const e = err as { stderr?: string; stdout?: string; message: string };
    throw new DatabaseError(`neo4j: ${mainClass} failed: ${(e.stderr || e.stdout || e.message).trim().split('\n')[0]}`, { cause: err });
  }
}
