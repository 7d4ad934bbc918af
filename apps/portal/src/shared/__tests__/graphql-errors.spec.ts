import { CombinedError } from '@urql/core';
import { errorMessage, NETWORK_MESSAGE, toFormErrors } from '../graphql-errors';

const LABELS = { email: 'Email', password: 'Password' };

function apiError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return new CombinedError({ graphQLErrors: [{ message, extensions: { code, ...extensions } }] });
}

describe('toFormErrors', () => {
  it('puts each BAD_USER_INPUT problem beside its field, as a sentence', () => {
    const error = apiError('BAD_USER_INPUT', 'Invalid input: ...', {
      field: 'input.password',
      fields: [{ field: 'input.password', message: 'must be at least 10 characters' }],
    });
    expect(toFormErrors(error, LABELS)).toEqual({
      fields: { password: 'Password must be at least 10 characters.' },
      form: null,
    });
  });

  it('reports problems with fields the form does not have at the top of the form', () => {
    const error = apiError('BAD_USER_INPUT', 'Invalid input: ...', {
      fields: [{ field: 'timeZone', message: 'must be an IANA time zone' }],
    });
    expect(toFormErrors(error, LABELS)).toEqual({ fields: {}, form: 'Time zone must be an IANA time zone.' });
  });

  it('shows request-validation text nobody can act on as a plain sentence', () => {
    const error = apiError('BAD_USER_INPUT', 'Variable "$input" got invalid value null at "input.email".');
    expect(toFormErrors(error, LABELS).form).toMatch(/could not be accepted/);
  });

  it('explains a network failure', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(toFormErrors(error, LABELS)).toEqual({ fields: {}, form: NETWORK_MESSAGE });
    expect(errorMessage(error)).toBe(NETWORK_MESSAGE);
  });
});
