import { ErrorCode } from '@candor/domain';
import type { CombinedError } from '@urql/core';

/** The codes of the API contract (extensions.code); anything else is unexpected. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

/** What a form shows: a message beside each field it concerns, and one for the form as a whole. */
export interface FormErrors<F extends string = string> {
  fields: Partial<Record<F, string>>;
  form: string | null;
}

export const NETWORK_MESSAGE = 'We could not reach Candor. Check your internet connection and try again.';
const INVALID_REQUEST_MESSAGE = 'Something in this form could not be accepted. Please check it and try again.';
const UNKNOWN_MESSAGE = 'Something went wrong. Please try again.';

interface FieldProblem {
  field: string;
  message: string | null;
}

export function errorCode(error: CombinedError | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** One sentence for a failed query (loading a page), in words a recruiter understands. */
export function errorMessage(error: CombinedError | undefined): string {
  if (!error) return UNKNOWN_MESSAGE;
  if (error.networkError) return NETWORK_MESSAGE;
  const first = error.graphQLErrors[0];
  if (!first) return UNKNOWN_MESSAGE;
  // Without fields, BAD_USER_INPUT comes from request validation: its text is for developers.
  if (first.extensions?.code === ErrorCode.BAD_USER_INPUT) return INVALID_REQUEST_MESSAGE;
  return first.message || UNKNOWN_MESSAGE;
}

/**
 * Sorts the errors of a failed mutation into field messages (extensions.field / extensions.fields,
 * for the fields the form has, named by `labels`) and one form-level message for the rest.
 */
export function toFormErrors<F extends string>(
  error: CombinedError | undefined,
  labels: Record<F, string>,
): FormErrors<F> {
  const result: FormErrors<F> = { fields: {}, form: null };
  if (!error) return result;
  if (error.networkError) return { fields: {}, form: NETWORK_MESSAGE };

  const formMessages: string[] = [];
  for (const gqlError of error.graphQLErrors) {
    const extensions = gqlError.extensions ?? {};
    const problems = fieldProblems(extensions);
    const known = problems.filter((p) => isLabelled(p.field, labels));
    if (extensions.code === ErrorCode.BAD_USER_INPUT && problems.length > 0) {
      for (const problem of problems) {
        const name = fieldName(problem.field);
        if (isLabelled(name, labels)) {
          result.fields[name] ??= problem.message ? sentence(labels[name], problem.message) : gqlError.message;
        } else {
          formMessages.push(sentence(humanize(name), problem.message ?? 'is not valid'));
        }
      }
    } else if (known.length > 0) {
      // e.g. CONFLICT on email: the API's own sentence says what to do next.
      const name = fieldName(known[0].field) as F;
      result.fields[name] ??= gqlError.message;
    } else {
      formMessages.push(
        extensions.code === ErrorCode.BAD_USER_INPUT ? INVALID_REQUEST_MESSAGE : gqlError.message || UNKNOWN_MESSAGE,
      );
    }
  }
  if (formMessages.length > 0) result.form = [...new Set(formMessages)].join(' ');
  return result;
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.form !== null || Object.values(errors.fields).some(Boolean);
}

function fieldProblems(extensions: Record<string, unknown>): FieldProblem[] {
  if (Array.isArray(extensions.fields)) {
    return extensions.fields
      .filter((f): f is { field: string; message?: unknown } => typeof f?.field === 'string')
      .map((f) => ({ field: f.field, message: typeof f.message === 'string' ? f.message : null }));
  }
  if (typeof extensions.field === 'string') return [{ field: extensions.field, message: null }];
  return [];
}

/** "input.password" and "password" both name the password field. */
function fieldName(path: string): string {
  return path.split('.').pop() ?? path;
}

function isLabelled<F extends string>(field: string, labels: Record<F, string>): field is F {
  return Object.prototype.hasOwnProperty.call(labels, fieldName(field));
}

/** "Password" + "must be at least 10 characters" -> "Password must be at least 10 characters." */
function sentence(label: string, message: string): string {
  return `${label} ${message.trim().replace(/\.$/, '')}.`;
}

/** "organizationName" -> "Organization name" */
function humanize(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
