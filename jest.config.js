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
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/libs', '<rootDir>/apps/api', '<rootDir>/apps/worker'],
  globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', swc] },
  transformIgnorePatterns: [],
  moduleNameMapper: { '^@tiergate/(access|db)$': '<rootDir>/libs/$1/src' },
  testTimeout: 30000,
};
