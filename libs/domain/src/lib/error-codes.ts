/**
 * The error codes of Candor's public contract (`extensions.code`; the contract is kept outside
 * this repository, see docs/architecture.md): every failed operation answers with exactly one of
 * them. Shared by the API, which throws them, and the portal, which reads them. Never rename or
 * remove one.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Why an operation answered CONFLICT, where a client acts on the reason (`extensions.reason`);
 * the code itself stays CONFLICT, as the contract allows no other codes.
 * DUPLICATE_JOB_TITLE: createJob without allowDuplicateTitle found an open job of the same title
 * (jobTitleKey); `extensions.existingJob` holds its id and title.
 */
export const ConflictReason = {
  DUPLICATE_JOB_TITLE: 'DUPLICATE_JOB_TITLE',
} as const;
export type ConflictReason = (typeof ConflictReason)[keyof typeof ConflictReason];
