/**
 * Attacks on issue 15 (reminders before steps, team reminders before a promise lapses, replies to
 * check-ins), over real PostgreSQL and SMTP with a moved clock: a reminder while an outcome waits
 * out its undo window, the local time across a daylight-saving change, the raw email, and the
 * statements a tick costs when many organizations have nothing due.
 */
import { startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures, PASSWORD, SignedIn } from './support/fixtures';
import { MOVE_CANDIDATE as MOVE } from './support/operations';
import { rawHeader, SmtpSink } from './support/smtp-sink';
import { QueryCounter } from './support/query-counter';

const ADD = `mutation($input: AddNextStepInput!) { addNextStep(input: $input) { id } }`;
const BASE = '2026-12-01T17:00:00Z'; // 09:00 in Los Angeles, a Tuesday

describe('issue 15 under attack', () => {
  const sink = new SmtpSink();
  const queries = new QueryCounter();
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;
  let job: Awaited<ReturnType<Fixtures['createJob']>>;
  let n = 0;
  const gql = async (query: string, variables: Record<string, unknown>) => t.gql(query, variables, await f.logIn(admin.email));
  const reminders = (candidateId: string) => f.count('email_messages', `kind = 'STEP_REMINDER' AND candidate_id = $1`, [candidateId]);
  const stageOf = (kind: string) => job.stages.find((s) => s.kind === kind)!.id;

  async function candidateWithStep(step: Record<string, unknown>) {
    const candidate = await f.addCandidate(await f.logIn(admin.email), job.id, { name: `Ada Attacked${n++}` });
    const res = await gql(ADD, {
      input: { candidateId: candidate.id, kind: 'VIDEO_INTERVIEW', title: 'Video interview', durationMinutes: 45, meetingUrl: 'https://meet.example.com/abc', ...step },
    });
    expectNoErrors(res);
    await t.emailsSettled({ of: [candidate.id] });
    return { candidate, stepId: res.data!.addNextStep.id as string };
  }

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp({ SMTP_URL: sink.url, EMAIL_RETRY_DELAY_SECONDS: '1', QUEUE_SCHEMA: 'pgboss_issue15_attack' }, undefined, queries);
    f = new Fixtures(t);
    t.clock.set(BASE);
    admin = await f.signUp('Attack Studio', { timeZone: 'America/Los_Angeles' });
    job = await f.createJob(admin.token);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });
  beforeEach(() => t.clock.set(BASE));

  it('reminds no one of an interview while their rejection waits out its undo window, and does once it is undone', async () => {
    const { candidate, stepId } = await candidateWithStep({ startsAt: '2026-12-02T17:30:00Z' }); // reminder due at 17:30Z today
    t.clock.set('2026-12-01T17:10:00Z');
    expectNoErrors(await gql(MOVE, { input: { candidateId: candidate.id, stageId: stageOf('REJECTED'), notify: false } })); // pending until 18:10Z
    await t.tick('2026-12-01T17:30:00Z');
    await t.tick('2026-12-01T17:40:00Z');
    expect(await reminders(candidate.id)).toBe(0);
    // Undone inside the window: the interview is on again, and its reminder goes.
    t.clock.set('2026-12-01T17:45:00Z');
    const firstStage = job.stages[0].id;
    expectNoErrors(await gql(MOVE, { input: { candidateId: candidate.id, stageId: firstStage, notify: false } }));
    await t.tick('2026-12-01T17:46:00Z');
    expect(await reminders(candidate.id)).toBe(1);
    const [step] = await t.dataSource.query(`SELECT state FROM next_steps WHERE id = $1`, [stepId]);
    expect(step.state).toBe('PLANNED');
  });

  it('cancels at send time a held reminder whose candidate was rejected meanwhile (still in the undo window)', async () => {
    await t.dataSource.query(`UPDATE organizations SET quiet_hours_start_minute = $2, quiet_hours_end_minute = $3 WHERE id = $1`, [await orgId(), 22 * 60, 8 * 60]);
    try {
      const { candidate } = await candidateWithStep({ startsAt: '2026-12-03T08:00:00Z' }); // 00:00 there on the 3rd; reminder 00:00 on the 2nd: held to 08:00 (16:00Z)
      await t.tick('2026-12-02T08:00:00Z');
      const [held] = await t.dataSource.query(`SELECT id, status FROM email_messages WHERE kind = 'STEP_REMINDER' AND candidate_id = $1`, [candidate.id]);
      expect(held.status).toBe('SCHEDULED');
      t.clock.set('2026-12-02T15:30:00Z');
      expectNoErrors(await gql(MOVE, { input: { candidateId: candidate.id, stageId: stageOf('REJECTED'), notify: false } })); // pending until 16:30Z
      await t.tick('2026-12-02T16:00:00Z');
      await t.emailsSettled({ of: [candidate.id] });
      const [after] = await t.dataSource.query(`SELECT status FROM email_messages WHERE id = $1`, [held.id]);
      expect(after.status).toBe('CANCELLED');
      expect(sink.to(candidate.email).filter((m) => m.subject?.startsWith('Reminder:'))).toHaveLength(0);
    } finally {
      await t.dataSource.query(`UPDATE organizations SET quiet_hours_start_minute = NULL, quiet_hours_end_minute = NULL WHERE id = $1`, [await orgId()]);
    }
  });

  it('writes the local time after the clocks change (09:00 PDT the day after), 24 real hours before', async () => {
    const { candidate } = await candidateWithStep({ startsAt: '2027-03-15T16:00:00Z' }); // Monday 09:00 PDT; clocks sprang forward on the 14th
    expect((await t.tick('2027-03-14T15:59:00Z')).stepReminders).toBe(0);
    expect((await t.tick('2027-03-14T16:00:00Z')).stepReminders).toBe(1);
    await t.emailsSettled({ of: [candidate.id] });
    const [mail] = sink.to(candidate.email).filter((m) => m.subject?.startsWith('Reminder:'));
    expect(mail.subject).toBe('Reminder: Video interview on Monday, March 15, 2027 at 9:00 AM PDT (Pacific Daylight Time)');
    expect(mail.text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('a raw reminder: escaped words, a stable Message-ID per version, List-Unsubscribe, one-line subject', async () => {
    const { candidate, stepId } = await candidateWithStep({
      startsAt: '2026-12-05T18:00:00Z',
      title: 'Talk <b>A & B</b>',
      instructions: '<script>alert(1)</script> <a href="javascript:alert(2)">x</a>',
      location: '<img src=x onerror=alert(3)>',
    });
    await t.tick('2026-12-04T18:00:00Z');
    await t.emailsSettled({ of: [candidate.id] });
    const [mail] = sink.to(candidate.email).filter((m) => m.subject?.startsWith('Reminder:'));
    expect(mail.subject).toContain('Talk <b>A & B</b>');
    expect(mail.subject).not.toMatch(/[\r\n]/);
    const html = String(mail.html);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/<a [^>]*href="javascript:/);
    expect(html).toContain('&lt;script&gt;');
    expect(rawHeader(mail, 'message-id')).toContain(`step-reminder.${stepId}.`);
    expect(rawHeader(mail, 'list-unsubscribe')).toMatch(/^List-Unsubscribe: <https?:\/\//);
    expect(rawHeader(mail, 'list-unsubscribe-post')).toContain('List-Unsubscribe=One-Click');
  });

  it('a tick with many organizations and nothing due costs a fixed number of statements, after 08:00 on a business day too', async () => {
    const cost = async (at: string) => {
      queries.reset();
      await t.tick(at);
      return queries.statements.length;
    };
    for (let i = 0; i < 3; i += 1) await f.signUp(`Quiet Org ${i}`, { timeZone: 'Europe/Berlin' });
    const few = await cost('2026-12-08T09:30:00Z'); // Tuesday 10:30 in Berlin
    for (let i = 3; i < 23; i += 1) await f.signUp(`Quiet Org ${i}`, { timeZone: i % 2 ? 'Europe/Berlin' : 'Asia/Tokyo' });
    const many = await cost('2026-12-08T09:31:00Z');
    expect(many - few).toBeLessThan(5);
  });

  describe('replies to check-ins', () => {
    const CHECK_IN = `mutation($token: String!, $message: String) { checkIn(token: $token, message: $message) { accepted } }`;
    const REPLY = `mutation($i: ReplyToCheckInInput!) { replyToCheckIn(input: $i) { id reply { message newExpectedResponseBy } } }`;
    const CHECK_INS = `query($id: ID!) { candidate(id: $id) { version checkIns { id } } }`;
    const replies = (candidateId: string) => f.count('email_messages', `kind = 'CHECK_IN_REPLY' AND candidate_id = $1`, [candidateId]);

    async function checkedIn(day: string, at: string) {
      const candidate = await f.addCandidate(await f.logIn(admin.email), job.id, { name: `Cato Checked${n++}`, expectedResponseBy: day });
      t.clock.set(at);
      await t.tick();
      expectNoErrors(await t.gql(CHECK_IN, { token: candidate.statusUrl.split('#').pop(), message: 'Any news?' }));
      const read = await gql(CHECK_INS, { id: candidate.id });
      expectNoErrors(read);
      return { candidate, checkInId: read.data!.candidate.checkIns[0].id as string, version: read.data!.candidate.version as number };
    }

    it('two members replying at once: one reply, one email, the other CONFLICT', async () => {
      const { candidate, checkInId } = await checkedIn('2026-12-02', '2026-12-03T17:00:00Z');
      const email = `recruiter-${Date.now()}@example.com`;
      expectNoErrors(await gql(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`, { input: { email, role: 'RECRUITER' } }));
      await sink.waitFor(() => sink.to(email).length === 1);
      const inviteToken = /#([A-Za-z0-9_-]+)/.exec(sink.to(email)[0].text!)![1];
      const accepted = await t.gql(`mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { accessToken } }`, { input: { token: inviteToken, name: 'Rita Recruiter', password: PASSWORD } });
      expectNoErrors(accepted);
      const [a, b] = await Promise.all([
        t.gql(REPLY, { i: { checkInId, message: 'From the admin' } }, await f.logIn(admin.email)),
        t.gql(REPLY, { i: { checkInId, message: 'From the recruiter' } }, accepted.data!.acceptInvite.accessToken),
      ]);
      const codes = [a, b].map((r) => (r.errors ? (r.errors[0].extensions as { code: string }).code : 'OK')).sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      expect(await replies(candidate.id)).toBe(1);
      expect(await f.count('timeline_events', `candidate_id = $1 AND type = 'CHECK_IN_REPLIED'`, [candidate.id])).toBe(1);
    });

    it("escapes the team's reply in the email and keeps the subject one line", async () => {
      const { candidate, checkInId } = await checkedIn('2026-12-02', '2026-12-03T17:00:00Z');
      expectNoErrors(await gql(REPLY, { i: { checkInId, message: '<script>alert(1)</script>\nSecond line {{ organization.name }}' } }));
      await t.emailsSettled({ of: [candidate.id] });
      const [mail] = sink.to(candidate.email);
      expect(String(mail.html)).not.toContain('<script>');
      expect(String(mail.html)).toContain('&lt;script&gt;');
      expect(mail.text).toContain('{{ organization.name }}'); // the reply is data, not a template
      expect(mail.subject).not.toMatch(/[\r\n]/);
    });

    it('a reply held by quiet hours is cancelled when the candidate unsubscribes before it goes', async () => {
      const id = await orgId();
      await t.dataSource.query(`UPDATE organizations SET quiet_hours_start_minute = 1320, quiet_hours_end_minute = 480 WHERE id = $1`, [id]);
      try {
        const { candidate, checkInId } = await checkedIn('2026-12-02', '2026-12-04T07:00:00Z'); // 23:00 there
        expectNoErrors(await gql(REPLY, { i: { checkInId, message: 'We will write on Monday.' } }));
        const [held] = await t.dataSource.query(`SELECT id, status FROM email_messages WHERE kind = 'CHECK_IN_REPLY' AND candidate_id = $1`, [candidate.id]);
        expect(held.status).toBe('SCHEDULED');
        await t.dataSource.query(`UPDATE candidates SET unsubscribed_at = $2 WHERE id = $1`, [candidate.id, new Date('2026-12-04T08:00:00Z')]);
        await t.tick('2026-12-04T16:00:00Z');
        await t.emailsSettled({ of: [candidate.id] });
        const [after] = await t.dataSource.query(`SELECT status FROM email_messages WHERE id = $1`, [held.id]);
        expect(after.status).toBe('CANCELLED');
        expect(sink.to(candidate.email)).toHaveLength(0);
      } finally {
        await t.dataSource.query(`UPDATE organizations SET quiet_hours_start_minute = NULL, quiet_hours_end_minute = NULL WHERE id = $1`, [id]);
      }
    });

    it('a reply to an old check-in with a day earlier than a newer open promise: the newer promise counts as kept and the earlier day is the promise', async () => {
      const { candidate, checkInId } = await checkedIn('2026-12-02', '2026-12-03T17:00:00Z');
      const read = await gql(CHECK_INS, { id: candidate.id });
      expectNoErrors(await gql('mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { version } }', { i: { candidateId: candidate.id, expectedResponseBy: '2026-12-11', expectedVersion: read.data!.candidate.version } }));
      const res = await gql(REPLY, { i: { checkInId, message: 'Sooner than we said: Monday.', expectedResponseBy: '2026-12-07' } });
      expectNoErrors(res);
      const rows = await t.dataSource.query(`SELECT promised_day::text AS day, outcome FROM candidate_promises WHERE candidate_id = $1 ORDER BY made_at, seq`, [candidate.id]);
      expect(rows.filter((r: { outcome: string }) => r.outcome === 'OPEN')).toEqual([{ day: '2026-12-07', outcome: 'OPEN' }]);
      const [{ d }] = await t.dataSource.query(`SELECT expected_response_by::text AS d FROM candidates WHERE id = $1`, [candidate.id]);
      expect(d).toBe('2026-12-07');
    });

    it("another organization's check-in is NOT_FOUND and a past or far day is refused, writing nothing", async () => {
      const { candidate, checkInId } = await checkedIn('2026-12-02', '2026-12-03T17:00:00Z');
      const other = await f.signUp('Other Co', { timeZone: 'Asia/Tokyo' });
      const foreign = await t.gql(REPLY, { i: { checkInId, message: 'Hi' } }, await f.logIn(other.email));
      expect((foreign.errors![0].extensions as { code: string }).code).toBe('NOT_FOUND');
      for (const day of ['2026-12-01', '2028-12-01']) {
        const bad = await gql(REPLY, { i: { checkInId, message: 'Hi', expectedResponseBy: day } });
        expect((bad.errors![0].extensions as { code: string; field: string })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expectedResponseBy' });
      }
      expect(await replies(candidate.id)).toBe(0);
    });
  });

  describe('team reminders before a promise lapses', () => {
    const remindedAt = async (candidateId: string) =>
      ((await t.dataSource.query(`SELECT team_reminded_at AS at FROM candidate_promises WHERE candidate_id = $1 AND outcome = 'OPEN'`, [candidateId])) as { at: Date | null }[])[0]?.at ?? null;

    it('east of UTC (Tokyo): Friday 08:00 there is Thursday 23:00Z; 07:59 is not yet', async () => {
      t.clock.set('2026-12-01T01:00:00Z'); // Tuesday 10:00 in Tokyo
      const tokyo = await f.signUp('Tokyo Co', { timeZone: 'Asia/Tokyo' });
      const tokyoJob = await f.createJob(tokyo.token);
      const monday = await f.addCandidate(tokyo.token, tokyoJob.id, { name: 'Kenji Monday', expectedResponseBy: '2026-12-07' });
      await t.tick('2026-12-03T22:59:00Z');
      expect(await remindedAt(monday.id)).toBeNull();
      await t.tick('2026-12-03T23:00:00Z');
      expect(await remindedAt(monday.id)).toEqual(new Date('2026-12-03T23:00:00Z'));
      await sink.waitFor(() => sink.to(tokyo.email).some((m) => m.subject?.startsWith('Reminder: Kenji Monday')));
    });

    it('a holiday Friday: a Monday promise is reminded on Thursday, not on the holiday', async () => {
      t.clock.set('2026-12-01T17:00:00Z');
      const west = await f.signUp('Holiday West', { timeZone: 'America/Los_Angeles' });
      const westJob = await f.createJob(west.token);
      const [{ id }] = await t.dataSource.query(`SELECT organization_id AS id FROM jobs WHERE id = $1`, [westJob.id]);
      await t.dataSource.query(`UPDATE organizations SET holidays = $2 WHERE id = $1`, [id, ['2026-12-04']]);
      const monday = await f.addCandidate(west.token, westJob.id, { name: 'Holly Monday', expectedResponseBy: '2026-12-07' });
      await t.tick('2026-12-03T15:59:00Z'); // Thursday 07:59
      expect(await remindedAt(monday.id)).toBeNull();
      await t.tick('2026-12-03T16:00:00Z'); // Thursday 08:00
      expect(await remindedAt(monday.id)).toEqual(new Date('2026-12-03T16:00:00Z'));
    });
  });

  async function orgId(): Promise<string> {
    const [{ id }] = await t.dataSource.query(`SELECT organization_id AS id FROM jobs WHERE id = $1`, [job.id]);
    return id;
  }
});
