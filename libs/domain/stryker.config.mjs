// Mutation testing of @candor/domain (StrykerJS, jest runner), run from the repository root by
// `npm run mutation`; `.ci/run` breaks below 90%. A surviving mutant that cannot change
// behaviour is marked in the source with `// Stryker disable next-line <mutator>: <reason>`,
// never hidden by lowering the threshold.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: { configFile: 'libs/domain/jest.config.js', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  mutate: ['libs/domain/src/**/*.ts', 'libs/domain/src/**/*.cjs', '!libs/domain/src/**/__tests__/**', '!libs/domain/src/index.ts'],
  // The sandbox holds what the library's tests read; node_modules is linked, not copied.
  ignorePatterns: ['/*', '!/libs', '/libs/*', '!/libs/domain', '!/libs/emails', '!/jest.preset.js', '!/tsconfig*.json', '!/package.json', '**/dist'],
  // Static mutants (tables and constants such as LIMITS, ROLE_PERMISSIONS, the default pipeline) are run too:
  // each needs a fresh module load, which the domain's fast suite affords.
  ignoreStatic: false,
  thresholds: { high: 95, low: 90, break: 90 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/domain.html' },
  jsonReporter: { fileName: 'reports/mutation/domain.json' },
  tempDirName: '.stryker-tmp/domain',
  cleanTempDir: 'always',
  concurrency: 2,
  timeoutMS: 10_000,
};
