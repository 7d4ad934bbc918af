import { codeOf, startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';

const CHANGE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id role } }`;
const MEMBERS = `{ members { id email role } }`;

describe('member roles', () => {
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    admin = await f.signUp('Roles org');
  });

  async function idOf(token: string, email: string): Promise<string> {
    const res = await t.gql(MEMBERS, {}, token);
    expectNoErrors(res);
    return res.data!.members.find((m: { email: string }) => m.email === email).id;
  }

  it("an admin changes a member's role, and it takes effect on the member's next request", async () => {
    const recruiter = await f.member(admin, 'RECRUITER');
    expectNoErrors(await t.gql(`mutation { createJob(input: { title: "Allowed" }) { id } }`, {}, recruiter.token));

    const res = await t.gql(CHANGE, { input: { memberId: await idOf(admin.token, recruiter.email), role: 'HIRING_MANAGER' } }, admin.token);
    expectNoErrors(res);
    expect(res.data!.changeMemberRole.role).toBe('HIRING_MANAGER');
    const denied = await t.gql(`mutation { createJob(input: { title: "No longer" }) { id } }`, {}, recruiter.token);
    expect(codeOf(denied)).toBe('FORBIDDEN');
  });

  it('keeps at least one admin: the last admin cannot step down, one of two can', async () => {
    const adminId = await idOf(admin.token, admin.email);
    const alone = await t.gql(CHANGE, { input: { memberId: adminId, role: 'RECRUITER' } }, admin.token);
    expect(codeOf(alone)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(alone.errors)).toMatch(/at least one admin/);
    expect(await f.count('members', "id = $1 AND role = 'ADMIN'", [adminId])).toBe(1);

    const second = await f.member(admin, 'ADMIN');
    expectNoErrors(await t.gql(CHANGE, { input: { memberId: adminId, role: 'RECRUITER' } }, second.token));
    const last = await t.gql(CHANGE, { input: { memberId: await idOf(second.token, second.email), role: 'RECRUITER' } }, second.token);
    expect(codeOf(last)).toBe('BAD_USER_INPUT');
  });

  it('two admins demoting each other at the same moment leave one admin, not none', async () => {
    const second = await f.member(admin, 'ADMIN');
    const [firstId, secondId] = [await idOf(admin.token, admin.email), await idOf(admin.token, second.email)];
    const results = await Promise.all([
      t.gql(CHANGE, { input: { memberId: secondId, role: 'RECRUITER' } }, admin.token),
      t.gql(CHANGE, { input: { memberId: firstId, role: 'RECRUITER' } }, second.token),
    ]);
    const admins = await f.count('members', "id = ANY($1) AND role = 'ADMIN'", [[firstId, secondId]]);
    expect(admins).toBe(1);
    expect(results.filter((r) => !r.errors).length).toBe(1);
  });

  it('refuses recruiters, unknown roles and members of another organization, changing nothing', async () => {
    const recruiter = await f.member(admin, 'RECRUITER');
    const recruiterId = await idOf(admin.token, recruiter.email);
    expect(codeOf(await t.gql(CHANGE, { input: { memberId: recruiterId, role: 'ADMIN' } }, recruiter.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CHANGE, { input: { memberId: recruiterId, role: 'OWNER' } }, admin.token))).toBe('BAD_USER_INPUT');

    const other = await f.signUp('Elsewhere');
    const foreign = await t.gql(CHANGE, { input: { memberId: recruiterId, role: 'ADMIN' } }, other.token);
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(CHANGE, { input: { memberId: 'not-a-uuid', role: 'ADMIN' } }, admin.token))).toBe('NOT_FOUND');
    expect(await f.count('members', "id = $1 AND role = 'RECRUITER'", [recruiterId])).toBe(1);
  });
});
