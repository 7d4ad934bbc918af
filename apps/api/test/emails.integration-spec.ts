import { addDays, calendarDateInZone } from '@candor/domain';
import { codeOf, startTestApp, TestApp, uniqueEmail } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';
import { waitFor } from './support/wait-for';
import { rawHeader, SmtpSink } from './support/smtp-sink';
import { CANDIDATE_EMAILS as EMAILS, MOVE_CANDIDATE as MOVE } from './support/operations';

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
    // MAIL_FROM's domain (no-reply@localhost in tests); the tag keeps it unguessable from the email's ID.
    expect(mail.messageId).toMatch(new RegExp(`^<${email.id}\\.[A-Za-z0-9_-]{16}@localhost>$`));
    expect(email).toMatchObject({ kind: 'STAGE_CHANGED', to: candidate.email, status: 'SENT', attempts: 1 });
    const token = /status#([A-Za-z0-9_-]{43})/.exec(mail.text!)![1];
    const status = await t.gql('query($t: String!) { candidateStatus(token: $t) { candidateName } }', { t: token });
    expect(status.data!.candidateStatus.candidateName).toBe('Margaret Okafor');
  });

  it('previews the move exactly: the reply date the dialog will set (a date, none, or the stage default), refusing what the move refuses', async () => {
    // The candidate is promised December 3 now; the move will promise something else.
    const candidate = await f.addCandidate(admin.token, job.id, { name: 'Omar Haddad', expectedResponseBy: '2026-12-03' });
    const PREVIEW = `query($i: PreviewStageEmailInput!) { previewStageEmail(input: $i) { subject text } }`;
    const preview = (expectedResponseBy?: string | null) =>
      t.gql(PREVIEW, { i: { stageId: stage('Decision').id, candidateId: candidate.id, ...(expectedResponseBy === undefined ? {} : { expectedResponseBy }) } }, admin.token);
    const dated = await preview('2026-12-09');
    expect(dated.data!.previewStageEmail.text).toContain('Wednesday, December 9, 2026');
    expect(dated.data!.previewStageEmail.text).not.toContain('December 3');
    expect((await preview(null)).data!.previewStageEmail.text).not.toMatch(/December 3|December 9/);
    const past = await preview('2026-11-20');
    expect(past.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expectedResponseBy' });
    // What goes is what was previewed.
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Decision').id, expectedResponseBy: '2026-12-09' } }, admin.token));
    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    expect(sink.to(candidate.email)[0].text!.trim()).toBe(dated.data!.previewStageEmail.text.trim());
  });

  it('previews with sample data on one origin: every link of the sample is on PUBLIC_URL', async () => {
    const res = await t.gql(`query($i: PreviewStageEmailInput!) { previewStageEmail(input: $i) { html text } }`, { i: { stageId: stage('Video interview').id } }, admin.token);
    expectNoErrors(res);
    const { html, text } = res.data!.previewStageEmail;
    const links = [...`${html} ${text}`.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map(([url]) => url).filter((url) => !url.startsWith('http://www.w3.org/'));
    expect(links).toEqual(expect.arrayContaining(['http://candor.test/status#sample-token']));
    expect(links.some((url) => url.startsWith('http://candor.test/email/unsubscribe/'))).toBe(true);
    expect(links.filter((url) => new URL(url).origin !== 'http://candor.test')).toEqual([]);
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
    expect(sink.to(candidate.email)[0].messageId).toMatch(new RegExp(`^<${failed.id}\\.[A-Za-z0-9_-]{16}@localhost>$`));
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
    expect(await t.tick(new Date(pending.sendAfter))).toMatchObject({ released: 0, digests: 0, outcomes: 0 });
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
    expect(await t.tick('2026-12-02T06:44:59Z')).toMatchObject({ released: 0, digests: 0, outcomes: 0 });
    await t.emailsSettled();
    expect(sink.to(candidate.email)).toHaveLength(0);
    expect(await t.tick('2026-12-02T06:45:00Z')).toMatchObject({ released: 1, digests: 0, outcomes: 0 });
    expect(await t.tick('2026-12-02T06:46:00Z')).toMatchObject({ released: 0, digests: 0, outcomes: 0 }); // released once
    await t.emailsSettled();
    const [sent] = (await t.gql(EMAILS, { id: candidate.id }, org.token)).data!.candidate.emails;
    expect(sent).toMatchObject({ status: 'SENT', sentAt: '2026-12-02T06:46:00.000Z' });
    expect(sink.to(candidate.email)).toHaveLength(1);
  });

  it('a held email is addressed and rendered when it leaves; one whose reason is gone is cancelled, not sent', async () => {
    const org = await f.signUp('Held Co', { timeZone: 'Asia/Tokyo' });
    await t.gql(`mutation { updateOrganization(input: { quietHoursStart: "19:00", quietHoursEnd: "08:00" }) { quietHoursStart } }`, {}, org.token);
    const heldJob = await f.createJob(org.token);
    t.clock.set('2026-12-01T12:00:00Z'); // 21:00 in Tokyo: held until 08:00 (23:00Z)
    const typo = uniqueEmail('mistyped').replace('@example.com', '@exmaple.test');
    const corrected = await f.addCandidate(org.token, heldJob.id, { name: 'Aiko Tanaka', email: typo, notify: true });
    const left = await f.addCandidate(org.token, heldJob.id, { name: 'Ren Sato' });
    const archived = await f.addCandidate(org.token, heldJob.id, { name: 'Yui Mori' });
    for (const c of [left, archived]) expectNoErrors(await t.gql(MOVE, { input: { candidateId: c.id, stageId: heldJob.stages[1].id } }, org.token));

    // The address is corrected, the first stage's template changed, one candidate moves on quietly, one is archived.
    const right = uniqueEmail('corrected');
    expectNoErrors(await t.gql(`mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { id } }`, { i: { candidateId: corrected.id, email: right, name: 'Aiko Tanaka-Ito' } }, org.token));
    expectNoErrors(
      await t.gql(`mutation($i: UpdateEmailTemplateInput!) { updateEmailTemplate(input: $i) { subject } }`, {
        i: { stageId: heldJob.stages[0].id, subject: 'Welcome, {{ candidate.name }}', body: 'Thank you, {{ candidate.first_name }}. {{ status_link }}' },
      }, org.token),
    );
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: left.id, stageId: heldJob.stages[2].id, notify: false } }, org.token));
    expectNoErrors(await t.gql(`mutation($id: ID!) { archiveCandidate(candidateId: $id) { id } }`, { id: archived.id }, org.token));

    // While held, the team sees what would go now: the address at once, the words once rendered again.
    const heldOf = async () => (await t.gql(EMAILS, { id: corrected.id }, org.token)).data!.candidate.emails[0];
    expect(await heldOf()).toMatchObject({ status: 'SCHEDULED', to: right });
    await waitFor('the held email to be rendered again', async () => (await heldOf()).subject === 'Welcome, Aiko Tanaka-Ito');

    expect(await t.tick('2026-12-01T23:00:00Z')).toMatchObject({ released: 2 });
    await t.emailsSettled({ of: [corrected.id, left.id, archived.id] });
    const [mail] = sink.to(right);
    expect(mail.subject).toBe('Welcome, Aiko Tanaka-Ito');
    expect(mail.text).toContain('Thank you, Aiko.');
    expect(sink.to(typo)).toEqual([]);
    const [sent] = (await t.gql(EMAILS, { id: corrected.id }, org.token)).data!.candidate.emails;
    expect(sent).toMatchObject({ status: 'SENT', to: right, subject: 'Welcome, Aiko Tanaka-Ito' });
    expect(sink.to(archived.email)).toEqual([]);
    const archivedEmails = (await t.gql(EMAILS, { id: archived.id }, org.token)).data!.candidate.emails;
    expect(archivedEmails.map((e: { status: string; lastError: string }) => [e.status, e.lastError])).toEqual([['CANCELLED', 'The candidate was archived.']]);
    // A quiet move cancels the pending email of the stage left behind at once.
    const leftEmails = (await t.gql(EMAILS, { id: left.id }, org.token)).data!.candidate.emails;
    expect(leftEmails.map((e: { status: string }) => e.status)).toEqual(['CANCELLED']);
    expect(sink.to(left.email)).toEqual([]);
  });

  it("sets Reply-To to the organization's shared inbox only when it named one, and refuses addresses that are not one", async () => {
    const org = await f.signUp('Inbox Co');
    const inboxJob = await f.createJob(org.token);
    const SET = `mutation($r: String) { updateOrganization(input: { replyTo: $r }) { replyTo } }`;
    for (const bad of ['not an address', 'hiring@example.com\r\nBcc: all@example.com', '"x\r\nbcc: all@example.com"@example.com', '"a,b"@example.com', 'Hiring <hiring@example.com>', `${'a'.repeat(250)}@example.com`]) {
      const res = await t.gql(SET, { r: bad }, org.token);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'replyTo' });
    }
    const none = await f.addCandidate(org.token, inboxJob.id, { notify: true });
    await sink.waitFor(() => sink.to(none.email).length === 1);
    expect(sink.to(none.email)[0].replyTo).toBeUndefined(); // by default: none, never a member's address
    expect((await t.gql(SET, { r: ' Hiring@Inbox.example ' }, org.token)).data!.updateOrganization.replyTo).toBe('hiring@inbox.example');
    const after = await f.addCandidate(org.token, inboxJob.id, { notify: true });
    await sink.waitFor(() => sink.to(after.email).length === 1);
    expect(rawHeader(sink.to(after.email)[0], 'reply-to')).toBe('Reply-To: hiring@inbox.example');
    expect((await t.gql(SET, { r: '' }, org.token)).data!.updateOrganization.replyTo).toBeNull();
    const cleared = await f.addCandidate(org.token, inboxJob.id, { notify: true });
    await sink.waitFor(() => sink.to(cleared.email).length === 1);
    expect(sink.to(cleared.email)[0].replyTo).toBeUndefined();
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
