// Unit tests beside the code (src, *.spec.ts) and integration tests against a real PostgreSQL (test/).
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  setupFilesAfterEnv: ['<rootDir>/test/support/log-guard.ts'],
  testTimeout: 60_000,
  maxWorkers: 2,
  // Each spec file loads the whole app in its own module registry, and a worker's heap grows with
  // every file it runs (1.1 GB after ~15 files); tearing that down took Node longer than jest's
  // 500 ms exit grace, so jest reported a worker that "failed to exit gracefully". A worker past
  // this much memory between files is replaced: no worker ends the run with a heap that size.
  workerIdleMemoryLimit: '512MB',
};
