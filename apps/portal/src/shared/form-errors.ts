import { ErrorCode } from '@candor/domain';

/**
 * The one mapping from the API's GraphQL errors to what a form shows, for both clients: urql in
 * the recruiter app (shared/graphql-errors.ts) and plain fetch on the candidate's status page
 * (modules/status/graphql/request.ts). Pure and free of urql, so the status page's bundle stays
 * small: keep it that way (a test reads its imports).
 */

/** A GraphQL error as it arrives in the answer's `errors`, from either client. */
export interface ApiErrorLike {
  message?: unknown;
  extensions?: Record<string, unknown> | null;
}

/** What a form shows: a message beside each field it concerns, and one for the form as a whole. */
export interface FormErrors<F extends string = string> {
  fields: Partial<Record<F, string>>;
  form: string | null;
}

export interface FieldProblem {
  field: string;
  message: string | null;
}

export const NETWORK_MESSAGE = 'We could not reach Candor. Check your internet connection and try again.';
export const INVALID_REQUEST_MESSAGE = 'Something in this form could not be accepted. Please check it and try again.';
export const UNKNOWN_MESSAGE = 'Something went wrong. Please try again.';

/** The form-level message for a failure without an answer from the API. */
export function networkFormErrors<F extends string>(): FormErrors<F> {
  return { fields: {}, form: NETWORK_MESSAGE };
}

/** The API's own sentence, or a plain one when it has none. */
export function apiMessage(error: ApiErrorLike | undefined): string {
  return typeof error?.message === 'string' && error.message ? error.message : UNKNOWN_MESSAGE;
}

/** The contract's code of an error (extensions.code), if it has one. */
export function apiCode(error: ApiErrorLike | undefined): string | undefined {
  const code = error?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** One sentence for a failed read (loading a page), in words a person understands. */
export function readableMessage(error: ApiErrorLike | undefined): string {
  if (!error) return UNKNOWN_MESSAGE;
  // Without fields, BAD_USER_INPUT comes from request validation: its text is for developers.
  if (apiCode(error) === ErrorCode.BAD_USER_INPUT) return INVALID_REQUEST_MESSAGE;
  return apiMessage(error);
}

/** The fields an error names: extensions.fields (with their messages), else extensions.field. */
export function fieldProblems(extensions: Record<string, unknown> | null | undefined): FieldProblem[] {
  if (!extensions) return [];
  if (Array.isArray(extensions.fields)) {
    return extensions.fields
      .filter((f): f is { field: string; message?: unknown } => typeof f?.field === 'string')
      .map((f) => ({ field: f.field, message: typeof f.message === 'string' ? f.message : null }));
  }
  if (typeof extensions.field === 'string') return [{ field: extensions.field, message: null }];
  return [];
}

/** "input.password", "input.links.2", "links[2]" and "password" name the form's field: the last named part. */
export function fieldName(path: string): string {
  const parts = path.split(/[.[\]]/).filter((part) => part && !/^\d+$/.test(part));
  return parts[parts.length - 1] ?? path;
}

/**
 * Sorts the errors of a failed mutation into field messages (for the fields the form has, named
 * by `labels`) and one form-level message for the rest:
 * - BAD_USER_INPUT naming fields: "<label> <problem>." beside each field the form has; a field it
 *   does not have is said at the top ("Time zone must be an IANA time zone.");
 * - another code naming a field the form has (CONFLICT on email): the API's sentence beside it;
 * - anything else: the API's sentence at the top (BAD_USER_INPUT without fields comes from
 *   request validation, written for developers: a plain sentence instead).
 */
export function toFormErrorsFrom<F extends string>(errors: readonly ApiErrorLike[], labels: Record<F, string>): FormErrors<F> {
  const result: FormErrors<F> = { fields: {}, form: null };
  const formMessages: string[] = [];
  for (const error of errors) {
    const badInput = apiCode(error) === ErrorCode.BAD_USER_INPUT;
    const problems = fieldProblems(error.extensions);
    const known = problems.filter((p) => isLabelled(fieldName(p.field), labels));
    if (badInput && problems.length > 0) {
      for (const problem of problems) {
        const name = fieldName(problem.field);
        if (isLabelled(name, labels)) {
          result.fields[name] ??= problem.message ? sentence(labels[name], problem.message) : apiMessage(error);
        } else {
          formMessages.push(sentence(humanize(name), problem.message ?? 'is not valid'));
        }
      }
    } else if (known.length > 0) {
      const name = fieldName(known[0].field) as F;
      result.fields[name] ??= apiMessage(error);
    } else {
      formMessages.push(badInput ? INVALID_REQUEST_MESSAGE : apiMessage(error));
    }
  }
  if (formMessages.length > 0) result.form = [...new Set(formMessages)].join(' ');
  return result;
}

function isLabelled<F extends string>(name: string, labels: Record<F, string>): name is F {
  return Object.prototype.hasOwnProperty.call(labels, name);
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
