// Component tests in src/**/__tests__ run in jsdom; only the GraphQL network boundary is faked.
const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'portal',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/__tests__/**/*.spec.{ts,tsx}'],
  setupFilesAfterEnv: ['<rootDir>/src/test-support/setup-tests.ts'],
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '\\.css$': '<rootDir>/src/test-support/style-stub.cjs',
  },
};
