/**
 * Reminders to candidates before their steps (STEP_REMINDER), over real SMTP with a moved clock:
 * once per step version at `start - stepReminderHours` (real hours), a moved step at its new time,
 * none for cancelled, hidden, past or just-announced steps, concurrent ticks once, quiet hours,
 * turned off, and the organization's own words.
 */
import { codeOf, startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';
import { SmtpSink } from './support/smtp-sink';

const ADD = `mutation($input: AddNextStepInput!) { addNextStep(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdateNextStepInput!) { updateNextStep(input: $input) { id startsAt } }`;
const ORG = `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { stepReminderHours } }`;
const BASE = '2026-12-01T17:00:00Z'; // 09:00 in Los Angeles

describe('reminders to candidates before their steps, over real SMTP', () => {
  const sink = new SmtpSink();
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;
  let job: Awaited<ReturnType<Fixtures['createJob']>>;
  let organizationId: string;
  let n = 0;

  async function candidateWithStep(step: Record<string, unknown>) {
    const candidate = await f.addCandidate(await f.logIn(admin.email), job.id, { name: `Ada Reminded${n++}` });
    const res = await gql(
      ADD,
      {
        input: {
          candidateId: candidate.id, kind: 'VIDEO_INTERVIEW', title: 'Video interview with the design team', durationMinutes: 45,
          meetingUrl: 'https://meet.example.com/abc', instructions: 'Bring a portfolio piece.', location: 'Studio 4', ...step,
        },
      },
    );
    expectNoErrors(res);
    await t.emailsSettled({ of: [candidate.id] });
    return { candidate, stepId: res.data!.addNextStep.id as string };
  }
  /** A request as the admin, signed in at the clock's now (ticks move the clock past a session's life). */
  const gql = async (query: string, variables: Record<string, unknown>) => t.gql(query, variables, await f.logIn(admin.email));
  const reminders = (candidateId: string) => f.count('email_messages', `kind = 'STEP_REMINDER' AND candidate_id = $1`, [candidateId]);
  const sentReminders = (email: string) => sink.to(email).filter((m) => m.subject?.startsWith('Reminder:'));
  const setHours = (hours: number | null) => t.dataSource.query(`UPDATE organizations SET step_reminder_hours = $2 WHERE id = $1`, [organizationId, hours]);
  const quietHours = (start: number | null, end: number | null) =>
    t.dataSource.query(`UPDATE organizations SET quiet_hours_start_minute = $2, quiet_hours_end_minute = $3 WHERE id = $1`, [organizationId, start, end]);

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp({ SMTP_URL: sink.url, EMAIL_RETRY_DELAY_SECONDS: '1', QUEUE_SCHEMA: 'pgboss_step_reminders' });
    f = new Fixtures(t);
    t.clock.set(BASE);
    admin = await f.signUp('Northwind Studio', { timeZone: 'America/Los_Angeles' });
    job = await f.createJob(admin.token);
    [{ id: organizationId }] = await t.dataSource.query(`SELECT organization_id AS id FROM jobs WHERE id = $1`, [job.id]);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });
  beforeEach(async () => {
    t.clock.set(BASE);
    await setHours(24);
    await quietHours(null, null);
  });

  it('is 24 hours by default, settable by an admin, off with null, and refuses hours out of bounds', async () => {
    const res = await gql(`{ me { organization { stepReminderHours } } }`, {});
    expectNoErrors(res);
    expect(res.data!.me.organization.stepReminderHours).toBe(24);
    const set = await gql(ORG, { i: { stepReminderHours: 2 } });
    expectNoErrors(set);
    expect(set.data!.updateOrganization.stepReminderHours).toBe(2);
    const off = await gql(ORG, { i: { stepReminderHours: null } });
    expect(off.data!.updateOrganization.stepReminderHours).toBeNull();
    for (const bad of [0, 169, -1]) {
      const refused = await gql(ORG, { i: { stepReminderHours: bad } });
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].extensions).toMatchObject({ field: 'stepReminderHours' });
    }
    const [{ hours }] = await t.dataSource.query(`SELECT step_reminder_hours AS hours FROM organizations WHERE id = $1`, [organizationId]);
    expect(hours).toBeNull();
  });

  it('reminds once, 24 hours before, with the time in the zone, the place, the link and the notes, and no calendar part', async () => {
    const { candidate } = await candidateWithStep({ startsAt: '2026-12-05T18:00:00Z' });
    expect((await t.tick('2026-12-04T17:59:00Z')).stepReminders).toBe(0);
    expect((await t.tick('2026-12-04T18:00:00Z')).stepReminders).toBe(1);
    await t.emailsSettled({ of: [candidate.id] });
    expect((await t.tick('2026-12-04T18:01:00Z')).stepReminders).toBe(0);
    expect((await t.tick('2026-12-05T12:00:00Z')).stepReminders).toBe(0);
    await t.emailsSettled({ of: [candidate.id] });
    const mails = sentReminders(candidate.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Reminder: Video interview with the design team on Saturday, December 5, 2026 at 10:00 AM PST (Pacific Standard Time)');
    expect(mails[0].text).toContain('Where: Studio 4');
    expect(mails[0].text).toContain('Join here: https://meet.example.com/abc');
    expect(mails[0].text).toContain('How to prepare: Bring a portfolio piece.');
    expect(mails[0].text).toContain(candidate.statusUrl);
    expect(mails[0].attachments.filter((a) => a.contentType.startsWith('text/calendar'))).toHaveLength(0);
  });

  it('counts real hours across a daylight-saving change', async () => {
    // Los Angeles springs forward on 2026-03-08... and on 2027-03-14: 11:00 PDT is 10:00 PST + 24 h = 18:00Z the day before.
    const { candidate } = await candidateWithStep({ startsAt: '2027-03-14T18:00:00Z' });
    expect((await t.tick('2027-03-13T17:59:00Z')).stepReminders).toBe(0);
    expect((await t.tick('2027-03-13T18:00:00Z')).stepReminders).toBe(1);
    expect(await reminders(candidate.id)).toBe(1);
  });

  it('reminds a step moved after its reminder of its new time, and one moved before only at the new time', async () => {
    const moved = await candidateWithStep({ startsAt: '2026-12-05T18:00:00Z' });
    await t.tick('2026-12-04T18:00:00Z');
    t.clock.set('2026-12-04T19:00:00Z');
    expectNoErrors(await gql(UPDATE, { input: { stepId: moved.stepId, startsAt: '2026-12-08T18:00:00Z' } }));
    expect((await t.tick('2026-12-07T17:59:00Z')).stepReminders).toBe(0);
    expect((await t.tick('2026-12-07T18:00:00Z')).stepReminders).toBe(1);
    expect(await reminders(moved.candidate.id)).toBe(2);

    const early = await candidateWithStep({ startsAt: '2026-12-05T18:00:00Z' });
    t.clock.set('2026-12-02T18:00:00Z');
    expectNoErrors(await gql(UPDATE, { input: { stepId: early.stepId, startsAt: '2026-12-09T18:00:00Z' } }));
    await t.tick('2026-12-04T18:00:00Z');
    expect(await reminders(early.candidate.id)).toBe(0);
    await t.tick('2026-12-08T18:00:00Z');
    expect(await reminders(early.candidate.id)).toBe(1);
  });

  it('cancels a held reminder at send time when the step moved meanwhile', async () => {
    await quietHours(22 * 60, 8 * 60);
    await setHours(12);
    const { candidate, stepId } = await candidateWithStep({ startsAt: '2026-12-05T20:00:00Z' }); // 12:00 there
    await t.tick('2026-12-05T08:00:00Z'); // 00:00 there: held until 08:00 (16:00Z)
    const [held] = await t.dataSource.query(`SELECT id, send_after, status FROM email_messages WHERE kind = 'STEP_REMINDER' AND candidate_id = $1`, [candidate.id]);
    expect(held).toMatchObject({ status: 'SCHEDULED', send_after: new Date('2026-12-05T16:00:00Z') });
    t.clock.set('2026-12-05T09:00:00Z');
    expectNoErrors(await gql(UPDATE, { input: { stepId, startsAt: '2026-12-10T20:00:00Z' } }));
    await t.tick('2026-12-05T16:00:00Z');
    await t.emailsSettled({ of: [candidate.id] });
    const [after] = await t.dataSource.query(`SELECT status, last_error FROM email_messages WHERE id = $1`, [held.id]);
    expect(after).toMatchObject({ status: 'CANCELLED', last_error: expect.stringContaining('moved') });
    expect(sentReminders(candidate.email)).toHaveLength(0);
  });

  it('never reminds of a cancelled, hidden, past or just-announced step, an archived or unsubscribed candidate, or with reminders off', async () => {
    const cancelled = await candidateWithStep({ startsAt: '2026-12-05T18:00:00Z' });
    expectNoErrors(await gql(`mutation($id: ID!) { cancelNextStep(stepId: $id) { id } }`, { id: cancelled.stepId }));
    const hidden = await candidateWithStep({ startsAt: '2026-12-05T18:00:00Z', visibleToCandidate: false });
    const archived = await candidateWithStep({ startsAt: '2026-12-05T18:00:00Z' });
    expectNoErrors(await gql(`mutation($id: ID!) { archiveCandidate(candidateId: $id) { id } }`, { id: archived.candidate.id }));
    const unsubscribed = await candidateWithStep({ startsAt: '2026-12-05T18:00:00Z' });
    await t.dataSource.query(`UPDATE candidates SET unsubscribed_at = $2 WHERE id = $1`, [unsubscribed.candidate.id, new Date(BASE)]);
    t.clock.set('2026-12-05T15:00:00Z');
    const late = await candidateWithStep({ startsAt: '2026-12-05T18:00:00Z' }); // announced 3 hours before: that email said it all
    await t.tick('2026-12-05T15:01:00Z');
    await t.tick('2026-12-05T18:00:00Z'); // started: past
    for (const c of [cancelled, hidden, archived, unsubscribed, late]) expect(await reminders(c.candidate.id)).toBe(0);

    t.clock.set(BASE);
    const off = await candidateWithStep({ startsAt: '2026-12-06T18:00:00Z' });
    await setHours(null);
    await t.tick('2026-12-05T18:00:00Z');
    expect(await reminders(off.candidate.id)).toBe(0);
  });

  it('queues one reminder when ticks run at once', async () => {
    const { candidate } = await candidateWithStep({ startsAt: '2026-12-05T18:00:00Z' });
    const results = await Promise.all([t.tick('2026-12-04T18:00:00Z'), t.tick('2026-12-04T18:00:00Z'), t.tick('2026-12-04T18:00:00Z')]);
    expect(results.reduce((sum, r) => sum + r.stepReminders, 0)).toBe(1);
    await t.emailsSettled({ of: [candidate.id] });
    expect(await reminders(candidate.id)).toBe(1);
    expect(sentReminders(candidate.email)).toHaveLength(1);
  });

  it('holds a reminder in quiet hours, and skips one that quiet hours would hold past the start', async () => {
    await quietHours(22 * 60, 8 * 60);
    await setHours(2);
    const held = await candidateWithStep({ startsAt: '2026-12-05T17:00:00Z' }); // 09:00 there, reminder 07:00: held to 08:00
    const skipped = await candidateWithStep({ startsAt: '2026-12-05T15:30:00Z' }); // 07:30 there, reminder 05:30: quiet until after it
    await t.tick('2026-12-05T13:30:00Z');
    await t.tick('2026-12-05T15:00:00Z');
    const [row] = await t.dataSource.query(`SELECT send_after FROM email_messages WHERE kind = 'STEP_REMINDER' AND candidate_id = $1`, [held.candidate.id]);
    expect(row.send_after).toEqual(new Date('2026-12-05T16:00:00Z'));
    expect(await reminders(skipped.candidate.id)).toBe(0);
    await t.tick('2026-12-05T16:00:00Z');
    await t.emailsSettled({ of: [held.candidate.id] });
    expect(sentReminders(held.candidate.email)).toHaveLength(1);
  });

  it("sends the organization's own words, and previews them", async () => {
    const saved = await gql(
      `mutation($i: UpdateOrganizationEmailTemplateInput!) { updateOrganizationEmailTemplate(input: $i) { isDefault } }`,
      { i: { kind: 'STEP_REMINDER', subject: 'See you {{ step.when }}', body: '{{ step.title }} ({{ step.kind }}) at {{ step.location }}: {{ step.instructions }}' } },
    );
    expectNoErrors(saved);
    const { candidate } = await candidateWithStep({ startsAt: '2026-12-05T18:00:00Z' });
    const preview = await gql(`query($i: PreviewOrganizationEmailInput!) { previewOrganizationEmail(input: $i) { subject text } }`, { i: { kind: 'STEP_REMINDER', candidateId: candidate.id } });
    expectNoErrors(preview);
    expect(preview.data!.previewOrganizationEmail.subject).toBe('See you Saturday, December 5, 2026 at 10:00 AM PST (Pacific Standard Time)');
    await t.tick('2026-12-04T18:00:00Z');
    await t.emailsSettled({ of: [candidate.id] });
    const [mail] = sink.to(candidate.email).filter((m) => m.subject?.startsWith('See you'));
    expect(mail.text).toContain('Video interview with the design team (Video interview) at Studio 4: Bring a portfolio piece.');
    expectNoErrors(await gql(`mutation { resetOrganizationEmailTemplate(kind: STEP_REMINDER) { isDefault } }`, {}));
  });
});
