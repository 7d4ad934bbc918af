// `npm run test:soak`: the long, bounded runs (a minute of mixed load) kept out of `npm test`.
module.exports = {
  ...require('./jest.config.js'),
  displayName: 'api-soak',
  testMatch: ['<rootDir>/test/soak/**/*.soak-spec.ts'],
  testTimeout: 300_000,
  maxWorkers: 1,
};
