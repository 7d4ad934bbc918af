import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CombinedError } from '@urql/core';
import { installFakeFetch } from '../../test-support/mock-fetch';
import { graphqlRequest, StatusApiError, toFieldErrors } from '../../modules/status/graphql/request';
import { INVALID_REQUEST_MESSAGE, NETWORK_MESSAGE, toFormErrorsFrom, UNKNOWN_MESSAGE } from '../form-errors';
import { toFormErrors } from '../graphql-errors';

const LABELS = { message: 'Your answer', links: 'Links', email: 'Email' };
type Answer = { message: string; extensions: Record<string, unknown> };

/** The errors of one API answer, as the urql client (recruiter app) maps them. */
function viaUrql(errors: Answer[]) {
  return toFormErrors(new CombinedError({ graphQLErrors: errors }), LABELS);
}

/** The same answer, as the status page's fetch client receives and maps it. */
async function viaFetch(errors: Answer[] | 'network-error') {
  const fake = installFakeFetch({ Respond: () => (errors === 'network-error' ? errors : { errors }) });
  try {
    await graphqlRequest('mutation Respond { respondToRequest { accepted } }', {});
    throw new Error('the request should have failed');
  } catch (error) {
    expect(error).toBeInstanceOf(StatusApiError);
    return toFieldErrors(error as StatusApiError, LABELS);
  } finally {
    fake.restore();
  }
}

const CASES: Array<[string, Answer[], ReturnType<typeof toFormErrorsFrom>]> = [
  [
    'BAD_USER_INPUT problems beside their fields, by the last named part of the path',
    [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', field: 'input.links.2', fields: [{ field: 'input.links.2', message: 'must be a web address' }, { field: 'input.message', message: 'must be at most 4000 characters.' }] } }],
    { fields: { links: 'Links must be a web address.', message: 'Your answer must be at most 4000 characters.' }, form: null },
  ],
  [
    'a problem with a field the form does not have, at the top in words',
    [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'stepId', message: 'is not a step that asks for an answer' }] } }],
    { fields: {}, form: 'Step id is not a step that asks for an answer.' },
  ],
  [
    'request-validation text nobody can act on, as a plain sentence',
    [{ message: 'Variable "$input" got invalid value null at "input.message".', extensions: { code: 'BAD_USER_INPUT' } }],
    { fields: {}, form: INVALID_REQUEST_MESSAGE },
  ],
  [
    "another code naming a field the form has: the API's sentence beside it",
    [{ message: 'This address is already in this job.', extensions: { code: 'CONFLICT', field: 'email' } }],
    { fields: { email: 'This address is already in this job.' }, form: null },
  ],
  [
    "any other error: the API's sentence at the top, each once",
    [
      { message: 'You have already checked in for this date.', extensions: { code: 'CONFLICT' } },
      { message: 'You have already checked in for this date.', extensions: { code: 'CONFLICT' } },
    ],
    { fields: {}, form: 'You have already checked in for this date.' },
  ],
];

describe('one mapping from GraphQL errors to form errors, for urql and fetch alike', () => {
  it.each(CASES)('%s', async (_, errors, expected) => {
    expect(viaUrql(errors)).toEqual(expected);
    expect(await viaFetch(errors)).toEqual(expected);
  });

  it('says the same about a network failure on both paths', async () => {
    expect(toFormErrors(new CombinedError({ networkError: new Error('Failed to fetch') }), LABELS)).toEqual({ fields: {}, form: NETWORK_MESSAGE });
    expect(await viaFetch('network-error')).toEqual({ fields: {}, form: NETWORK_MESSAGE });
  });

  it('reads a hostile answer on the fetch path without throwing: only objects count as errors, unnamed fields are dropped', async () => {
    const answer = { errors: [null, 'x', { message: 42, extensions: { code: 'BAD_USER_INPUT', fields: [null, { field: 3 }, { field: 'input.message', message: 9 }] } }] };
    const original = globalThis.fetch;
    globalThis.fetch = jest.fn(async () => ({ ok: true, status: 200, json: async () => answer }) as unknown as Response);
    const error = await graphqlRequest('mutation Respond { respondToRequest { accepted } }', {}).catch((e: unknown) => e);
    globalThis.fetch = original;
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message: UNKNOWN_MESSAGE, fields: [{ field: 'input.message', message: null }] });
    expect(toFieldErrors(error as StatusApiError, LABELS)).toEqual({ fields: { message: UNKNOWN_MESSAGE }, form: null });
  });
});

/** The relative imports of a source file, resolved to files. */
function relativeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/from '(\.[^']+)'/g)].map(([, path]) => {
    const base = resolve(dirname(file), path);
    for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
      try {
        readFileSync(candidate);
        return candidate;
      } catch {
        // try the next extension
      }
    }
    throw new Error(`cannot resolve ${path} from ${file}`);
  });
}

describe("the status page's side of the mapping", () => {
  it('imports no urql, directly or through its own imports (the status bundle stays small)', () => {
    const seen = new Set<string>();
    const queue = [join(__dirname, '..', '..', 'modules', 'status', 'graphql', 'request.ts')];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      expect(`${file}: ${readFileSync(file, 'utf8')}`).not.toMatch(/from '(@urql\/|urql)/);
      queue.push(...relativeImports(file));
    }
    expect([...seen].map((file) => file.split('/src/')[1])).toEqual(expect.arrayContaining(['modules/status/graphql/request.ts', 'shared/form-errors.ts']));
  });
});
