import { roleAllows, roleChangeProblem } from '../member-role';

describe('member roles', () => {
  it('lets only admins change roles', () => {
    expect(roleAllows('ADMIN', 'members:manage')).toBe(true);
    expect(roleAllows('RECRUITER', 'members:manage')).toBe(false);
    expect(roleAllows('HIRING_MANAGER', 'members:manage')).toBe(false);
  });

  it('never leaves an organization without an admin', () => {
    expect(roleChangeProblem({ from: 'ADMIN', to: 'RECRUITER', adminsInOrganization: 1 })).toMatch(/at least one admin/);
    expect(roleChangeProblem({ from: 'ADMIN', to: 'HIRING_MANAGER', adminsInOrganization: 2 })).toBeNull();
    expect(roleChangeProblem({ from: 'ADMIN', to: 'ADMIN', adminsInOrganization: 1 })).toBeNull();
    expect(roleChangeProblem({ from: 'RECRUITER', to: 'ADMIN', adminsInOrganization: 1 })).toBeNull();
  });
});
