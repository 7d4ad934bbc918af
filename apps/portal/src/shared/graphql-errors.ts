import type { CombinedError } from '@urql/core';
import { apiCode, type FormErrors, NETWORK_MESSAGE, networkFormErrors, readableMessage, toFormErrorsFrom, UNKNOWN_MESSAGE } from './form-errors';

/**
 * The recruiter app's (urql) side of the one error mapping in form-errors.ts: a CombinedError is
 * either a network failure or the API's GraphQL errors, which the shared mapping sorts.
 */
export type { FormErrors } from './form-errors';
export { NETWORK_MESSAGE } from './form-errors';

/** The contract's code of the first GraphQL error (extensions.code), if any. */
export function errorCode(error: CombinedError | undefined): string | undefined {
  return apiCode(error?.graphQLErrors[0]);
}

/** One sentence for a failed query (loading a page), in words a recruiter understands. */
export function errorMessage(error: CombinedError | undefined): string {
  if (!error) return UNKNOWN_MESSAGE;
  if (error.networkError) return NETWORK_MESSAGE;
  return readableMessage(error.graphQLErrors[0]);
}

/** A failed mutation's errors, sorted into the form's fields (named by `labels`) and one form-level message. */
export function toFormErrors<F extends string>(error: CombinedError | undefined, labels: Record<F, string>): FormErrors<F> {
  if (!error) return { fields: {}, form: null };
  if (error.networkError) return networkFormErrors();
  return toFormErrorsFrom(error.graphQLErrors, labels);
}
