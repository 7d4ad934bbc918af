import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations: run `npm run codegen` (in apps/portal) after changing a query or the schema. */
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.graphql.ts', 'src/**/*.tsx', '!src/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
