/** What a member of an organization may do. */
export const MEMBER_ROLES = ['ADMIN', 'RECRUITER', 'HIRING_MANAGER'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export type Permission =
  | 'organization:manage'
  | 'members:invite'
  | 'members:manage'
  | 'jobs:manage'
  | 'candidates:manage'
  | 'candidates:move'
  | 'next-steps:manage';

const PERMISSIONS: Record<MemberRole, readonly Permission[]> = {
  ADMIN: [
    'organization:manage',
    'members:invite',
    'members:manage',
    'jobs:manage',
    'candidates:manage',
    'candidates:move',
    'next-steps:manage',
  ],
  RECRUITER: ['jobs:manage', 'candidates:manage', 'candidates:move', 'next-steps:manage'],
  // Hiring managers keep their candidates' status true; they do not shape jobs or the team.
  HIRING_MANAGER: ['candidates:move', 'next-steps:manage'],
};

export function roleAllows(role: MemberRole, permission: Permission): boolean {
  return PERMISSIONS[role].includes(permission);
}

/**
 * Why a member's role may not change this way, or null when it may. An organization always keeps
 * at least one admin: otherwise no one could invite, change roles or edit its settings again.
 */
export function roleChangeProblem(change: { from: MemberRole; to: MemberRole; adminsInOrganization: number }): string | null {
  if (change.from === 'ADMIN' && change.to !== 'ADMIN' && change.adminsInOrganization <= 1) {
    return 'The organization needs at least one admin: make another member an admin first.';
  }
  return null;
}
