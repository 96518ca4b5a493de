/** One jest run for libs and apps: CommonJS, every file (node_modules too) through swc,
 * because NestJS 12 ships ESM only and jest's native ESM mode breaks on CJS dependencies. */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};
/** The panel (apps/web): TSX with React's automatic runtime, in jsdom; react-router ships ESM only, so
 * node_modules go through swc here too. */
const swcWeb = {
  jsc: {
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};
/** Tests wait for conditions; the timeout only says when to give up, longer on a busy machine (scripts/test.mjs). */
const testTimeout = 30000 * Number(process.env.TEST_TIME_SCALE ?? 1);
module.exports = {
  // Also at the top: with projects, some runners read the run's own (global) timeout rather than the project's.
  testTimeout,
  projects: [
    {
      displayName: 'api',
      testEnvironment: 'node',
      roots: ['<rootDir>/libs', '<rootDir>/apps/api', '<rootDir>/apps/worker'],
      globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
      testMatch: ['**/*.spec.ts'],
      transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', swc] },
      transformIgnorePatterns: [],
      moduleNameMapper: { '^@tiergate/(access|db)$': '<rootDir>/libs/$1/src' },
      testTimeout,
    },
    {
      displayName: 'web',
      // rootDir is the panel, so that jest-environment-jsdom (a devDependency of apps/web) resolves.
      rootDir: '<rootDir>/apps/web',
      testEnvironment: '<rootDir>/src/test/jsdom-environment.cjs',
      roots: ['<rootDir>/src'],
      testMatch: ['**/*.test.ts?(x)'],
      setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
      transform: { '^.+\\.(t|j|mj|cj)sx?$': ['<rootDir>/src/test/swc-transform.cjs', swcWeb] },
      transformIgnorePatterns: [],
      moduleNameMapper: {
        '\\.css$': '<rootDir>/src/test/style-stub.cjs',
        '^@tiergate/access$': '<rootDir>/../../libs/access/src',
      },
      testTimeout,
    },
  ],
};
