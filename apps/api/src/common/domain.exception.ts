import { ErrorCode } from '@candor/domain';

/** The error codes of the public contract (kept outside this repository), shared with the portal (libs/domain error-codes.ts). */
export { ErrorCode };

export interface FieldError {
  field: string;
  message: string;
}

/**
 * What the services throw when a request cannot be done. It says what a person can do about
 * it; the GraphQL layer maps it to an error with `extensions.code` in one place
 * (graphql-error.formatter.ts).
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { fields?: FieldError[]; retryAfterSeconds?: number; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'DomainException';
  }

  static badInput(fields: FieldError[]): DomainException {
    // "email must be ..." reads on; a message that is a sentence of its own gets a colon.
    const message = fields.map((f) => (/^[A-Z]/.test(f.message) ? `${f.field}: ${f.message}` : `${f.field} ${f.message}`)).join('; ');
    return new DomainException(ErrorCode.BAD_USER_INPUT, `Invalid input: ${message}.`, { fields });
  }

  static notFound(what: string, id?: string): DomainException {
    const which = id === undefined ? '' : ` "${String(id).slice(0, 64)}"`;
    return new DomainException(ErrorCode.NOT_FOUND, `No ${what}${which} in your organization.`);
  }

  static conflict(message: string, details: Record<string, unknown> = {}): DomainException {
    return new DomainException(ErrorCode.CONFLICT, message, details);
  }

  static forbidden(message: string): DomainException {
    return new DomainException(ErrorCode.FORBIDDEN, message);
  }

  static unauthenticated(message = 'Please log in again: your session is missing or has expired.', details: Record<string, unknown> = {}): DomainException {
    return new DomainException(ErrorCode.UNAUTHENTICATED, message, details);
  }
}
