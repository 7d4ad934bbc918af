import { codeOf, randomAddress, startTestApp, TestApp, uniqueEmail } from './support/test-app';
import { expectNoErrors, Fixtures, PASSWORD, SignedIn } from './support/fixtures';
import { waitFor } from './support/wait-for';
import { SmtpSink } from './support/smtp-sink';

const INVITE = 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id inviteUrl } }';
const ACCEPT = 'mutation($i: AcceptInviteInput!) { acceptInvite(input: $i) { accessToken } }';
const MAILBOX = '{ mailbox(limit: 200) { kind to text html } }';
const ME = '{ me { member { id name role } } }';
const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { accessToken } }';
const memberIdOf = async (t: TestApp, email: string) => (await t.dataSource.query('SELECT id FROM members WHERE email = $1', [email]))[0].id as string;

describe('secret links never reach a member who could not have made them', () => {
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp(); // the dev mailbox
    f = new Fixtures(t);
    admin = await f.signUp('Dev mailbox org');
  });
  afterAll(() => t.close());

  it.each(['HIRING_MANAGER', 'RECRUITER'] as const)('a %s cannot find an invitation link in the mailbox, so cannot make themselves an admin', async (role) => {
    const member = await f.member(admin, role);
    const email = uniqueEmail('new-admin');
    const invite = await t.gql(INVITE, { i: { email, role: 'ADMIN' } }, admin.token);
    expectNoErrors(invite);
    const token = invite.data!.inviteMember.inviteUrl.split('#').pop();
    const seen = await t.gql(MAILBOX, {}, member.token);
    expectNoErrors(seen);
    expect(JSON.stringify(seen.data)).not.toContain(token);
    expect(seen.data!.mailbox.filter((m: { kind: string }) => m.kind === 'INVITE')).toEqual([]);
    // The admin of the dev mailbox reads it, link included.
    const adminView = await t.gql(MAILBOX, {}, admin.token);
    expect(adminView.data!.mailbox.find((m: { to: string }) => m.to === email).text).toContain(token);
    // No stored copy holds the link in plain text.
    expect(JSON.stringify(await t.dataSource.query('SELECT * FROM email_messages WHERE to_address = $1', [email]))).not.toContain(token);
  });

  it('a password reset email in the dev mailbox is for admins only, and its link is never printed', async () => {
    const recruiter = await f.member(admin, 'RECRUITER');
    expectNoErrors(await t.gql('mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }', { i: { email: recruiter.email } }, undefined, randomAddress()));
    // The email is prepared after the answer (so known and unknown addresses take as long): wait for its row.
    const deadline = Date.now() + 10_000;
    while ((await f.count('email_messages', "kind = 'PASSWORD_RESET' AND to_address = $1", [recruiter.email])) === 0) {
      if (Date.now() > deadline) throw new Error('No reset email was written');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const adminView = await t.gql(MAILBOX, {}, admin.token);
    const reset = adminView.data!.mailbox.find((m: { to: string; kind: string }) => m.to === recruiter.email && m.kind === 'PASSWORD_RESET');
    const token = /reset-password#([A-Za-z0-9_-]{43})/.exec(reset.text)![1];
    expect(JSON.stringify((await t.gql(MAILBOX, {}, recruiter.token)).data)).not.toContain(token);
    // The suite's log guard (log-guard.ts) fails this file if the link reached stdout, stderr or a log line.
  });
});

describe('members come and go', () => {
  const sink = new SmtpSink();
  let t: TestApp;
  let f: Fixtures;

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp();
    f = new Fixtures(t);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('only admins invite: a recruiter or a hiring manager is refused and no invitation is written (a fixed expectation, not read from ROLE_PERMISSIONS)', async () => {
    const admin = await f.signUp('Invite Rights Co');
    for (const role of ['RECRUITER', 'HIRING_MANAGER'] as const) {
      const member = await f.member(admin, role);
      const email = uniqueEmail('not-invited');
      const res = await t.gql(`mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }`, { i: { email, role: 'ADMIN' } }, member.token);
      expect({ role, code: codeOf(res) }).toEqual({ role, code: 'FORBIDDEN' });
      expect(await f.count('invites', 'email = $1', [email])).toBe(0);
    }
  });

  it('deactivating ends every session at once, refuses log-in, revokes their invitations, keeps their name on timelines; reactivating lets them back', async () => {
    const admin = await f.signUp('Leavers');
    const recruiter = await f.member(admin, 'RECRUITER');
    const second = await f.logIn(recruiter.email);
    const job = await f.createJob(recruiter.token);
    const candidate = await f.addCandidate(recruiter.token, job.id);
    const recruiterId = await memberIdOf(t, recruiter.email);
    // The recruiter is made an admin for a moment and invites someone.
    expectNoErrors(await t.gql('mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { id } }', { i: { memberId: recruiterId, role: 'ADMIN' } }, admin.token));
    const pending = await t.gql(INVITE, { i: { email: uniqueEmail('pending'), role: 'RECRUITER' } }, recruiter.token);
    expectNoErrors(pending);

    const res = await t.gql('mutation($id: ID!) { deactivateMember(memberId: $id) { id deactivatedAt } }', { id: recruiterId }, admin.token);
    expectNoErrors(res);
    expect(res.data!.deactivateMember.deactivatedAt).not.toBeNull();
    for (const token of [recruiter.token, second]) expect(codeOf(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(LOG_IN, { input: { email: recruiter.email, password: PASSWORD } }, undefined, randomAddress()))).toBe('UNAUTHENTICATED');
    const inviteToken = pending.data!.inviteMember.inviteUrl.split('#').pop();
    expect(codeOf(await t.gql(ACCEPT, { i: { token: inviteToken, name: 'Late', password: PASSWORD } }, undefined, randomAddress()))).toBe('NOT_FOUND');
    const timeline = await t.gql('query($id: ID!) { candidate(id: $id) { timeline { actorName } } }', { id: candidate.id }, admin.token);
    expect(timeline.data!.candidate.timeline.map((e: { actorName: string }) => e.actorName)).toContain('A RECRUITER');

    expectNoErrors(await t.gql('mutation($id: ID!) { reactivateMember(memberId: $id) { id } }', { id: recruiterId }, admin.token));
    expectNoErrors(await t.gql(LOG_IN, { input: { email: recruiter.email, password: PASSWORD } }, undefined, randomAddress()));
  });

  it('removing frees the email address, drops them from the list and keeps their name on timelines', async () => {
    const admin = await f.signUp('Removals');
    const manager = await f.member(admin, 'HIRING_MANAGER');
    const job = await f.createJob(admin.token);
    const candidate = await f.addCandidate(admin.token, job.id);
    expectNoErrors(await t.gql('mutation($i: AddNextStepInput!) { addNextStep(input: $i) { id } }', { i: { candidateId: candidate.id, kind: 'OTHER', title: 'Chat' } }, manager.token));
    const managerId = await memberIdOf(t, manager.email);
    expectNoErrors(await t.gql('mutation($id: ID!) { removeMember(memberId: $id) { id removedAt } }', { id: managerId }, admin.token));
    expect(codeOf(await t.gql(ME, {}, manager.token))).toBe('UNAUTHENTICATED');
    const list = await t.gql('{ members { email } }', {}, admin.token);
    expect(list.data!.members.map((m: { email: string }) => m.email)).not.toContain(manager.email);
    const timeline = await t.gql('query($id: ID!) { candidate(id: $id) { timeline { actorName } } }', { id: candidate.id }, admin.token);
    expect(timeline.data!.candidate.timeline.map((e: { actorName: string }) => e.actorName)).toContain('A HIRING_MANAGER');
    // The address can be invited again.
    expectNoErrors(await t.gql(INVITE, { i: { email: manager.email, role: 'RECRUITER' } }, admin.token));
    // A removed member cannot be changed any more.
    expect(codeOf(await t.gql('mutation($id: ID!) { reactivateMember(memberId: $id) { id } }', { id: managerId }, admin.token))).toBe('NOT_FOUND');
  });

  it.each(['deactivateMember', 'removeMember'])('%s never takes away the last active admin', async (operation) => {
    const admin = await f.signUp(`Lonely ${operation}`);
    const adminId = await memberIdOf(t, admin.email);
    const res = await t.gql(`mutation($id: ID!) { ${operation}(memberId: $id) { id } }`, { id: adminId }, admin.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/at least one active admin/);
    expect(codeOf(await t.gql(ME, {}, admin.token))).toBeUndefined();
  });

  it('lists pending invitations and revokes one: its link stops working and its unsent email is not sent', async () => {
    const admin = await f.signUp('Invitations');
    const email = uniqueEmail('invitee');
    const invite = await t.gql(INVITE, { i: { email, role: 'HIRING_MANAGER' } }, admin.token);
    const { id, inviteUrl } = invite.data!.inviteMember;
    const listed = await t.gql('{ invites { id email role invitedByName } }', {}, admin.token);
    expect(listed.data!.invites).toEqual([{ id, email, role: 'HIRING_MANAGER', invitedByName: 'Ada Admin' }]);
    const revoked = await t.gql('mutation($id: ID!) { revokeInvite(inviteId: $id) { id revokedAt } }', { id }, admin.token);
    expectNoErrors(revoked);
    expect((await t.gql('{ invites { id } }', {}, admin.token)).data!.invites).toEqual([]);
    expect(codeOf(await t.gql(ACCEPT, { i: { token: inviteUrl.split('#').pop(), name: 'Too late', password: PASSWORD } }, undefined, randomAddress()))).toBe('NOT_FOUND');
    // This email's own row settles (other emails of the file may be waiting on a retry).
    await waitFor('the invite email to be sent or cancelled', async () =>
      (await f.count('email_messages', "kind = 'INVITE' AND to_address = $1 AND status IN ('SENT', 'CANCELLED')", [email])) === 1,
    );
    const [{ status, secret_sealed, sent_at }] = await t.dataSource.query("SELECT status, secret_sealed, sent_at FROM email_messages WHERE kind = 'INVITE' AND to_address = $1", [email]);
    expect(secret_sealed).toBeNull();
    // The dev mailbox may have sent it before the revocation; if not, the revocation cancelled it.
    if (status === 'SENT') expect(new Date(sent_at).getTime()).toBeLessThanOrEqual(new Date(revoked.data!.revokeInvite.revokedAt).getTime());
    else expect(status).toBe('CANCELLED');
  });

  it('keeps an audit log of security-relevant changes, for admins only, without candidate personal data', async () => {
    const admin = await f.signUp('Audited');
    const recruiter = await f.member(admin, 'RECRUITER');
    const manager = await f.member(admin, 'HIRING_MANAGER');
    const job = await f.createJob(admin.token);
    const candidate = await f.addCandidate(admin.token, job.id, { name: 'Private Person', email: 'private.person@example.com' });
    const recruiterId = await memberIdOf(t, recruiter.email);
    expectNoErrors(await t.gql('mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { id } }', { i: { memberId: recruiterId, role: 'HIRING_MANAGER' } }, admin.token));
    expectNoErrors(await t.gql('mutation($i: UpdateEmailTemplateInput!) { updateEmailTemplate(input: $i) { subject } }', { i: { stageId: job.stages[1].id, subject: 'Hi', body: 'Hello {{ candidate.first_name }}' } }, admin.token));
    expectNoErrors(await t.gql('mutation($id: ID!) { rotateStatusLink(candidateId: $id) { id } }', { id: candidate.id }, admin.token));
    expectNoErrors(await t.gql('mutation($id: ID!) { removeMember(memberId: $id) { id } }', { id: recruiterId }, admin.token));
    expectNoErrors(await t.gql('mutation { updateOrganization(input: { name: "Audited Ltd" }) { name } }', {}, admin.token));

    const log = await t.gql('{ auditLog(limit: 50) { action actorName targetType targetId targetName details { key value } at } }', {}, admin.token);
    expectNoErrors(log);
    const actions = log.data!.auditLog.map((e: { action: string }) => e.action);
    expect(actions.slice(0, 5)).toEqual(['ORGANIZATION_SETTINGS_CHANGED', 'MEMBER_REMOVED', 'STATUS_LINK_ROTATED', 'EMAIL_TEMPLATE_UPDATED', 'MEMBER_ROLE_CHANGED']);
    expect(actions).toEqual(expect.arrayContaining(['MEMBER_INVITED', 'INVITE_ACCEPTED']));
    const roleChange = log.data!.auditLog.find((e: { action: string }) => e.action === 'MEMBER_ROLE_CHANGED');
    expect(roleChange).toMatchObject({ actorName: 'Ada Admin', targetType: 'MEMBER', targetId: recruiterId, details: [{ key: 'from', value: 'RECRUITER' }, { key: 'to', value: 'HIRING_MANAGER' }] });
    expect(log.data!.auditLog[0].details).toEqual([{ key: 'settings', value: 'name' }]);
    const said = JSON.stringify(log.data);
    expect(said).not.toMatch(/Private Person|private\.person@example\.com|status#/);
    for (const member of [manager]) expect(codeOf(await t.gql('{ auditLog { id } }', {}, member.token))).toBe('FORBIDDEN');
  });
});

describe('unsubscribe links follow the status link', () => {
  let t: TestApp;
  let f: Fixtures;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t);
  });
  afterAll(() => t.close());

  it('a rotation makes the unsubscribe links of earlier emails invalid; the new ones work', async () => {
    const admin = await f.signUp('Rotations');
    const job = await f.createJob(admin.token);
    const candidate = await f.addCandidate(admin.token, job.id, { notify: true });
    const urlOf = async () =>
      new URL(
        (await t.dataSource.query("SELECT headers->>'List-Unsubscribe' AS h FROM email_messages WHERE candidate_id = $1 ORDER BY created_at DESC LIMIT 1", [candidate.id]))[0].h.slice(1, -1),
      ).pathname;
    const old = await urlOf();
    expectNoErrors(await t.gql('mutation($id: ID!) { rotateStatusLink(candidateId: $id) { id } }', { id: candidate.id }, admin.token));
    const refused = await t.http().post(old).set('x-forwarded-for', randomAddress());
    expect(refused.status).toBe(404);
    expect(await f.count('candidates', 'id = $1 AND unsubscribed_at IS NOT NULL', [candidate.id])).toBe(0);
    expectNoErrors(await t.gql('mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id } }', { i: { candidateId: candidate.id, stageId: job.stages[1].id } }, admin.token));
    const fresh = await urlOf();
    expect(fresh).not.toBe(old);
    expect((await t.http().post(fresh).set('x-forwarded-for', randomAddress())).status).toBe(200);
    expect(await f.count('candidates', 'id = $1 AND unsubscribed_at IS NOT NULL', [candidate.id])).toBe(1);
  });
});
