/**
 * A tiny GraphQL-over-fetch client for the status page: one JSON POST per operation, no cookie
 * (the status token is the only credential, sent as a variable and nowhere else), and the API's
 * errors turned into a StatusApiError that carries the contract's code.
 */

import { ErrorCode } from '@candor/domain';

export interface ApiFieldProblem {
  field: string;
  message: string | null;
}

interface RawGraphqlError {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

/** NETWORK: no answer; UNKNOWN: an answer we could not read; else the API's extensions.code. */
export class StatusApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields: ApiFieldProblem[] = [],
  ) {
    super(message);
    this.name = 'StatusApiError';
  }
}

export const NETWORK_MESSAGE = 'We could not reach Candor. Check your internet connection and try again.';
export const UNKNOWN_MESSAGE = 'Something went wrong. Please try again.';

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

  let body: { data?: Data | null; errors?: RawGraphqlError[] };
  try {
    body = await response.json();
  } catch {
    throw new StatusApiError(response.status === 429 ? 'TOO_MANY_REQUESTS' : 'UNKNOWN', UNKNOWN_MESSAGE);
  }

  const first = body?.errors?.[0];
  if (first) throw toApiError(first);
  if (!response.ok || body?.data == null) throw new StatusApiError('UNKNOWN', UNKNOWN_MESSAGE);
  return body.data;
}

function toApiError(error: RawGraphqlError): StatusApiError {
  const extensions = error.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : 'UNKNOWN';
  const message = typeof error.message === 'string' && error.message ? error.message : UNKNOWN_MESSAGE;
  return new StatusApiError(code, message, fieldProblems(extensions));
}

function fieldProblems(extensions: Record<string, unknown>): ApiFieldProblem[] {
  if (Array.isArray(extensions.fields)) {
    return extensions.fields
      .filter((f): f is { field: string; message?: unknown } => typeof f?.field === 'string')
      .map((f) => ({ field: f.field, message: typeof f.message === 'string' ? f.message : null }));
  }
  if (typeof extensions.field === 'string') return [{ field: extensions.field, message: null }];
  return [];
}

/** "input.links.2", "links[2]" and "links" all name the links field. */
export function fieldName(path: string): string {
  const parts = path.split(/[.[\]]/).filter((part) => part && !/^\d+$/.test(part));
  return parts[parts.length - 1] ?? path;
}

/**
 * Sorts an API error into messages beside the form's fields (named by `labels`) and one for the
 * form as a whole.
 */
export function toFieldErrors<F extends string>(
  error: StatusApiError,
  labels: Record<F, string>,
): { fields: Partial<Record<F, string>>; form: string | null } {
  const fields: Partial<Record<F, string>> = {};
  if (error.code === ErrorCode.BAD_USER_INPUT) {
    for (const problem of error.fields) {
      const name = fieldName(problem.field);
      if (!Object.prototype.hasOwnProperty.call(labels, name)) continue;
      const key = name as F;
      fields[key] ??= problem.message ? sentence(labels[key], problem.message) : error.message;
    }
    if (Object.keys(fields).length > 0) return { fields, form: null };
    return { fields, form: 'Something in this form could not be accepted. Please check it and try again.' };
  }
  return { fields, form: error.message };
}

/** "Your answer" + "must be at most 4000 characters" -> "Your answer must be at most 4000 characters." */
function sentence(label: string, message: string): string {
  return `${label} ${message.trim().replace(/\.$/, '')}.`;
}
