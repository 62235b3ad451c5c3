// ESM TypeScript tests compiled by @swc/jest (fast, no type-check: `npm run typecheck` does that).
// Integration tests share ONE real Neo4j started by test/setup/global-setup.mjs, so test files run one
// at a time (maxWorkers: 1) and reset the database themselves (test/helpers/neo4j.ts).
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'es6' } }],
  },
  globalSetup: '<rootDir>/test/setup/global-setup.mjs',
  globalTeardown: '<rootDir>/test/setup/global-teardown.mjs',
  maxWorkers: 1,
  testTimeout: 60000,
};
