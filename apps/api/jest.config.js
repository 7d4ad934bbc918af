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
  // every file it runs (1.1 GB after ~15 files). Measured: at the end of a run a worker has no
  // open handle left and emits 'exit' within 1 ms of jest's request, but Node's teardown of such
  // a heap can outlast jest's default 500 ms grace on two busy cores, and jest then reports a
  // worker that "failed to exit gracefully". A worker past 512 MB between files is replaced, and
  // the grace is 5 s; a worker kept alive by a real leak still fails to exit and is reported.
  workerIdleMemoryLimit: '512MB',
  workerGracefulExitTimeout: 5_000,
};
