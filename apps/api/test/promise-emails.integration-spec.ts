import { CandidateEntity } from '../src/modules/candidates/candidate.entity';
import { PromiseEmailsService } from '../src/modules/notifications/promise-emails.service';
import { codeOf, startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';
import { extendPromise } from './support/promises';
import { rawHeader, SmtpSink } from './support/smtp-sink';

const TEMPLATE = 'query($k: OrganizationEmailKind!) { organizationEmailTemplate(kind: $k) { kind subject body isDefault placeholders { name } } }';
const UPDATE = 'mutation($i: UpdateOrganizationEmailTemplateInput!) { updateOrganizationEmailTemplate(input: $i) { subject isDefault } }';
const RESET = 'mutation($k: OrganizationEmailKind!) { resetOrganizationEmailTemplate(kind: $k) { subject isDefault } }';
const PREVIEW = 'query($i: PreviewOrganizationEmailInput!) { previewOrganizationEmail(input: $i) { subject html text } }';
const KIND = 'PROMISE_EXTENDED';

describe('the email that tells a candidate their promised day moved later, over real SMTP', () => {
  const sink = new SmtpSink();
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;
  let job: Awaited<ReturnType<Fixtures['createJob']>>;
  let organizationId: string;

  /** A new candidate promised `previousDay`, whose promise moved to `newDay` (extendPromise). */
  async function extended(name: string, previousDay = '2026-12-04', newDay = '2026-12-09', reason = 'the team needs 3 more business days', businessDays: number | null = 3) {
    const candidate = await f.addCandidate(admin.token, job.id, { name, expectedResponseBy: previousDay });
    return { candidate, ...(await extendPromise(t, candidate.id, { previousDay, newDay, reason, businessDays })) };
  }
  const emailRow = async (id: string) => (await t.dataSource.query(`SELECT status, last_error, promise_id, kind, send_after FROM email_messages WHERE id = $1`, [id]))[0];
  const quietHours = (start: number | null, end: number | null) =>
    t.dataSource.query(`UPDATE organizations SET quiet_hours_start_minute = $2, quiet_hours_end_minute = $3 WHERE id = $1`, [organizationId, start, end]);

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp({ SMTP_URL: sink.url, EMAIL_RETRY_DELAY_SECONDS: '1', QUEUE_SCHEMA: 'pgboss_promise_emails' });
    f = new Fixtures(t);
    t.clock.set('2026-12-01T17:00:00Z'); // 09:00 in Los Angeles
    admin = await f.signUp('Northwind Studio', { timeZone: 'America/Los_Angeles' });
    job = await f.createJob(admin.token);
    [{ id: organizationId }] = await t.dataSource.query(`SELECT organization_id AS id FROM jobs WHERE id = $1`, [job.id]);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });
  beforeEach(async () => {
    t.clock.set('2026-12-01T17:00:00Z');
    await quietHours(null, null);
  });

  it('sends the new day, the previous day, the reason and the status link, with List-Unsubscribe', async () => {
    const { candidate, promiseId, emailId } = await extended('Margaret Okafor');
    expect(emailId).toEqual(expect.any(String));
    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    await t.emailsSettled({ of: [candidate.id] });
    expect(sink.to(candidate.email)).toHaveLength(1);
    const [mail] = sink.to(candidate.email);
    expect(mail.subject).toBe('A new date for news about Product Designer');
    for (const part of [mail.text!, mail.html as string]) {
      expect(part).toContain('by Friday, December 4, 2026');
      expect(part).toContain('You will hear back from us by Wednesday, December 9, 2026 at the latest');
      expect(part).toContain('The reason: the team needs 3 more business days');
      expect(part).toContain(candidate.statusUrl.replace(/&/g, '&amp;'));
    }
    expect(rawHeader(mail, 'list-unsubscribe')).toMatch(/^List-Unsubscribe: <http:\/\/candor\.test\/email\/unsubscribe\/[^>]+>$/);
    expect(rawHeader(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(await emailRow(emailId!)).toMatchObject({ status: 'SENT', kind: KIND, promise_id: promiseId });
  });

  it('waits out quiet hours, and is cancelled at send time when a visible update kept the promise meanwhile', async () => {
    await quietHours(22 * 60, 8 * 60);
    t.clock.set('2026-12-02T07:00:00Z'); // 23:00 in Los Angeles
    const { candidate, promiseId, emailId } = await extended('Omar Haddad');
    expect((await emailRow(emailId!)).send_after.toISOString()).toBe('2026-12-02T16:00:00.000Z'); // 08:00 there
    await t.dataSource.query(`UPDATE candidate_promises SET outcome = 'KEPT', settled_at = $2, heard_at = $2 WHERE id = $1`, [promiseId, new Date('2026-12-02T15:00:00Z')]);
    await t.tick('2026-12-02T16:00:00Z');
    await t.emailsSettled({ of: [candidate.id] });
    expect(await emailRow(emailId!)).toMatchObject({ status: 'CANCELLED', last_error: 'The promised day this email announces is no longer open (kept).' });
    expect(sink.to(candidate.email)).toHaveLength(0);
  });

  it('sends nothing to a candidate who unsubscribed', async () => {
    const added = await f.addCandidate(admin.token, job.id, { name: 'Quiet Quinn' });
    await t.dataSource.query(`UPDATE candidates SET unsubscribed_at = $2 WHERE id = $1`, [added.id, t.clock.now()]);
    const emailId = await t.dataSource.transaction(async (db) => {
      const candidate = await db.findOneByOrFail(CandidateEntity, { id: added.id });
      return t.app.get(PromiseEmailsService).onPromiseExtended(db, { candidate, promiseId: '00000000-0000-0000-0000-000000000000', previousDay: '2026-12-04', newDay: '2026-12-08', reason: 'x', businessDays: null, now: t.clock.now() });
    });
    expect(emailId).toBeNull();
    expect(await f.count('email_messages', 'candidate_id = $1', [added.id])).toBe(0);
  });

  it.each([
    ['a file-reading tag', { subject: 'Hi', body: "{% include '.data/secret-key' %}" }, 'body', /uses \{% include %\}/],
    ['a huge loop', { subject: 'Hi', body: "{% for i in (1..10000000) %}{% cycle 'a','b' %}{% endfor %}" }, 'body', /too much time or memory/],
    ['an unknown placeholder', { subject: 'Hi {{ candidate.email }}', body: 'Hello' }, 'subject', /unknown placeholder \{\{ candidate\.email \}\}; available: candidate\.first_name/],
    ["a stage email's placeholder", { subject: 'Hi', body: '{{ message }}' }, 'body', /unknown placeholder \{\{ message \}\}/],
  ])('refuses a template with %s on save, naming the field, and writes nothing', async (_, template, field, message) => {
    const audits = await f.count('audit_events', 'organization_id = $1', [organizationId]);
    const res = await t.gql(UPDATE, { i: { kind: KIND, ...template } }, admin.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions).toMatchObject({ field });
    expect(res.errors![0].message).toMatch(message);
    expect(await f.count('organization_email_templates')).toBe(0);
    expect(await f.count('audit_events', 'organization_id = $1', [organizationId])).toBe(audits);
  });

  it("uses the organization's template as it is at send time, and the default again after a reset", async () => {
    const read = await t.gql(TEMPLATE, { k: KIND }, admin.token);
    expectNoErrors(read);
    expect(read.data!.organizationEmailTemplate).toMatchObject({ kind: KIND, isDefault: true, subject: 'A new date for news about {{ job.title }}' });
    expect(read.data!.organizationEmailTemplate.placeholders.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['previous_date', 'promised_date', 'reason', 'extension_days', 'status_link']));
    const saved = await t.gql(UPDATE, { i: { kind: KIND, subject: 'Draft {{ promised_date }}', body: 'x' } }, admin.token);
    expectNoErrors(saved);
    expect(saved.data!.updateOrganizationEmailTemplate).toEqual({ subject: 'Draft {{ promised_date }}', isDefault: false });
    expect(await f.count('audit_events', `organization_id = $1 AND action = 'EMAIL_TEMPLATE_UPDATED' AND details->>'kind' = $2`, [organizationId, KIND])).toBe(1);

    await quietHours(22 * 60, 8 * 60);
    t.clock.set('2026-12-02T07:00:00Z');
    const { candidate, emailId } = await extended('Ines Duarte', '2026-12-04', '2026-12-11', 'our interviewer is ill this week', null);
    // Changed while the email waits: the words at send time are the ones that go.
    expectNoErrors(
      await t.gql(UPDATE, { i: { kind: KIND, subject: 'New day: {{ promised_date }}', body: 'Dear {{ candidate.name }}, {{ reason }}.[{{ extension_days }}] Before: {{ previous_date }}.\n\n{{ status_link }}' } }, admin.token),
    );
    await t.tick('2026-12-02T16:00:00Z');
    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    await t.emailsSettled({ of: [candidate.id] });
    const [mail] = sink.to(candidate.email);
    expect(mail.subject).toBe('New day: Friday, December 11, 2026');
    expect(mail.text).toContain('Dear Ines Duarte, our interviewer is ill this week.[] Before: Friday, December 4, 2026.');
    expect(mail.text).toContain(candidate.statusUrl);
    expect(await emailRow(emailId!)).toMatchObject({ status: 'SENT' });

    const reset = await t.gql(RESET, { k: KIND }, admin.token);
    expectNoErrors(reset);
    expect(reset.data!.resetOrganizationEmailTemplate).toEqual({ subject: 'A new date for news about {{ job.title }}', isDefault: true });
    expect(await f.count('organization_email_templates')).toBe(0);
  });

  it('previews with sample data, a draft, and a real candidate with their promise', async () => {
    const sample = await t.gql(PREVIEW, { i: { kind: KIND } }, admin.token);
    expectNoErrors(sample);
    expect(sample.data!.previewOrganizationEmail.subject).toBe('A new date for news about Product Designer');
    expect(sample.data!.previewOrganizationEmail.text).toContain('The reason: the team needs 3 more business days');
    expect(sample.data!.previewOrganizationEmail.text).toContain('Warm regards,\nNorthwind Studio');
    expect(sample.data!.previewOrganizationEmail.text).toContain('by Wednesday, December 9, 2026 at the latest');

    const draft = await t.gql(PREVIEW, { i: { kind: KIND, subject: 'Moved: {{ previous_date }} to {{ promised_date }}', body: '{{ extension_days }} days' } }, admin.token);
    expectNoErrors(draft);
    expect(draft.data!.previewOrganizationEmail.subject).toBe('Moved: Friday, December 4, 2026 to Wednesday, December 9, 2026');
    const bad = await t.gql(PREVIEW, { i: { kind: KIND, body: '{{ message }}' } }, admin.token);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });

    const { candidate } = await extended('Lena Park', '2026-12-07', '2026-12-10', 'the hiring manager is travelling', null);
    const real = await t.gql(PREVIEW, { i: { kind: KIND, candidateId: candidate.id } }, admin.token);
    expectNoErrors(real);
    expect(real.data!.previewOrganizationEmail.text).toContain('Hi Lena,');
    expect(real.data!.previewOrganizationEmail.text).toContain('by Monday, December 7, 2026');
    expect(real.data!.previewOrganizationEmail.text).toContain('by Thursday, December 10, 2026 at the latest');
    expect(real.data!.previewOrganizationEmail.text).toContain('The reason: the hiring manager is travelling');
    expect(real.data!.previewOrganizationEmail.text).toContain(candidate.statusUrl);
  });
});
