import { MEMBER_ROLES, MemberRole } from './member-role';

/**
 * What a member may do. Operations name the permission they need in OPERATION_ACCESS; roles
 * hold permissions in ROLE_PERMISSIONS. The API's session guard reads both for every GraphQL
 * operation (an operation missing from OPERATION_ACCESS is refused), and the portal reads them
 * to show only what a member may use. docs/roles.md is this table written out; a test keeps the two equal.
 */
export const PERMISSIONS = [
  'account:self',
  'organization:manage',
  'members:read',
  'members:invite',
  'members:manage',
  'audit:read',
  'jobs:read',
  'jobs:manage',
  'templates:read',
  'templates:edit',
  'emails:read',
  'emails:preview',
  'emails:retry',
  'candidates:read',
  'candidates:manage',
  'candidates:move',
  'status-links:rotate',
  'next-steps:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Everything every member may do: read the organization's work, keep candidates' status true. */
const EVERY_MEMBER: readonly Permission[] = [
  'account:self',
  'members:read',
  'jobs:read',
  'templates:read',
  'emails:read',
  'emails:preview',
  'emails:retry',
  'candidates:read',
  'candidates:move',
  'next-steps:manage',
];

export const ROLE_PERMISSIONS: Record<MemberRole, readonly Permission[]> = {
  // Admins shape the organization and its team, and see its audit log.
  ADMIN: PERMISSIONS,
  // Recruiters run the hiring: jobs, pipelines, candidates, templates, and status links.
  RECRUITER: [...EVERY_MEMBER, 'jobs:manage', 'templates:edit', 'candidates:manage', 'status-links:rotate'],
  // Hiring managers keep their candidates' status true (moves, steps, replies); they do not shape
  // jobs, templates or the team, and do not replace status links: a rotation takes the
  // candidate's working link away, which the recruiter who owns the relationship decides.
  HIRING_MANAGER: EVERY_MEMBER,
};

/** 'PUBLIC': no session (the candidate's side, signing up and in); otherwise the permission needed. */
export type OperationAccess = 'PUBLIC' | Permission;

/** Every GraphQL query and mutation, and who may call it. */
export const OPERATION_ACCESS: Readonly<Record<string, OperationAccess>> = {
  // Signing up and in, accounts
  signUp: 'PUBLIC',
  logIn: 'PUBLIC',
  acceptInvite: 'PUBLIC',
  requestPasswordReset: 'PUBLIC',
  resetPassword: 'PUBLIC',
  logOut: 'account:self',
  me: 'account:self',
  changePassword: 'account:self',
  beginTwoFactorSetup: 'account:self',
  confirmTwoFactorSetup: 'account:self',
  disableTwoFactor: 'account:self',
  regenerateRecoveryCodes: 'account:self',
  // The organization and its team
  updateOrganization: 'organization:manage',
  uploadOrganizationLogo: 'organization:manage',
  removeOrganizationLogo: 'organization:manage',
  members: 'members:read',
  inviteMember: 'members:invite',
  invites: 'members:invite',
  revokeInvite: 'members:invite',
  changeMemberRole: 'members:manage',
  deactivateMember: 'members:manage',
  reactivateMember: 'members:manage',
  removeMember: 'members:manage',
  auditLog: 'audit:read',
  // Jobs and pipelines
  jobs: 'jobs:read',
  job: 'jobs:read',
  createJob: 'jobs:manage',
  updateJob: 'jobs:manage',
  closeJob: 'jobs:manage',
  reopenJob: 'jobs:manage',
  addStage: 'jobs:manage',
  updateStage: 'jobs:manage',
  reorderStages: 'jobs:manage',
  removeStage: 'jobs:manage',
  // Emails
  emailTemplate: 'templates:read',
  updateEmailTemplate: 'templates:edit',
  resetEmailTemplate: 'templates:edit',
  previewStageEmail: 'emails:preview',
  organizationEmailTemplate: 'templates:read',
  updateOrganizationEmailTemplate: 'templates:edit',
  resetOrganizationEmailTemplate: 'templates:edit',
  previewOrganizationEmail: 'emails:preview',
  mailbox: 'emails:read',
  mailTransport: 'emails:read',
  retryEmail: 'emails:retry',
  // Candidates
  candidate: 'candidates:read',
  needsAttention: 'candidates:read',
  promiseStats: 'candidates:read',
  addCandidate: 'candidates:manage',
  updateCandidate: 'candidates:manage',
  archiveCandidate: 'candidates:manage',
  restoreCandidate: 'candidates:manage',
  clearEmailUndeliverable: 'candidates:manage',
  moveCandidate: 'candidates:move',
  replyToCheckIn: 'candidates:move',
  bulkMoveCandidates: 'candidates:move',
  rotateStatusLink: 'status-links:rotate',
  addNextStep: 'next-steps:manage',
  updateNextStep: 'next-steps:manage',
  reorderNextSteps: 'next-steps:manage',
  completeNextStep: 'next-steps:manage',
  cancelNextStep: 'next-steps:manage',
  // The candidate's side, by the status link's token
  candidateStatus: 'PUBLIC',
  checkIn: 'PUBLIC',
  respondToRequest: 'PUBLIC',
};

/**
 * Access that depends on an argument, beyond the operation itself: previewing an unsaved draft
 * (subject or body) of a stage's or the organization's email runs template text the member
 * wrote, which is editing templates.
 */
export const ARGUMENT_ACCESS = {
  previewStageEmailDraft: 'templates:edit',
  previewOrganizationEmailDraft: 'templates:edit',
} as const satisfies Record<string, Permission>;

/**
 * What a member may still do while their organization requires two-factor sign-in and they have
 * not set it up: see who they are, set it up, and leave.
 */
export const OPERATIONS_BEFORE_TWO_FACTOR: readonly string[] = ['me', 'logOut', 'beginTwoFactorSetup', 'confirmTwoFactorSetup', 'changePassword'];

/** True when `role` holds `permission` (ROLE_PERMISSIONS). */
export function roleAllows(role: MemberRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** The access an operation needs, or undefined for an operation no one may call (not listed). */
export function operationAccess(operation: string): OperationAccess | undefined {
  return Object.prototype.hasOwnProperty.call(OPERATION_ACCESS, operation) ? OPERATION_ACCESS[operation] : undefined;
}

/** The roles that may call an operation ('PUBLIC' operations: every role, and callers without a session). */
export function rolesAllowed(operation: string): MemberRole[] {
  const access = operationAccess(operation);
  // Stryker disable next-line ConditionalExpression: no role holds an undefined permission, so the filter below also answers [] for an unknown operation
  if (access === undefined) return [];
  if (access === 'PUBLIC') return [...MEMBER_ROLES];
  return MEMBER_ROLES.filter((role) => roleAllows(role, access));
}
