import type { MemberRole } from '@candor/domain';

export const ROLE_WORDS: Record<MemberRole, string> = {
  ADMIN: 'Admin',
  RECRUITER: 'Recruiter',
  HIRING_MANAGER: 'Hiring manager',
};
