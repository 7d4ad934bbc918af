/** What a member of an organization may do. */
export const MEMBER_ROLES = ['ADMIN', 'RECRUITER', 'HIRING_MANAGER'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export type Permission =
  | 'organization:manage'
  | 'members:invite'
  | 'jobs:manage'
  | 'candidates:manage'
  | 'candidates:move'
  | 'next-steps:manage';

const PERMISSIONS: Record<MemberRole, readonly Permission[]> = {
  ADMIN: [
    'organization:manage',
    'members:invite',
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
