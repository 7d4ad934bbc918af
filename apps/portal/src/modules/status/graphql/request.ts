/**
 * A tiny GraphQL-over-fetch client for the status page: one JSON POST per operation, no cookie
 * (the status token is the only credential, sent as a variable and nowhere else), and the API's
 * errors turned into a StatusApiError that carries the contract's code.
 */

import {
  type ApiErrorLike,
  apiCode,
  apiMessage,
  fieldName,
  type FieldProblem,
  fieldProblems,
  type FormErrors,
  NETWORK_MESSAGE,
  networkFormErrors,
  toFormErrorsFrom,
  UNKNOWN_MESSAGE,
} from '../../../shared/form-errors';

export { fieldName, NETWORK_MESSAGE, UNKNOWN_MESSAGE };
export type ApiFieldProblem = FieldProblem;

/** NETWORK: no answer; UNKNOWN: an answer we could not read; else the API's extensions.code. */
export class StatusApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields: ApiFieldProblem[] = [],
    /** Every GraphQL error of the answer, as it came (empty without an answer). */
    readonly errors: readonly ApiErrorLike[] = [],
  ) {
    super(message);
    this.name = 'StatusApiError';
  }
}

export async function graphqlRequest<Data, Variables extends object>(
  query: string,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Data> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new StatusApiError('NETWORK', NETWORK_MESSAGE);
  }

  let body: { data?: Data | null; errors?: ApiErrorLike[] };
  try {
    body = await response.json();
  } catch {
    throw new StatusApiError(response.status === 429 ? 'TOO_MANY_REQUESTS' : 'UNKNOWN', UNKNOWN_MESSAGE);
  }

  // Whatever came back is read as untrusted: only objects count as errors.
  const errors = (Array.isArray(body?.errors) ? body.errors : []).filter(
    (error): error is ApiErrorLike => typeof error === 'object' && error !== null,
  );
  if (errors.length > 0) throw toApiError(errors);
  if (!response.ok || body?.data == null) throw new StatusApiError('UNKNOWN', UNKNOWN_MESSAGE);
  return body.data;
}

function toApiError(errors: readonly ApiErrorLike[]): StatusApiError {
  const first = errors[0];
  return new StatusApiError(apiCode(first) ?? 'UNKNOWN', apiMessage(first), fieldProblems(first.extensions), errors);
}

/**
 * Sorts an API error into messages beside the form's fields (named by `labels`) and one for the
 * form as a whole: the same mapping as the recruiter app's (shared/form-errors.ts).
 */
export function toFieldErrors<F extends string>(error: StatusApiError, labels: Record<F, string>): FormErrors<F> {
  if (error.code === 'NETWORK') return networkFormErrors();
  if (error.errors.length === 0) return { fields: {}, form: error.message };
  return toFormErrorsFrom(error.errors, labels);
}
