import { addDays, calendarDateInZone } from '@candor/domain';
import { ParsedMail } from 'mailparser';
import { codeOf, randomAddress, startTestApp, TestApp, uniqueEmail } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';
import { waitFor } from './support/wait-for';
import { SmtpSink } from './support/smtp-sink';

const MOVE = `mutation($input: MoveCandidateInput!) { moveCandidate(input: $input) { id version } }`;
const EMAILS = `query($id: ID!) { candidate(id: $id) { emails { id kind to subject status attempts lastError sendAfter sentAt } } }`;
const rawHeader = (mail: ParsedMail, key: string) => (mail.headerLines.find((h) => h.key === key)?.line ?? '').replace(/\r?\n\s+/g, ' ');

describe('stage emails over real SMTP', () => {
  const sink = new SmtpSink();
  const queueSchema = 'pgboss_smtp';
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;
  let job: Awaited<ReturnType<Fixtures['createJob']>>;
  const stage = (name: string) => job.stages.find((s) => s.name === name)!;
  const emailsOf = async (candidateId: string) => (await t.gql(EMAILS, { id: candidateId }, admin.token)).data!.candidate.emails;
  const waitForStatus = async (candidateId: string, status: string) => {
    let emails: { status: string }[] = [];
    await waitFor(`the emails of ${candidateId} to be ${status}`, async () => {
      emails = await emailsOf(candidateId);
      return emails.length > 0 && emails.every((e) => e.status === status || e.status === 'CANCELLED');
    });
    return emails as any[];
  };

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp({ SMTP_URL: sink.url, EMAIL_RETRY_DELAY_SECONDS: '1', EMAIL_MAX_ATTEMPTS: '4', SESSION_TTL_HOURS: '720', QUEUE_SCHEMA: queueSchema });
    f = new Fixtures(t);
    t.clock.set('2026-12-01T17:00:00Z');
    admin = await f.signUp('Northwind Studio', { timeZone: 'America/Los_Angeles' });
    job = await f.createJob(admin.token);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });
  beforeEach(() => {
    sink.mode = 'accept';
    sink.temporaryFailuresLeft = 0;
    // A fixed instant, so calendar days never straddle a real midnight mid-test.
    t.clock.set('2026-12-01T17:00:00Z');
  });

  it('sends exactly one message for a move: recipient, subject, promised date and a working status link in both parts', async () => {
    const candidate = await f.addCandidate(admin.token, job.id, { name: 'Margaret Okafor' });
    const promise = addDays(calendarDateInZone(t.clock.now(), 'America/Los_Angeles'), 6);
    expect(promise).toBe('2026-12-07');
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Video interview').id, expectedResponseBy: promise, messageToCandidate: 'Lovely to meet you!' } }, admin.token));
    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    await t.emailsSettled(); // nothing else in flight: a second copy could no longer arrive
    const [mail] = sink.to(candidate.email);
    expect(sink.to(candidate.email)).toHaveLength(1);
    expect(mail.subject).toBe('Next step for Product Designer: Video interview');
    expect(mail.from?.text).toContain('no-reply@localhost');
    const [y, m, d] = promise.split('-').map(Number);
    const spelled = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }).format(new Date(Date.UTC(y, m - 1, d)));
    for (const part of [mail.text!, mail.html as string]) {
      expect(part).toContain(spelled);
      expect(part).toContain(candidate.statusUrl.replace(/&/g, '&amp;'));
      expect(part).toContain('Lovely to meet you!');
    }
    expect(rawHeader(mail, 'list-unsubscribe')).toMatch(/^List-Unsubscribe: <http:\/\/candor\.test\/email\/unsubscribe\/[^>]+>$/);
    expect(rawHeader(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const [email] = await waitForStatus(candidate.id, 'SENT');
    expect(mail.messageId).toBe(`<${email.id}@localhost>`); // MAIL_FROM's domain (no-reply@localhost in tests)
    expect(email).toMatchObject({ kind: 'STAGE_CHANGED', to: candidate.email, status: 'SENT', attempts: 1 });
    const token = /status#([A-Za-z0-9_-]{43})/.exec(mail.text!)![1];
    const status = await t.gql('query($t: String!) { candidateStatus(token: $t) { candidateName } }', { t: token });
    expect(status.data!.candidateStatus.candidateName).toBe('Margaret Okafor');
  });

  it("adding a candidate sends the first stage's email with the status link, unless told not to", async () => {
    const added = await f.addCandidate(admin.token, job.id, { name: 'Lena Fischer', notify: true });
    await sink.waitFor(() => sink.to(added.email).length === 1);
    const [mail] = sink.to(added.email);
    expect(mail.subject).toBe('We received your application for Product Designer');
    expect(mail.text).toContain('Hi Lena,');
    expect(mail.text).toContain(added.statusUrl);
    const [email] = await waitForStatus(added.id, 'SENT');
    expect(email).toMatchObject({ kind: 'STAGE_CHANGED', to: added.email });

    const imported = await f.addCandidate(admin.token, job.id, { name: 'Quiet Import', notify: false });
    expect(await emailsOf(imported.id)).toEqual([]); // no row: nothing can ever be sent
    await t.emailsSettled();
    expect(sink.to(imported.email)).toHaveLength(0);
  });

  it('sends nothing for notify: false, for a silent stage, or for a rolled-back move', async () => {
    const quiet = await f.addCandidate(admin.token, job.id);
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: quiet.id, stageId: stage('Phone screen').id, notify: false } }, admin.token));
    await t.gql(`mutation($i: UpdateStageInput!) { updateStage(input: $i) { id } }`, { i: { stageId: stage('Assessment').id, notifyCandidates: false } }, admin.token);
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: quiet.id, stageId: stage('Assessment').id } }, admin.token));

    const rolledBack = await f.addCandidate(admin.token, job.id);
    const fn = `fail_at_commit_${rolledBack.id.replace(/-/g, '')}`;
    await t.dataSource.query(`
      CREATE FUNCTION ${fn}() RETURNS trigger AS $$
      BEGIN IF NEW.candidate_id = '${rolledBack.id}' THEN RAISE EXCEPTION 'commit failed (simulated)'; END IF; RETURN NULL; END $$ LANGUAGE plpgsql;
      CREATE CONSTRAINT TRIGGER ${fn} AFTER INSERT ON email_messages DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${fn}();
    `);
    try {
      const res = await t.gql(MOVE, { input: { candidateId: rolledBack.id, stageId: stage('Offer').id } }, admin.token);
      expect(res.errors![0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await t.dataSource.query(`DROP TRIGGER ${fn} ON email_messages; DROP FUNCTION ${fn}();`);
    }
    await t.emailsSettled();
    expect(sink.to(quiet.email)).toHaveLength(0);
    expect(sink.to(rolledBack.email)).toHaveLength(0);
    expect(await f.count('email_messages', 'candidate_id = ANY($1)', [[quiet.id, rolledBack.id]])).toBe(0);
    expect(await f.count(`${queueSchema}.job`, "name = 'email.send' AND data->>'emailId' NOT IN (SELECT id::text FROM email_messages)")).toBe(0);
  });

  it('retries a 4xx and delivers once', async () => {
    const candidate = await f.addCandidate(admin.token, job.id);
    sink.temporaryFailuresLeft = 1;
    await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Decision').id } }, admin.token);
    const [email] = await waitForStatus(candidate.id, 'SENT');
    expect(email.attempts).toBe(2);
    await t.emailsSettled();
    expect(sink.to(candidate.email)).toHaveLength(1);
  });

  it('ends a 5xx as FAILED with the reason, and a retry sends it', async () => {
    const candidate = await f.addCandidate(admin.token, job.id);
    sink.mode = 'permanent-failure';
    await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Decision').id } }, admin.token);
    const [failed] = await waitForStatus(candidate.id, 'FAILED');
    expect(failed.lastError).toMatch(/550/);
    expect(failed.attempts).toBe(1);
    expect(codeOf(await t.gql(`mutation($id: ID!) { retryEmail(emailId: $id) { id } }`, { id: failed.id }, admin.token))).toBeUndefined();
    sink.mode = 'accept';
    const [sent] = await waitForStatus(candidate.id, 'SENT');
    expect(sent.id).toBe(failed.id);
    expect(sink.to(candidate.email)).toHaveLength(1);
    expect(sink.to(candidate.email)[0].messageId).toBe(`<${failed.id}@localhost>`);
    expect(codeOf(await t.gql(`mutation($id: ID!) { retryEmail(emailId: $id) { id } }`, { id: failed.id }, admin.token))).toBe('CONFLICT');
  });

  it('cancels a rejection moved back inside its delay window; only the latest email goes', async () => {
    const candidate = await f.addCandidate(admin.token, job.id);
    await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Not selected').id } }, admin.token);
    const [pending] = await emailsOf(candidate.id);
    expect(pending.status).toBe('SCHEDULED');
    expect(new Date(pending.sendAfter).getTime() - t.clock.now().getTime()).toBe(60 * 60_000);
    await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Decision').id } }, admin.token);
    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    // The hour passes: the cancelled rejection is not released.
    expect(await t.tick(new Date(pending.sendAfter))).toEqual({ released: 0, digests: 0 });
    await t.emailsSettled();
    const emails = await emailsOf(candidate.id);
    expect(emails.map((e: { status: string; subject: string }) => [e.status, e.subject])).toEqual([
      ['CANCELLED', 'Your application for Product Designer'],
      ['SENT', 'An update on your application for Product Designer'],
    ]);
    expect(sink.to(candidate.email).map((m) => m.subject)).toEqual(['An update on your application for Product Designer']);
  });

  it('holds candidate emails during quiet hours; the first tick at their end sends them, not one a minute earlier', async () => {
    const org = await f.signUp('Quiet Co', { timeZone: 'Europe/Berlin' });
    await t.gql(`mutation { updateOrganization(input: { quietHoursStart: "20:00", quietHoursEnd: "07:45" }) { quietHoursStart quietHoursEnd } }`, {}, org.token);
    const quietJob = await f.createJob(org.token);
    const candidate = await f.addCandidate(org.token, quietJob.id);
    t.clock.set('2026-12-01T20:30:00Z'); // 21:30 in Berlin (winter, UTC+1)
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: quietJob.stages[1].id } }, org.token));
    const [email] = (await t.gql(EMAILS, { id: candidate.id }, org.token)).data!.candidate.emails;
    expect(email).toMatchObject({ status: 'SCHEDULED', sendAfter: '2026-12-02T06:45:00.000Z' }); // 07:45 Berlin next morning
    // Nothing is queued while it is held: the queue's own clock cannot send it early.
    expect(await f.count('email_messages', 'id = $1 AND queued_at IS NULL', [email.id])).toBe(1);
    expect(await t.tick('2026-12-02T06:44:59Z')).toEqual({ released: 0, digests: 0 });
    await t.emailsSettled();
    expect(sink.to(candidate.email)).toHaveLength(0);
    expect(await t.tick('2026-12-02T06:45:00Z')).toEqual({ released: 1, digests: 0 });
    expect(await t.tick('2026-12-02T06:46:00Z')).toEqual({ released: 0, digests: 0 }); // released once
    await t.emailsSettled();
    const [sent] = (await t.gql(EMAILS, { id: candidate.id }, org.token)).data!.candidate.emails;
    expect(sent).toMatchObject({ status: 'SENT', sentAt: '2026-12-02T06:46:00.000Z' });
    expect(sink.to(candidate.email)).toHaveLength(1);
  });

  it('stops emails after a one-click unsubscribe; the status link keeps working', async () => {
    const candidate = await f.addCandidate(admin.token, job.id);
    await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Phone screen').id } }, admin.token);
    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    const link = /<(http[^>]+)>/.exec(rawHeader(sink.to(candidate.email)[0], 'list-unsubscribe'))![1];
    const path = new URL(link).pathname;
    const page = await t.http().get(path);
    expect(page.text).toContain('Stop emails');
    expect((await t.dataSource.query('SELECT unsubscribed_at FROM candidates WHERE id = $1', [candidate.id]))[0].unsubscribed_at).toBeNull();
    const done = await t.http().post(path).type('form').send('List-Unsubscribe=One-Click');
    expect(done.status).toBe(200);
    expect(done.text).toContain('no more emails');
    expect((await t.http().post(path.replace(/.$/, 'x'))).text).toContain('not valid');
    await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Decision').id } }, admin.token);
    expect(await f.count('email_messages', 'candidate_id = $1', [candidate.id])).toBe(1); // none written for the move
    await t.emailsSettled();
    expect(sink.to(candidate.email)).toHaveLength(1);
    const seen = await t.gql(`query($id: ID!) { candidate(id: $id) { unsubscribedAt timeline { type } } }`, { id: candidate.id }, admin.token);
    expect(seen.data!.candidate.unsubscribedAt).toBeTruthy();
    expect(seen.data!.candidate.timeline.map((e: { type: string }) => e.type)).toContain('UNSUBSCRIBED');
    const token = candidate.statusUrl.split('#').pop();
    expectNoErrors(await t.gql('query($t: String!) { candidateStatus(token: $t) { candidateName } }', { t: token }));
  });

  it('refuses unsafe templates and keeps script in names inert', async () => {
    const UPDATE = `mutation($i: UpdateEmailTemplateInput!) { updateEmailTemplate(input: $i) { subject isDefault } }`;
    for (const body of ['{{ candidate.constructor }}', '{{ candidate.email }}', '{% if %}', '{{ status_link | evil }}']) {
      const res = await t.gql(UPDATE, { i: { stageId: stage('Offer').id, subject: 'Hi', body } }, admin.token);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    }
    const saved = await t.gql(UPDATE, { i: { stageId: stage('Offer').id, subject: 'Offer for {{ candidate.name }}', body: 'Dear {{ candidate.first_name }},\n\nSee {{ status_link }}' } }, admin.token);
    expect(saved.data!.updateEmailTemplate).toEqual({ subject: 'Offer for {{ candidate.name }}', isDefault: false });
    const candidate = await f.addCandidate(admin.token, job.id, { name: '<script>alert(1)</script> Eve' });
    await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Offer').id } }, admin.token);
    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    const [mail] = sink.to(candidate.email);
    expect(mail.subject).toBe('Offer for <script>alert(1)</script> Eve');
    expect(mail.html).not.toContain('<script>alert(1)</script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const preview = await t.gql(
      `query($i: PreviewStageEmailInput!) { previewStageEmail(input: $i) { subject text } }`,
      { i: { stageId: stage('Offer').id, candidateId: candidate.id } },
      admin.token,
    );
    expect(preview.data!.previewStageEmail.subject).toBe(mail.subject);
    expect(preview.data!.previewStageEmail.text).toContain('Dear <script>alert(1)</script>,');
  });
});

describe('calendar updates and team notices over real SMTP', () => {
  const sink = new SmtpSink();
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp({ SMTP_URL: sink.url, EMAIL_RETRY_DELAY_SECONDS: '1', QUEUE_SCHEMA: 'pgboss_calendar' });
    f = new Fixtures(t);
    t.clock.set('2026-12-01T10:00:00Z');
    admin = await f.signUp('Calendar Co', { timeZone: 'Europe/Berlin' });
  });
  beforeEach(() => t.clock.set('2026-12-01T10:00:00Z'));
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  async function icsOf(mail: ParsedMail) {
    const { default: ICAL } = await import('ical.js');
    const attachment = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))!;
    const calendar = new ICAL.Component(ICAL.parse(attachment.content.toString('utf8')));
    return { method: calendar.getFirstPropertyValue('method'), event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
  }

  it('sends an invitation, an update with a higher SEQUENCE and a cancellation for a dated step', async () => {
    const job = await f.createJob(admin.token);
    const candidate = await f.addCandidate(admin.token, job.id, { name: 'Hannah Schmidt' });
    const step = await f.addStep(admin.token, candidate.id, {
      kind: 'IN_PERSON', title: 'Meet the team', startsAt: '2026-12-10T13:00:00Z', durationMinutes: 120, location: 'Studio, Palo Alto',
    });
    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    const invite = sink.to(candidate.email)[0];
    expect(invite.subject).toBe('Scheduled: Meet the team');
    expect(invite.text).toContain('Thursday, December 10, 2026 at 2:00 PM (Europe/Berlin)');
    const first = await icsOf(invite);
    expect(first.method).toBe('REQUEST');
    expect(first.event.uid).toBe(`${step.id}@candor`);
    expect(first.event.sequence).toBe(0);
    expect(first.event.startDate.toJSDate().toISOString()).toBe('2026-12-10T13:00:00.000Z');
    expect(first.event.endDate.toJSDate().toISOString()).toBe('2026-12-10T15:00:00.000Z');

    await t.gql(`mutation($i: UpdateNextStepInput!) { updateNextStep(input: $i) { id } }`, { i: { stepId: step.id, startsAt: '2026-12-11T09:00:00Z' } }, admin.token);
    await sink.waitFor(() => sink.to(candidate.email).length === 2);
    const update = sink.to(candidate.email)[1];
    expect(update.subject).toBe('Changed: Meet the team');
    const second = await icsOf(update);
    expect(second.method).toBe('REQUEST');
    expect(second.event.uid).toBe(first.event.uid);
    expect(second.event.sequence).toBe(1);
    expect(second.event.startDate.toJSDate().toISOString()).toBe('2026-12-11T09:00:00.000Z');

    await t.gql(`mutation($id: ID!) { cancelNextStep(stepId: $id) { id } }`, { id: step.id }, admin.token);
    await sink.waitFor(() => sink.to(candidate.email).length === 3);
    const cancel = sink.to(candidate.email)[2];
    expect(cancel.subject).toBe('Cancelled: Meet the team');
    const third = await icsOf(cancel);
    expect(third.method).toBe('CANCEL');
    expect(third.event.uid).toBe(first.event.uid);
    expect(third.event.sequence).toBe(2);
    expect(third.event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  /** A candidate with a dated in-person step whose invitation they received. */
  async function invited(org: SignedIn = admin) {
    const job = await f.createJob(org.token);
    const candidate = await f.addCandidate(org.token, job.id);
    const step = await f.addStep(org.token, candidate.id, { kind: 'IN_PERSON', title: 'On-site', startsAt: '2026-12-10T13:00:00Z', durationMinutes: 90, location: 'Office' });
    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    return { job, candidate, step };
  }

  async function calendarDownload(candidate: { statusUrl: string }, stepId: string) {
    const token = candidate.statusUrl.split('#').pop()!;
    return t.http().post('/status/calendar').set('x-forwarded-for', randomAddress()).type('form').send({ token, stepId });
  }

  const finalStage = (job: { stages: { id: string; kind: string }[] }, kind: string) => job.stages.find((s) => s.kind === kind)!.id;

  it('takes the interview back when the candidate leaves: an outcome, closing the job or archiving cancels the step and sends METHOD:CANCEL', async () => {
    const leaving: Array<[string, (c: { job: { id: string; stages: { id: string; kind: string }[] }; candidate: { id: string } }) => Promise<unknown>]> = [
      ['withdrawn', ({ job, candidate }) => t.gql(MOVE, { input: { candidateId: candidate.id, stageId: finalStage(job, 'WITHDRAWN') } }, admin.token)],
      ['not selected by closing the job', ({ job }) => t.gql(`mutation($id: ID!, $final: ID) { closeJob(jobId: $id, finalStageId: $final) { id } }`, { id: job.id, final: finalStage(job, 'REJECTED') }, admin.token)],
      ['hired', ({ job, candidate }) => t.gql(MOVE, { input: { candidateId: candidate.id, stageId: finalStage(job, 'HIRED') } }, admin.token)],
      ['archived', ({ candidate }) => t.gql(`mutation($id: ID!) { archiveCandidate(candidateId: $id) { id } }`, { id: candidate.id }, admin.token)],
    ];
    for (const [how, leave] of leaving) {
      const { job, candidate, step } = await invited();
      expect((await calendarDownload(candidate, step.id)).status).toBe(200);
      expectNoErrors((await leave({ job, candidate })) as { errors?: unknown; status: number });
      await t.tick(t.clock.now().toISOString()); // an outcome's own email may wait for its undo window
      await sink.waitFor(() => sink.to(candidate.email).some((m) => m.subject === 'Cancelled: On-site'));
      const cancel = await icsOf(sink.to(candidate.email).find((m) => m.subject === 'Cancelled: On-site')!);
      expect({ how, method: cancel.method, uid: cancel.event.uid, sequence: cancel.event.sequence }).toEqual({ how, method: 'CANCEL', uid: `${step.id}@candor`, sequence: 1 });
      const [row] = await t.dataSource.query('SELECT state FROM next_steps WHERE id = $1', [step.id]);
      expect({ how, state: row.state }).toEqual({ how, state: 'CANCELLED' });
      expect({ how, download: (await calendarDownload(candidate, step.id)).status }).toEqual({ how, download: 404 });
    }
  });

  it('collapses step changes held by quiet hours: add, two time changes and a cancel send nothing; without the cancel, one invitation at the latest time', async () => {
    const org = await f.signUp('Quiet Calendar Co', { timeZone: 'Europe/Berlin' });
    await t.gql(`mutation { updateOrganization(input: { quietHoursStart: "20:00", quietHoursEnd: "08:00" }) { quietHoursStart } }`, {}, org.token);
    const job = await f.createJob(org.token);
    t.clock.set('2026-12-01T21:00:00Z'); // 22:00 in Berlin: quiet
    const UPDATE = `mutation($i: UpdateNextStepInput!) { updateNextStep(input: $i) { id } }`;
    const changes = async (cancel: boolean) => {
      const candidate = await f.addCandidate(org.token, job.id, { notify: false });
      const step = await f.addStep(org.token, candidate.id, { kind: 'VIDEO_INTERVIEW', title: 'Video call', startsAt: '2026-12-10T09:00:00Z', durationMinutes: 30 });
      expectNoErrors(await t.gql(UPDATE, { i: { stepId: step.id, startsAt: '2026-12-10T10:00:00Z' } }, org.token));
      expectNoErrors(await t.gql(UPDATE, { i: { stepId: step.id, startsAt: '2026-12-10T11:00:00Z' } }, org.token));
      if (cancel) expectNoErrors(await t.gql(`mutation($id: ID!) { cancelNextStep(stepId: $id) { id } }`, { id: step.id }, org.token));
      return { candidate, step };
    };
    const cancelled = await changes(true);
    const moved = await changes(false);
    expect(await f.count('email_messages', "candidate_id = $1 AND status = 'SCHEDULED'", [cancelled.candidate.id])).toBe(0);
    expect(await f.count('email_messages', "candidate_id = $1 AND status = 'SCHEDULED'", [moved.candidate.id])).toBe(1);
    await t.tick('2026-12-02T07:00:00Z'); // 08:00 in Berlin
    await t.emailsSettled();
    expect(sink.to(cancelled.candidate.email)).toHaveLength(0);
    const mails = sink.to(moved.candidate.email);
    expect(mails.map((m) => m.subject)).toEqual(['Scheduled: Video call']);
    const ics = await icsOf(mails[0]);
    expect(ics.method).toBe('REQUEST');
    expect(ics.event.startDate.toJSDate().toISOString()).toBe('2026-12-10T11:00:00.000Z');
    expect(ics.event.sequence).toBe(2);
  });

  it('sends the cancellation of an invitation the candidate received even after they unsubscribed, and no new invitations', async () => {
    const { candidate, step } = await invited();
    const link = /<(http[^>]+)>/.exec(rawHeader(sink.to(candidate.email)[0], 'list-unsubscribe'))![1];
    expect((await t.http().post(new URL(link).pathname).type('form').send('List-Unsubscribe=One-Click')).status).toBe(200);
    await f.addStep(admin.token, candidate.id, { title: 'Second round', startsAt: '2026-12-12T13:00:00Z' });
    expectNoErrors(await t.gql(`mutation($id: ID!) { cancelNextStep(stepId: $id) { id } }`, { id: step.id }, admin.token));
    await sink.waitFor(() => sink.to(candidate.email).length === 2);
    await t.emailsSettled();
    expect(sink.to(candidate.email).map((m) => m.subject)).toEqual(['Scheduled: On-site', 'Cancelled: On-site']);
  });

  it('sends invitations as mail clients expect them: text/calendar in multipart/alternative, no X-WR-CALNAME, Auto-Submitted, a Message-ID on the sender domain, lang, a hidden preheader without white text, the video link as a link', async () => {
    const job = await f.createJob(admin.token);
    const candidate = await f.addCandidate(admin.token, job.id, { notify: false });
    await f.addStep(admin.token, candidate.id, { kind: 'VIDEO_INTERVIEW', title: 'Entretien vidéo', startsAt: '2026-12-10T13:00:00Z', meetingUrl: 'https://meet.example.com/abc-def' });
    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    const mail = sink.to(candidate.email)[0];
    const source = sink.sourceOf(mail);
    expect(source).toMatch(/Content-Type: multipart\/alternative;[\s\S]*Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);
    expect(source).not.toMatch(/X-WR-CALNAME/);
    expect(rawHeader(mail, 'auto-submitted')).toBe('Auto-Submitted: auto-generated');
    const fromDomain = /@([^>\s]+)>?$/.exec(rawHeader(mail, 'from'))![1];
    expect(mail.messageId).toMatch(new RegExp(`@${fromDomain.replace(/\./g, '\\.')}>$`));
    const html = String(mail.html);
    expect(html).toMatch(/<html[^>]* lang="en"/);
    // The hidden preheader says what and when, and has no text colour (white on white is what filters flag).
    const preheader = /<div style="display:none;([^"]*)">([^<]*)<\/div>/.exec(html)!;
    expect(preheader[1]).not.toMatch(/color/i);
    expect(preheader[2]).toMatch(/^Entretien vidéo, /);
    expect(html).toContain('<a href="https://meet.example.com/abc-def"');
    expect((await icsOf(mail)).method).toBe('REQUEST');
  });

  it('sends nothing for undated or hidden steps, or when a step is marked done', async () => {
    const job = await f.createJob(admin.token);
    const candidate = await f.addCandidate(admin.token, job.id);
    await f.addStep(admin.token, candidate.id, { title: 'Undated' });
    await f.addStep(admin.token, candidate.id, { title: 'Hidden', startsAt: '2026-12-10T13:00:00Z', visibleToCandidate: false });
    expect(await f.count('email_messages', 'candidate_id = $1', [candidate.id])).toBe(0);
    await t.emailsSettled();
    expect(sink.to(candidate.email)).toHaveLength(0);
    const dated = await f.addStep(admin.token, candidate.id, { title: 'Call', startsAt: '2026-12-10T13:00:00Z' });
    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    await t.gql(`mutation($id: ID!) { completeNextStep(stepId: $id) { id } }`, { id: dated.id }, admin.token);
    expect(await f.count('email_messages', 'candidate_id = $1', [candidate.id])).toBe(1);
    await t.emailsSettled();
    expect(sink.to(candidate.email)).toHaveLength(1);
  });

  it('tells the admins and recruiters when a candidate checks in, and emails invitations', async () => {
    const recruiterEmail = uniqueEmail('recruiter');
    const invite = await t.gql(`mutation($i: InviteMemberInput!) { inviteMember(input: $i) { inviteUrl } }`, { i: { email: recruiterEmail, role: 'RECRUITER' } }, admin.token);
    expect(invite.data!.inviteMember.inviteUrl).toBeNull(); // it went by email
    await sink.waitFor(() => sink.to(recruiterEmail).length === 1);
    const inviteMail = sink.to(recruiterEmail)[0];
    expect(inviteMail.subject).toBe('Ada Admin invited you to Calendar Co on Candor');
    const token = /invite#([A-Za-z0-9_-]{43})/.exec(inviteMail.text!)![1];
    const accepted = await t.gql(`mutation($i: AcceptInviteInput!) { acceptInvite(input: $i) { accessToken } }`, { i: { token, name: 'Rae', password: 'correct horse battery' } });
    expectNoErrors(accepted);

    const job = await f.createJob(admin.token);
    const candidate = await f.addCandidate(admin.token, job.id, { name: 'Priya Natarajan', expectedResponseBy: calendarDateInZone(t.clock.now(), 'Europe/Berlin') });
    await t.dataSource.query("UPDATE candidates SET expected_response_by = expected_response_by - 2 WHERE id = $1", [candidate.id]);
    const res = await t.gql(`mutation($t: String!) { checkIn(token: $t, message: "Any news?") { accepted } }`, { t: candidate.statusUrl.split('#').pop() });
    expect(res.data!.checkIn.accepted).toBe(true);
    await sink.waitFor(() => sink.to(recruiterEmail).length === 2 && sink.to(admin.email).length === 1);
    const notice = sink.to(recruiterEmail)[1];
    expect(notice.subject).toBe('Priya Natarajan checked in about Product Designer');
    expect(notice.text).toContain('Their message: "Any news?"');
    expect(notice.text).toContain(`http://candor.test/candidates/${candidate.id}`);
    const candidateEmails = await t.gql(EMAILS, { id: candidate.id }, admin.token);
    expect(candidateEmails.data!.candidate.emails).toEqual([]);
  });
});

describe('delivery when the SMTP server is down for a while', () => {
  const sink = new SmtpSink();
  let t: TestApp;
  let other: TestApp;

  beforeAll(async () => {
    await sink.start();
    const env = { SMTP_URL: sink.url, EMAIL_RETRY_DELAY_SECONDS: '1', EMAIL_MAX_ATTEMPTS: '8', QUEUE_SCHEMA: 'pgboss_outage' };
    t = await startTestApp(env);
    other = await startTestApp(env); // a second API process on the same database
  });
  afterAll(async () => {
    await other.close();
    await t.close();
    await sink.stop();
  });

  it('delivers every email exactly once after the server comes back, with two API processes working', async () => {
    const f = new Fixtures(t);
    const admin = await f.signUp('Bulk');
    const job = await f.createJob(admin.token);
    const port = sink.port;
    await sink.stop(); // connections refused from now on
    const candidates = [];
    for (let i = 0; i < 100; i++) candidates.push(await f.addCandidate(admin.token, job.id, { name: `Candidate ${i}` }));
    for (const [i, c] of candidates.entries()) {
      const app = i % 2 === 0 ? t : other;
      expectNoErrors(await app.gql(MOVE, { input: { candidateId: c.id, stageId: job.stages[1].id } }, admin.token));
    }
    // Both processes try, fail and schedule retries while the server is down.
    const failedMeanwhile = () =>
      t.dataSource
        .query("SELECT count(*)::int AS n FROM email_messages WHERE attempts >= 1 AND status = 'SCHEDULED' AND last_error IS NOT NULL")
        .then(([row]) => row.n as number);
    await waitFor('deliveries to fail while the SMTP server is down', async () => (await failedMeanwhile()) >= 10);
    expect(sink.received).toHaveLength(0);
    await sink.start(port);
    await sink.waitFor(() => sink.received.length >= 100, 60_000);
    await t.emailsSettled({ timeoutMs: 60_000 });
    expect(sink.received).toHaveLength(100);
    expect(new Set(sink.received.map((m) => m.messageId)).size).toBe(100);
    const statuses = await t.dataSource.query(
      'SELECT e.status, count(*)::int AS n FROM email_messages e JOIN candidates c ON c.id = e.candidate_id WHERE c.job_id = $1 GROUP BY e.status',
      [job.id],
    );
    expect(statuses).toEqual([{ status: 'SENT', n: 100 }]);
  }, 120_000);
});
