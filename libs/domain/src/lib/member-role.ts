/** The roles a member of an organization can hold; what each may do is in access.ts. */
export const MEMBER_ROLES = ['ADMIN', 'RECRUITER', 'HIRING_MANAGER'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/**
 * Why a member's role may not change this way, or null when it may. An organization always keeps
 * at least one active admin: otherwise no one could invite, change roles or edit its settings again.
 * `adminsInOrganization` counts active admins (deactivated and removed ones do not count).
 */
export function roleChangeProblem(change: { from: MemberRole; to: MemberRole; adminsInOrganization: number }): string | null {
  if (change.from === 'ADMIN' && change.to !== 'ADMIN' && change.adminsInOrganization <= 1) {
    return 'The organization needs at least one admin: make another member an admin first.';
  }
  return null;
}

/**
 * Why a member may not be deactivated or removed, or null when they may: never the last active
 * admin, for the same reason as roleChangeProblem.
 */
export function memberDepartureProblem(departure: { role: MemberRole; active: boolean; adminsInOrganization: number }): string | null {
  if (departure.role === 'ADMIN' && departure.active && departure.adminsInOrganization <= 1) {
    return 'The organization needs at least one active admin: make another member an admin first.';
  }
  return null;
}
