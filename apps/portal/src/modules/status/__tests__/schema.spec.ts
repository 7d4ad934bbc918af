/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { STATUS_OPERATIONS } from '../graphql/status.graphql';

// The status page sends plain strings (no generated documents): keep them valid against the API.
const schema = buildSchema(readFileSync(join(__dirname, '../../../../../api/schema.gql'), 'utf8'));

describe('status page operations', () => {
  it.each(STATUS_OPERATIONS.map((query) => [/\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1], query]))(
    '%s is valid against apps/api/schema.gql',
    (_name, query) => {
      expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
    },
  );
});
