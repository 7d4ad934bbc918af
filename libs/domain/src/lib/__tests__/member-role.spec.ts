import { memberDepartureProblem, roleChangeProblem } from '../member-role';

describe('member roles', () => {
  it('never leaves an organization without an admin', () => {
    expect(roleChangeProblem({ from: 'ADMIN', to: 'RECRUITER', adminsInOrganization: 1 })).toMatch(/at least one admin/);
    expect(roleChangeProblem({ from: 'ADMIN', to: 'HIRING_MANAGER', adminsInOrganization: 0 })).toMatch(/at least one admin/);
    expect(roleChangeProblem({ from: 'ADMIN', to: 'HIRING_MANAGER', adminsInOrganization: 2 })).toBeNull();
    expect(roleChangeProblem({ from: 'ADMIN', to: 'ADMIN', adminsInOrganization: 1 })).toBeNull();
    expect(roleChangeProblem({ from: 'RECRUITER', to: 'ADMIN', adminsInOrganization: 1 })).toBeNull();
    expect(roleChangeProblem({ from: 'HIRING_MANAGER', to: 'RECRUITER', adminsInOrganization: 1 })).toBeNull();
  });

  it('never lets the last active admin leave', () => {
    expect(memberDepartureProblem({ role: 'ADMIN', active: true, adminsInOrganization: 1 })).toMatch(/at least one active admin/);
    expect(memberDepartureProblem({ role: 'ADMIN', active: true, adminsInOrganization: 2 })).toBeNull();
    // A deactivated admin is not one of the active admins: removing them changes nothing.
    expect(memberDepartureProblem({ role: 'ADMIN', active: false, adminsInOrganization: 1 })).toBeNull();
    expect(memberDepartureProblem({ role: 'RECRUITER', active: true, adminsInOrganization: 1 })).toBeNull();
    expect(memberDepartureProblem({ role: 'HIRING_MANAGER', active: true, adminsInOrganization: 0 })).toBeNull();
  });
});
