import {
  ARGUMENT_ACCESS,
  OPERATION_ACCESS,
  OPERATIONS_BEFORE_TWO_FACTOR,
  operationAccess,
  PERMISSIONS,
  Permission,
  ROLE_PERMISSIONS,
  roleAllows,
  rolesAllowed,
} from '../access';
import { MEMBER_ROLES } from '../member-role';

describe('the permission table', () => {
  it('gives admins every permission', () => {
    for (const permission of PERMISSIONS) expect(roleAllows('ADMIN', permission)).toBe(true);
  });

  const adminOnly: Permission[] = ['organization:manage', 'members:invite', 'members:manage', 'audit:read'];
  it.each(adminOnly)('keeps %s for admins alone', (permission) => {
    expect(roleAllows('ADMIN', permission)).toBe(true);
    expect(roleAllows('RECRUITER', permission)).toBe(false);
    expect(roleAllows('HIRING_MANAGER', permission)).toBe(false);
  });

  const recruiterNotManager: Permission[] = ['jobs:manage', 'templates:edit', 'candidates:manage', 'status-links:rotate'];
  it.each(recruiterNotManager)('lets recruiters, not hiring managers, %s', (permission) => {
    expect(roleAllows('RECRUITER', permission)).toBe(true);
    expect(roleAllows('HIRING_MANAGER', permission)).toBe(false);
  });

  const everyMember: Permission[] = ['account:self', 'members:read', 'jobs:read', 'templates:read', 'emails:read', 'emails:preview', 'emails:retry', 'candidates:read', 'candidates:move', 'next-steps:manage'];
  it.each(everyMember)('lets every member %s', (permission) => {
    for (const role of MEMBER_ROLES) expect(roleAllows(role, permission)).toBe(true);
  });

  it('sorts every permission into exactly one of the groups above', () => {
    expect([...adminOnly, ...recruiterNotManager, ...everyMember].sort()).toEqual([...PERMISSIONS].sort());
  });

  it('grants recruiters and hiring managers exactly the permissions listed, nothing more', () => {
    expect([...ROLE_PERMISSIONS.RECRUITER].sort()).toEqual([...everyMember, ...recruiterNotManager].sort());
    expect([...ROLE_PERMISSIONS.HIRING_MANAGER].sort()).toEqual([...everyMember].sort());
  });
});

describe('operation access', () => {
  it('names only known permissions', () => {
    for (const access of Object.values(OPERATION_ACCESS)) expect(['PUBLIC', ...PERMISSIONS]).toContain(access);
    for (const access of Object.values(ARGUMENT_ACCESS)) expect(PERMISSIONS).toContain(access);
  });

  it('keeps the candidate side and signing in public, and nothing else', () => {
    const publicOperations = Object.entries(OPERATION_ACCESS).filter(([, access]) => access === 'PUBLIC').map(([name]) => name).sort();
    expect(publicOperations).toEqual(['acceptInvite', 'candidateStatus', 'checkIn', 'logIn', 'requestPasswordReset', 'resetPassword', 'respondToRequest', 'signUp']);
  });

  it('refuses an operation it does not know', () => {
    expect(operationAccess('dropDatabase')).toBeUndefined();
    expect(operationAccess('constructor')).toBeUndefined();
    expect(operationAccess('__proto__')).toBeUndefined();
    expect(rolesAllowed('dropDatabase')).toEqual([]);
  });

  it.each(['signUp', 'logIn', 'candidateStatus', 'checkIn'])('%s is public: open to every role (and to callers without a session)', (operation) => {
    expect(operationAccess(operation)).toBe('PUBLIC');
    expect(rolesAllowed(operation)).toEqual(['ADMIN', 'RECRUITER', 'HIRING_MANAGER']);
  });

  it.each([
    ['inviteMember', ['ADMIN']],
    ['changeMemberRole', ['ADMIN']],
    ['auditLog', ['ADMIN']],
    ['updateEmailTemplate', ['ADMIN', 'RECRUITER']],
    ['rotateStatusLink', ['ADMIN', 'RECRUITER']],
    ['moveCandidate', ['ADMIN', 'RECRUITER', 'HIRING_MANAGER']],
    ['previewStageEmail', ['ADMIN', 'RECRUITER', 'HIRING_MANAGER']],
  ])('%s is for %j', (operation, roles) => {
    expect(rolesAllowed(operation)).toEqual(roles);
  });

  it('leaves a member who must set up two-factor sign-in only their own account: who they are, the setup, and leaving', () => {
    expect(OPERATIONS_BEFORE_TWO_FACTOR).toEqual(expect.arrayContaining(['me', 'beginTwoFactorSetup', 'confirmTwoFactorSetup', 'logOut']));
    for (const operation of OPERATIONS_BEFORE_TWO_FACTOR) expect(OPERATION_ACCESS[operation]).toBe('account:self');
  });
});
