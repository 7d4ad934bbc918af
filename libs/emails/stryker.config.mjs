// Mutation testing of @candor/emails (StrykerJS, jest runner), run from the repository root by
// `npm run mutation`; `.ci/run` breaks below 90%. A surviving mutant that cannot change
// behaviour is marked in the source with `// Stryker disable next-line <mutator>: <reason>`,
// never hidden by lowering the threshold.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: { configFile: 'libs/emails/jest.config.js', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  mutate: [
    'libs/emails/src/**/*.ts',
    'libs/emails/src/**/*.cjs',
    '!libs/emails/src/**/__tests__/**',
    '!libs/emails/src/index.ts',
    // template-worker.cjs runs only inside the renderer's worker threads (piscina). Stryker counts
    // which tests reach a mutant in the thread the tests run in, never in worker threads, so every
    // mutant of this file would show as "no coverage" and never be tried.
    // Its behaviour is tested through the threads in src/lib/__tests__/template-renderer.spec.ts
    // (the same answers as in-process, the kind of each failure, the time limit, a busy pool); the
    // sandbox it runs (template-sandbox.cjs) is mutated and tested in-process by template-sandbox.spec.ts.
    '!libs/emails/src/lib/template-worker.cjs',
  ],
  // The sandbox holds what the library's tests read; node_modules is linked, not copied.
  ignorePatterns: ['/*', '!/libs', '/libs/*', '!/libs/domain', '!/libs/emails', '!/jest.preset.js', '!/tsconfig*.json', '!/package.json', '**/dist'],
  ignoreStatic: true,
  thresholds: { high: 95, low: 90, break: 90 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/emails.html' },
  jsonReporter: { fileName: 'reports/mutation/emails.json' },
  tempDirName: '.stryker-tmp/emails',
  cleanTempDir: 'always',
  concurrency: 2,
  // Each mutant runs jest in a long-lived process that loads MJML and liquidjs again per run and
  // slows down as it grows (about 2.7 s per mutant after 200 runs, 1.1 s when fresh): start the
  // process afresh every 40 runs.
  maxTestRunnerReuse: 40,
  // A mutant that stalls a renderer test is caught by jest's own 5 s test timeout or by this one:
  // waiting longer only slows the run down (the worker-thread tests take about 5 s in all).
  timeoutMS: 5_000,
};
