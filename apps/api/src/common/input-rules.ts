import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsEmail, IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateBy, ValidateIf } from 'class-validator';
import { LIMITS, textProblem } from '@candor/domain';

/** Free text must read as it is written (textProblem in libs/domain: no bidirectional controls). */
const NO_BIDI_CONTROLS = ValidateBy({
  name: 'readsAsWritten',
  validator: {
    validate: (value: unknown) => typeof value !== 'string' || textProblem(value) === null,
    defaultMessage: (args) => textProblem(String(args?.value)) ?? '',
  },
});

/** Free text from a person: trimmed, required to say something, bounded, and read as it is written (no bidi controls). */
export function Text(max: number) {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    IsNotEmpty({ message: 'must not be empty' }),
    MaxLength(max, { message: `must be at most ${max} characters` }),
    NO_BIDI_CONTROLS,
  );
}

/** Text kept exactly as written (an email template's subject or body): bounded, no bidi controls, not trimmed. */
export function TemplateText(max: number) {
  return applyDecorators(IsString(), MaxLength(max, { message: `must be at most ${max} characters` }), NO_BIDI_CONTROLS);
}

/** Optional longer text (instructions, messages): trimmed, may be empty, bounded, no bidi controls. */
export function LongText(max: number) {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    MaxLength(max, { message: `must be at most ${max} characters` }),
    NO_BIDI_CONTROLS,
  );
}

/**
 * A plain mailbox address (`local@domain`): no quoted local part, display name, spaces, commas,
 * angle brackets or control characters. RFC 5321 allows more, but every address Candor keeps
 * ends up in a header (To, Reply-To, an iCalendar ATTENDEE), where those only cause trouble.
 */
const PLAIN_ADDRESS = /^[^\s"(),:;<>@[\]\\]+@[^\s"(),:;<>@[\]\\]+$/;

/**
 * An email address Candor keeps (a candidate, a member, a Reply-To): trimmed, lower-cased,
 * checked (a plain address, PLAIN_ADDRESS) and bounded.
 */
export function Email() {
  return applyDecorators(...addressRules(), Matches(PLAIN_ADDRESS, { message: 'must be an email address' }));
}

/**
 * An email address to look up (log-in, password reset): as Email() but without the plain-address
 * rule, so accounts made before it (a quoted local part) can still sign in and reset.
 */
export function EmailLookup() {
  return applyDecorators(...addressRules());
}

function addressRules() {
  return [
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    IsEmail({ allow_display_name: false, require_tld: false, allow_ip_domain: false }, { message: 'must be an email address' }),
    MaxLength(LIMITS.email, { message: `must be at most ${LIMITS.email} characters` }),
  ];
}

/**
 * A new password: a string of at least `min` and at most LIMITS.passwordMax characters. Not
 * trimmed (spaces count). The rest of the policy (common and breached passwords, the length
 * for members with a second factor) is checked by the password policy in the auth module.
 */
export function NewPassword(min: number = LIMITS.passwordMin) {
  return applyDecorators(
    IsString(),
    MinLength(min, { message: `must be at least ${min} characters` }),
    MaxLength(LIMITS.passwordMax, { message: `must be at most ${LIMITS.passwordMax} characters` }),
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs are UUIDs; anything else names no record, so callers answer NOT_FOUND without asking the database. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * A pre-approved extension (libs/domain promise-ledger): 1 to LIMITS.fallbackExtensionDaysMax
 * business days, or null for none.
 */
export function FallbackExtensionDays() {
  return applyDecorators(
    ValidateIf((_, value) => value !== null && value !== undefined),
    IsInt({ message: 'must be a whole number of business days' }),
    Min(1, { message: 'must be at least 1 business day' }),
    Max(LIMITS.fallbackExtensionDaysMax, { message: `must be at most ${LIMITS.fallbackExtensionDaysMax} business days` }),
  );
}
