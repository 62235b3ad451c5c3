import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/config/config.js';
import { ConfigError } from '../../src/errors.js';

describe('loadConfig', () => {
  it.each([
    ['bolt://localhost:7687'],
    ['neo4j://cluster.example.com'],
    ['neo4j+s://abcd1234.databases.neo4j.io'],
    ['bolt+s://db.example.com:7687'],
    ['bolt+ssc://10.0.0.5:7687'],
  ])('accepts NEO4J_URI %s', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'pw' }).neo4jUri).toBe(uri);
  });

  it.each([
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'pw' }, /^config: NEO4J_URI must be a bolt/],
    [{ NEO4J_URI: 'localhost:7687', NEO4J_PASSWORD: 'pw' }, /^config: NEO4J_URI /],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, /^config: NEO4J_PASSWORD must be set when NEO4J_URI is set$/],
    [{ NEO4J_DATABASE: 'no spaces allowed' }, /^config: NEO4J_DATABASE must be a Neo4j database name/],
  ])('rejects %j with a one-line ConfigError naming the variable', (env, message) => {
    const attempt = () => loadConfig(env);
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (err) {
      expect((err as Error).message).not.toContain('\n');
    }
  });

  it('defaults to the managed local server, user neo4j, database neo4j', () => {
    const config = loadConfig({ NEWSGRAPH_HOME: '/tmp/ng-x' });
    expect(config).toEqual({ neo4jUri: undefined, neo4jUser: 'neo4j', neo4jPassword: undefined, neo4jDatabase: 'neo4j', home: '/tmp/ng-x' });
  });

  it('lets flags override the environment and treats blank values as unset', () => {
    const config = loadConfig(
      { NEO4J_URI: '  ', NEO4J_DATABASE: 'envdb', NEWSGRAPH_HOME: '/tmp/env-home' },
      { neo4jDatabase: 'flagdb', home: '/tmp/flag-home' },
    );
    expect(config.neo4jUri).toBeUndefined();
    expect(config.neo4jDatabase).toBe('flagdb');
    expect(config.home).toBe('/tmp/flag-home');
  });

  it('never shows the password in an error', () => {
    expect(() => loadConfig({ NEO4J_PASSWORD: '' , NEO4J_URI: 'bolt://x:1' })).toThrow(/NEO4J_PASSWORD/);
  });
});
