import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';
import { SmtpSink } from './support/smtp-sink';
import { randomAddress, startTestApp, TestApp, uniqueEmail } from './support/test-app';
import { PromiseReminders as PromiseRemindersForTest } from '../src/modules/promises/promise-reminders.service';

/**
 * Reminders to the team the working day before a promise lapses (PromiseReminders), driven by the
 * scheduler's tick at moved instants, delivered over a real SMTP server. Organizations are in New
 * York (UTC-5 in December): 08:00 there is 13:00Z. Each test uses its own organization and its own
 * days of December 2026, in order, so no test's ticks remind another's promises.
 */
describe('reminders to the team before a promise lapses, over real SMTP', () => {
  const sink = new SmtpSink();
  let t: TestApp;
  let f: Fixtures;

  interface Team { admin: SignedIn; recruiter: SignedIn; manager: SignedIn; jobId: string; organizationId: string }

  /** A member who accepted an invitation; over SMTP the link is only in the email (SecretLinks). */
  async function member(admin: SignedIn, role: 'RECRUITER' | 'HIRING_MANAGER'): Promise<SignedIn> {
    const email = uniqueEmail(role.toLowerCase());
    expectNoErrors(await t.gql(`mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }`, { i: { email, role } }, admin.token));
    await sink.waitFor(() => sink.to(email).length === 1);
    const token = /#([^\s"<]+)/.exec(sink.to(email)[0].text!)![1];
    const accepted = await t.gql(
      `mutation($i: AcceptInviteInput!) { acceptInvite(input: $i) { accessToken } }`,
      { i: { token, name: `A ${role.toLowerCase()}`, password: 'correct horse battery staple' } },
      undefined,
      randomAddress(),
    );
    expectNoErrors(accepted);
    return { token: accepted.data!.acceptInvite.accessToken, email };
  }

  async function team(name: string): Promise<Team> {
    const admin = await f.signUp(name, { timeZone: 'America/New_York' });
    const recruiter = await member(admin, 'RECRUITER');
    const manager = await member(admin, 'HIRING_MANAGER');
    const job = await f.createJob(admin.token);
    const [{ id: organizationId }] = await t.dataSource.query(`SELECT organization_id AS id FROM jobs WHERE id = $1`, [job.id]);
    return { admin, recruiter, manager, jobId: job.id, organizationId };
  }
  const reminders = (email: string) => sink.to(email).filter((m) => m.subject?.startsWith('Reminder:'));
  const rows = (organizationId: string) =>
    t.dataSource.query(`SELECT to_address, subject, text, status FROM email_messages WHERE organization_id = $1 AND kind = 'PROMISE_DUE_REMINDER' ORDER BY to_address`, [organizationId]);
  const promiseOf = async (candidateId: string) =>
    (await t.dataSource.query(`SELECT id, team_reminded_at FROM candidate_promises WHERE candidate_id = $1 AND outcome = 'OPEN'`, [candidateId]))[0];
  const memberId = async (email: string) => (await t.dataSource.query(`SELECT id FROM members WHERE email = $1`, [email]))[0].id as string;

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp({ SMTP_URL: sink.url, QUEUE_SCHEMA: 'pgboss_promise_reminders' });
    f = new Fixtures(t);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('reminds the member who made the promise on the Friday before a Monday, from 08:00 there, once', async () => {
    t.clock.set('2026-12-01T15:00:00Z'); // Tuesday, 10:00 in New York
    const a = await team('Reminder Friday');
    const monday = await f.addCandidate(a.recruiter.token, a.jobId, { name: 'Ada Monday', expectedResponseBy: '2026-12-07' });
    const tuesday = await f.addCandidate(a.admin.token, a.jobId, { name: 'Tom Tuesday', expectedResponseBy: '2026-12-08' });

    expect(await t.tick('2026-12-03T13:05:00Z')).toMatchObject({ promisesReminded: 0 }); // Thursday: two working days before
    expect(await t.tick('2026-12-04T12:59:00Z')).toMatchObject({ promisesReminded: 0 }); // Friday 07:59
    expect(await t.tick('2026-12-04T13:00:00Z')).toMatchObject({ promisesReminded: 1 }); // Friday 08:00
    expect(await t.tick('2026-12-04T13:01:00Z')).toMatchObject({ promisesReminded: 0 });
    expect(await t.tick('2026-12-04T21:00:00Z')).toMatchObject({ promisesReminded: 0 });
    expect((await promiseOf(monday.id)).team_reminded_at.toISOString()).toBe('2026-12-04T13:00:00.000Z');
    expect((await promiseOf(tuesday.id)).team_reminded_at).toBeNull();

    await sink.waitFor(() => reminders(a.recruiter.email).length === 1);
    await t.emailsSettled({ timeoutMs: 20_000 });
    const [mail] = reminders(a.recruiter.email);
    expect(mail.subject).toBe('Reminder: Ada Monday expects news by Monday, December 7, 2026');
    expect(mail.text).toContain('Ada Monday (Product Designer) expects news by Monday, December 7, 2026.');
    expect(mail.text).toContain(`/candidates/${monday.id}`);
    expect(reminders(a.admin.email)).toHaveLength(0);
    expect(reminders(a.manager.email)).toHaveLength(0);

    // Monday 08:00: the admin's Tuesday promise, to the admin alone.
    expect(await t.tick('2026-12-07T13:00:00Z')).toMatchObject({ promisesReminded: 1 });
    await sink.waitFor(() => reminders(a.admin.email).length === 1);
    expect(reminders(a.admin.email)[0].subject).toBe('Reminder: Tom Tuesday expects news by Tuesday, December 8, 2026');
    await t.emailsSettled({ timeoutMs: 20_000 });
    expect((await rows(a.organizationId)).map((r: { status: string }) => r.status)).toEqual(['SENT', 'SENT']);
    expect(reminders(a.recruiter.email)).toHaveLength(1);
  });

  it("skips the organization's holidays: promises of a holiday Monday and the Tuesday after are reminded on Friday, in one email", async () => {
    t.clock.set('2026-12-09T15:00:00Z'); // Wednesday
    const a = await team('Reminder Holiday');
    expectNoErrors(await t.gql(`mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }`, { i: { holidays: ['2026-12-14'] } }, a.admin.token));
    await f.addCandidate(a.recruiter.token, a.jobId, { name: 'Hana Holiday', expectedResponseBy: '2026-12-14' });
    await f.addCandidate(a.recruiter.token, a.jobId, { name: 'Tariq Tuesday', expectedResponseBy: '2026-12-15' });

    expect(await t.tick('2026-12-10T13:00:00Z')).toMatchObject({ promisesReminded: 0 }); // Thursday
    expect(await t.tick('2026-12-11T13:00:00Z')).toMatchObject({ promisesReminded: 2 }); // Friday, the working day before both
    expect(await t.tick('2026-12-14T13:00:00Z')).toMatchObject({ promisesReminded: 0 }); // the holiday: nothing more
    await sink.waitFor(() => reminders(a.recruiter.email).length === 1);
    await t.emailsSettled({ timeoutMs: 20_000 });
    const [mail] = reminders(a.recruiter.email);
    expect(mail.subject).toBe('Reminder: 2 candidates expect news by Tuesday, December 15, 2026');
    expect(mail.text).toContain('Hana Holiday (Product Designer) expects news by Monday, December 14, 2026.');
    expect(mail.text).toContain('Tariq Tuesday (Product Designer) expects news by Tuesday, December 15, 2026.');
    expect(await rows(a.organizationId)).toHaveLength(1);
  });

  it('sends none for settled promises, archived candidates or an outcome in its undo window; still one for a pre-approved extension', async () => {
    t.clock.set('2026-12-15T15:00:00Z'); // Tuesday
    const a = await team('Reminder Settled');
    const kept = await f.addCandidate(a.recruiter.token, a.jobId, { name: 'Kept Kim', expectedResponseBy: '2026-12-17' });
    const archived = await f.addCandidate(a.recruiter.token, a.jobId, { name: 'Archived Arlo', expectedResponseBy: '2026-12-17' });
    const pending = await f.addCandidate(a.recruiter.token, a.jobId, { name: 'Pending Pia', expectedResponseBy: '2026-12-17' });
    const open = await f.addCandidate(a.recruiter.token, a.jobId, { name: 'Open Olu', expectedResponseBy: '2026-12-17' });
    await t.dataSource.query(`UPDATE candidate_promises SET fallback_extension_days = 2 WHERE id = $1`, [(await promiseOf(open.id)).id]);
    await t.dataSource.query(`UPDATE candidate_promises SET outcome = 'KEPT', settled_at = $2, heard_at = $2 WHERE id = $1`, [(await promiseOf(kept.id)).id, t.clock.now()]);
    expectNoErrors(await t.gql(`mutation($id: ID!) { archiveCandidate(candidateId: $id) { id } }`, { id: archived.id }, a.admin.token));
    await t.dataSource.query(`UPDATE candidates SET outcome_pending_until = $2 WHERE id = $1`, [pending.id, new Date('2026-12-16T18:00:00Z')]);

    expect(await t.tick('2026-12-16T13:00:00Z')).toMatchObject({ promisesReminded: 1 }); // Wednesday 08:00
    await sink.waitFor(() => reminders(a.recruiter.email).length === 1);
    const [mail] = reminders(a.recruiter.email);
    expect(mail.subject).toBe('Reminder: Open Olu expects news by Thursday, December 17, 2026');
    expect(mail.text).toContain('If nothing reaches them by then, Candor extends it once by 2 business days, as pre-approved.');
    for (const name of ['Kept Kim', 'Archived Arlo', 'Pending Pia']) expect(mail.text).not.toContain(name);
    // The undo window closed later that day with the outcome undone: the promise is reminded then.
    await t.dataSource.query(`UPDATE candidates SET outcome_pending_until = NULL WHERE id = $1`, [pending.id]);
    expect(await t.tick('2026-12-16T19:00:00Z')).toMatchObject({ promisesReminded: 1 });
    await sink.waitFor(() => reminders(a.recruiter.email).length === 2);
    expect(reminders(a.recruiter.email)[1].subject).toBe('Reminder: Pending Pia expects news by Thursday, December 17, 2026');
    await t.emailsSettled({ timeoutMs: 20_000 });
    expect(await rows(a.organizationId)).toHaveLength(2);
  });

  it('goes to every active admin and recruiter when the maker was removed or deactivated, or there is none', async () => {
    t.clock.set('2026-12-17T15:00:00Z'); // Thursday
    const a = await team('Reminder Orphans');
    const leaver = await member(a.admin, 'RECRUITER');
    const resting = await member(a.admin, 'RECRUITER');
    await f.addCandidate(leaver.token, a.jobId, { name: 'Left Lena', expectedResponseBy: '2026-12-22' });
    await f.addCandidate(resting.token, a.jobId, { name: 'Rested Ravi', expectedResponseBy: '2026-12-22' });
    const candor = await f.addCandidate(a.admin.token, a.jobId, { name: 'Nobody Nell', expectedResponseBy: '2026-12-22' });
    await t.dataSource.query(`UPDATE candidate_promises SET made_by_member_id = NULL WHERE candidate_id = $1`, [candor.id]);
    expectNoErrors(await t.gql(`mutation($id: ID!) { removeMember(memberId: $id) { id } }`, { id: await memberId(leaver.email) }, a.admin.token));
    expectNoErrors(await t.gql(`mutation($id: ID!) { deactivateMember(memberId: $id) { id } }`, { id: await memberId(resting.email) }, a.admin.token));

    expect(await t.tick('2026-12-21T13:00:00Z')).toMatchObject({ promisesReminded: 3 }); // Monday before Tuesday
    await sink.waitFor(() => reminders(a.admin.email).length === 1 && reminders(a.recruiter.email).length === 1);
    await t.emailsSettled({ timeoutMs: 20_000 });
    for (const email of [a.admin.email, a.recruiter.email]) {
      const [mail] = reminders(email);
      expect(mail.subject).toBe('Reminder: 3 candidates expect news by Tuesday, December 22, 2026');
      for (const name of ['Left Lena', 'Rested Ravi', 'Nobody Nell']) expect(mail.text).toContain(`${name} (Product Designer) expects news by Tuesday, December 22, 2026.`);
      // Two former members' promises, and one no member gave: each line says which.
      expect(mail.text.match(/Whoever gave this date is no longer on the team, so every admin and recruiter hears about it\./g)).toHaveLength(2);
      expect(mail.text).toContain('Nobody Nell (Product Designer) expects news by Tuesday, December 22, 2026. No team member gave this date (it came from Candor or an import)');
    }
    for (const email of [a.manager.email, leaver.email, resting.email]) expect(reminders(email)).toHaveLength(0);
    expect(await rows(a.organizationId)).toHaveLength(2);
  });

  it('queues each reminder once when two ticks run at the same moment', async () => {
    t.clock.set('2026-12-22T15:00:00Z'); // Tuesday
    const a = await team('Reminder Race');
    await f.addCandidate(a.recruiter.token, a.jobId, { name: 'Racing Rui', expectedResponseBy: '2026-12-24' });
    await f.addCandidate(a.recruiter.token, a.jobId, { name: 'Racing Rosa', expectedResponseBy: '2026-12-24' });
    const results = await Promise.all([t.tick('2026-12-23T13:00:00Z'), t.app.get(PromiseRemindersForTest).run(new Date('2026-12-23T13:00:00Z'))]);
    expect(results[0].promisesReminded + results[1]).toBe(2);
    await sink.waitFor(() => reminders(a.recruiter.email).length === 1);
    await t.emailsSettled({ timeoutMs: 20_000 });
    expect(reminders(a.recruiter.email)).toHaveLength(1);
    expect(await rows(a.organizationId)).toHaveLength(1);
  });
});
