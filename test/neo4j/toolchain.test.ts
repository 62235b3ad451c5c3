import { describe, expect, it } from '@jest/globals';
import { DatabaseError } from '../../src/errors.js';
import { checkJava, parseJavaMajor } from '../../src/neo4j/toolchain.js';

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "11.0.2" 2019-01-15', 11],
    ['no java here', undefined],
  ])('%s → %s', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });
});

describe('checkJava', () => {
  it('finds the Java 17+ this machine runs Neo4j with', async () => {
    expect(await checkJava()).toBeGreaterThanOrEqual(17);
  });

  it('says in one sentence what to install when java is missing', async () => {
    const attempt = checkJava({ ...process.env, JAVA_HOME: '/nonexistent/jdk' });
    await expect(attempt).rejects.toThrow(DatabaseError);
    await expect(checkJava({ ...process.env, JAVA_HOME: '/nonexistent/jdk' })).rejects.toThrow(
      /^neo4j: the managed Neo4j needs Java 17 or newer and Maven: install them .* or set NEO4J_URI/,
    );
  });
});
