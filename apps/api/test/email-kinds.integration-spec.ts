import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMAIL_KINDS } from '../src/modules/notifications/email-message.entity';
import { StepRemindersService } from '../src/modules/notifications/step-reminders.service';
import { DigestService } from '../src/modules/notifications/digest.service';
import { PromiseReminders } from '../src/modules/promises/promise-reminders.service';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';
import { extendPromise } from './support/promises';
import { rawHeader, SmtpSink } from './support/smtp-sink';
import { randomAddress, startTestApp, TestApp, uniqueEmail } from './support/test-app';

/**
 * One email of every kind Candor sends, as it left over a real SMTP server, checked for what
 * every kind must carry, and kept as `test-results/mail-samples/<KIND>.eml` (MAIL_SAMPLES_DIR)
 * for the outside checks of `npm run mail-check` (SpamAssassin's local tests in `.ci/run`).
 */
const SAMPLES_DIR = process.env.MAIL_SAMPLES_DIR ?? join(__dirname, '..', '..', '..', 'test-results', 'mail-samples');

describe('every kind of email, as it leaves', () => {
  const sink = new SmtpSink();
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp({ SMTP_URL: sink.url, QUEUE_SCHEMA: 'pgboss_kinds', MAIL_FROM: 'Candor <no-reply@candor.example>' });
    f = new Fixtures(t);
    t.clock.set('2026-12-01T10:00:00Z');
    admin = await f.signUp('Northwind Studio', { timeZone: 'Europe/Berlin' });
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('sends each kind with a text and an HTML part, Auto-Submitted and a Message-ID on the sender domain, and keeps a sample', async () => {
    const recruiterEmail = uniqueEmail('recruiter');
    expectNoErrors(await t.gql(`mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }`, { i: { email: recruiterEmail, role: 'RECRUITER' } }, admin.token));
    expectNoErrors(await t.gql(`mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }`, { i: { email: admin.email } }, undefined, randomAddress()));

    const job = await f.createJob(admin.token, { title: 'Product Designer' });
    const candidate = await f.addCandidate(admin.token, job.id, { name: 'Margaret Okafor', notify: true, expectedResponseBy: '2026-12-01' });
    const step = await f.addStep(admin.token, candidate.id, {
      kind: 'VIDEO_INTERVIEW', title: 'Video interview with the design team', startsAt: '2026-12-10T13:00:00Z', durationMinutes: 45,
      meetingUrl: 'https://meet.example.com/northwind', instructions: 'Bring one project you are proud of.',
    });
    await sink.waitFor(() => sink.to(candidate.email).length === 2);
    expectNoErrors(await t.gql(`mutation($i: UpdateNextStepInput!) { updateNextStep(input: $i) { id } }`, { i: { stepId: step.id, startsAt: '2026-12-11T09:00:00Z' } }, admin.token));
    await sink.waitFor(() => sink.to(candidate.email).length === 3);
    expectNoErrors(await t.gql(`mutation($id: ID!) { cancelNextStep(stepId: $id) { id } }`, { id: step.id }, admin.token));
    const request = await f.addStep(admin.token, candidate.id, { kind: 'OTHER', title: 'Send two work samples', requestsResponse: true });
    const token = candidate.statusUrl.split('#').pop();
    expectNoErrors(await t.gql(`mutation($i: RespondToRequestInput!) { respondToRequest(input: $i) { accepted } }`, { i: { token, stepId: request.id, message: 'Here are two samples.', links: ['https://portfolio.example.com/one'] } }));
    await extendPromise(t, candidate.id, { previousDay: '2026-12-01', newDay: '2026-12-04', reason: 'the team needs 3 more business days', businessDays: 3 });
    t.clock.set('2026-12-03T10:00:00Z'); // two days after the promised day
    expectNoErrors(await t.gql(`mutation($t: String!) { checkIn(token: $t, message: "Is there any news?") { accepted } }`, { t: token }));
    // The promise for Friday the 4th, reminded to the team on Thursday (its maker is Candor: to the admin).
    expect(await t.app.get(PromiseReminders).run(new Date('2026-12-03T10:00:00Z'))).toBe(1);
    expect(await t.app.get(DigestService).run(new Date('2026-12-04T07:05:00Z'))).toBeGreaterThan(0); // 08:05 in Berlin
    await t.emailsSettled({ timeoutMs: 30_000 });
    const later = await f.logIn(admin.email); // the clock moved past the first session's day
    // The team answers the check-in (after the reminder, and once the extension email went: a reply is
    // news that keeps the promise, and an extension email whose promise is no longer open is cancelled).
    const [checkIn] = (await t.gql(`query($id: ID!) { candidate(id: $id) { checkIns { id } } }`, { id: candidate.id }, later)).data!.candidate.checkIns;
    expectNoErrors(await t.gql(`mutation($i: ReplyToCheckInInput!) { replyToCheckIn(input: $i) { id } }`, { i: { checkInId: checkIn.id, message: 'Thank you for asking: the team decides on Monday.' } }, later));
    // Everything so far leaves before the clock moves a fortnight on (a promise email would lapse).
    await t.emailsSettled({ timeoutMs: 30_000 });
    await f.addStep(await f.logIn(admin.email), candidate.id, { kind: 'IN_PERSON', title: 'A day with the team', startsAt: '2026-12-20T09:00:00Z', durationMinutes: 240, location: 'Torstraße 1, Berlin' });
    t.clock.set('2026-12-19T09:00:00Z'); // a day before
    expect(await t.app.get(StepRemindersService).tick(t.clock.now())).toBe(1);
    await t.emailsSettled({ timeoutMs: 30_000 });
    await t.emailsSettled({ timeoutMs: 30_000 });

    const rows: { kind: string; message_id: string }[] = await t.dataSource.query(
      `SELECT DISTINCT ON (kind) kind, message_id FROM email_messages WHERE status = 'SENT' ORDER BY kind, created_at`,
    );
    expect(rows.map((r) => r.kind).sort()).toEqual([...EMAIL_KINDS].sort());
    mkdirSync(SAMPLES_DIR, { recursive: true });
    for (const { kind, message_id: messageId } of rows) {
      const mail = sink.received.find((m) => m.messageId === messageId)!;
      expect({ kind, text: !!mail.text?.trim(), html: typeof mail.html === 'string' && mail.html.includes('<html lang="en"') }).toEqual({ kind, text: true, html: true });
      expect(rawHeader(mail, 'auto-submitted')).toBe('Auto-Submitted: auto-generated');
      expect(messageId).toMatch(/@candor\.example>$/);
      writeFileSync(join(SAMPLES_DIR, `${kind}.eml`), sink.sourceOf(mail));
    }
  });
});
