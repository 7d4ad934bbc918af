// Shared jest settings: @swc/jest compiles TypeScript (with decorator metadata for NestJS).
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // ESM-only packages under otplib (TOTP) are compiled to CommonJS like our own code.
  transformIgnorePatterns: ['^(?!.*/node_modules/(@scure|@noble)/).*/node_modules/'],
  moduleNameMapper: {
    '^@candor/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
    '^@candor/emails$': path.join(__dirname, 'libs/emails/src/index.ts'),
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'mjs', 'json'],
};
