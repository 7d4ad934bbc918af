import { codeOf, startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures, PASSWORD, SignedIn } from './support/fixtures';
import { SmtpSink } from './support/smtp-sink';

const CHECK_IN = `mutation($token: String!, $message: String) { checkIn(token: $token, message: $message) { accepted } }`;
const STATUS = `query($token: String!) { candidateStatus(token: $token) { expectedResponseBy yourCheckIns { message reply { message sentAt newExpectedResponseBy } } } }`;
const REPLY = `mutation($i: ReplyToCheckInInput!) { replyToCheckIn(input: $i) { id reply { message newExpectedResponseBy } } }`;
const CHECK_INS = `query($id: ID!) { candidate(id: $id) { version expectedResponseBy checkIns { id reply { message sentById newExpectedResponseBy } } } }`;
const ATTENTION = `{ needsAttention { reason dueOn candidate { id } checkIn { id } } }`;
const UPDATE = 'mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { version } }';
const tokenOf = (url: string) => url.split('#').pop()!;

describe('replies to check-ins, over real SMTP with a moved clock', () => {
  const sink = new SmtpSink();
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;
  let job: Awaited<ReturnType<Fixtures['createJob']>>;

  const promises = async (candidateId: string) =>
    (await t.dataSource.query(
      `SELECT promised_day::text AS day, outcome, reason, heard_at IS NOT NULL AS heard FROM candidate_promises WHERE candidate_id = $1 ORDER BY made_at, seq`,
      [candidateId],
    )) as { day: string; outcome: string; reason: string | null; heard: boolean }[];

  /** A candidate promised `day`, who checks in (with `message`) once the clock is at `checkInAt`; the check-in's ID. */
  async function checkedIn(name: string, day: string, checkInAt: string, message = 'Hello, is there any news?') {
    const candidate = await f.addCandidate(admin.token, job.id, { name, expectedResponseBy: day });
    t.clock.set(checkInAt);
    await t.tick();
    admin.token = await f.logIn(admin.email); // sessions end when idle: sign in again at the moved clock
    const res = await t.gql(CHECK_IN, { token: tokenOf(candidate.statusUrl), message });
    expectNoErrors(res);
    expect(res.data!.checkIn.accepted).toBe(true);
    const read = await t.gql(CHECK_INS, { id: candidate.id }, admin.token);
    expectNoErrors(read);
    return { candidate, checkInId: read.data!.candidate.checkIns[0].id as string };
  }

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp({ SMTP_URL: sink.url, EMAIL_RETRY_DELAY_SECONDS: '1', QUEUE_SCHEMA: 'pgboss_check_in_replies' });
    f = new Fixtures(t);
    t.clock.set('2026-12-01T17:00:00Z'); // Tuesday, 09:00 in Los Angeles
    admin = await f.signUp('Northwind Studio', { timeZone: 'America/Los_Angeles' });
    job = await f.createJob(admin.token);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });
  beforeEach(async () => {
    t.clock.set('2026-12-01T17:00:00Z');
    admin.token = await f.logIn(admin.email);
  });

  it('after a lapse: emailed once, shown beside the check-in, the broken promise heard and a new one recorded', async () => {
    const { candidate, checkInId } = await checkedIn('Margaret Okafor', '2026-12-02', '2026-12-03T17:00:00Z');
    expect(await promises(candidate.id)).toEqual([{ day: '2026-12-02', outcome: 'BROKEN', reason: null, heard: false }]);
    const res = await t.gql(REPLY, { i: { checkInId, message: 'Sorry for the wait: the panel meets on Monday.', expectedResponseBy: '2026-12-08', expectedVersion: candidate.version } }, admin.token);
    expectNoErrors(res);
    expect(res.data!.replyToCheckIn.reply).toEqual({ message: 'Sorry for the wait: the panel meets on Monday.', newExpectedResponseBy: '2026-12-08' });
    expect(await promises(candidate.id)).toEqual([
      { day: '2026-12-02', outcome: 'BROKEN', reason: null, heard: true },
      { day: '2026-12-08', outcome: 'OPEN', reason: null, heard: false },
    ]);
    const read = await t.gql(CHECK_INS, { id: candidate.id }, admin.token);
    expect(read.data!.candidate).toMatchObject({ version: candidate.version + 1, expectedResponseBy: '2026-12-08' });

    const page = await t.gql(STATUS, { token: tokenOf(candidate.statusUrl) });
    expectNoErrors(page);
    expect(page.data!.candidateStatus.expectedResponseBy).toBe('2026-12-08');
    expect(page.data!.candidateStatus.yourCheckIns).toEqual([
      {
        message: 'Hello, is there any news?',
        reply: { message: 'Sorry for the wait: the panel meets on Monday.', sentAt: '2026-12-03T17:00:00.000Z', newExpectedResponseBy: '2026-12-08' },
      },
    ]);

    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    await t.emailsSettled({ of: [candidate.id] });
    const mails = sink.to(candidate.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('A reply about Product Designer');
    expect(mails[0].text).toContain('You wrote to us: "Hello, is there any news?"');
    expect(mails[0].text).toContain('Our reply: Sorry for the wait: the panel meets on Monday.');
    expect(mails[0].text).toContain('You will hear back from us by Tuesday, December 8, 2026 at the latest.');
    expect(mails[0].text).toContain(candidate.statusUrl);

    // One reply per check-in: a second is refused and writes nothing.
    const again = await t.gql(REPLY, { i: { checkInId, message: 'Another answer' } }, admin.token);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toContain('already answered on Thu, Dec 3, 2026'); // the day in Los Angeles, written for a person
    expect(await f.count('email_messages', `candidate_id = $1 AND kind = 'CHECK_IN_REPLY'`, [candidate.id])).toBe(1);
  });

  it('keeps an open promise given after the check-in (KEPT), and without a new day leaves the promised day', async () => {
    const { candidate, checkInId } = await checkedIn('Omar Haddad', '2026-12-02', '2026-12-03T17:00:00Z', '');
    expectNoErrors(await t.gql(UPDATE, { i: { candidateId: candidate.id, expectedResponseBy: '2026-12-08' } }, admin.token));
    const res = await t.gql(REPLY, { i: { checkInId, message: 'We will write by Tuesday.' } }, admin.token);
    expectNoErrors(res);
    expect((await promises(candidate.id)).map((p) => [p.day, p.outcome, p.heard])).toEqual([
      ['2026-12-02', 'BROKEN', true],
      ['2026-12-08', 'KEPT', true],
    ]);
    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    await t.emailsSettled({ of: [candidate.id] });
    expect(sink.to(candidate.email)[0].text).toContain('You checked in with us about your application for Product Designer.');
    expect(sink.to(candidate.email)[0].text).not.toContain('You will hear back from us by');
  });

  it('extends an open promise with a later day, the reply as its reason, in one email (no separate extension email)', async () => {
    const { candidate, checkInId } = await checkedIn('Ines Duarte', '2026-12-02', '2026-12-03T17:00:00Z');
    expectNoErrors(await t.gql(UPDATE, { i: { candidateId: candidate.id, expectedResponseBy: '2026-12-08' } }, admin.token));
    const res = await t.gql(REPLY, { i: { checkInId, message: 'Our interviewer is ill this week.', expectedResponseBy: '2026-12-11' } }, admin.token);
    expectNoErrors(res);
    expect(await promises(candidate.id)).toEqual([
      { day: '2026-12-02', outcome: 'BROKEN', reason: null, heard: true },
      { day: '2026-12-08', outcome: 'EXTENDED', reason: null, heard: false },
      { day: '2026-12-11', outcome: 'OPEN', reason: 'Our interviewer is ill this week.', heard: false },
    ]);
    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    await t.emailsSettled({ of: [candidate.id] });
    expect(sink.to(candidate.email).map((m) => m.subject)).toEqual(['A reply about Product Designer']);
    expect(await f.count('email_messages', `candidate_id = $1 AND kind = 'PROMISE_EXTENDED'`, [candidate.id])).toBe(0);
  });

  it('rises to the top of Today after one business day unanswered (over a weekend), and leaves once answered', async () => {
    // Checked in on Friday, December 4, 09:00 in Los Angeles.
    const { candidate, checkInId } = await checkedIn('Dana Kim', '2026-12-03', '2026-12-04T17:00:00Z');
    const itemOf = async (at: string) => {
      t.clock.set(at);
      admin.token = await f.logIn(admin.email);
      const res = await t.gql(ATTENTION, {}, admin.token);
      expectNoErrors(res);
      const items = res.data!.needsAttention as { reason: string; dueOn: string | null; candidate: { id: string }; checkIn: { id: string } | null }[];
      return { items, index: items.findIndex((i) => i.checkIn?.id === checkInId) };
    };
    let seen = await itemOf('2026-12-04T18:00:00Z');
    expect(seen.items[seen.index]).toMatchObject({ reason: 'CHECK_IN_WAITING', dueOn: '2026-12-07' });
    seen = await itemOf('2026-12-08T07:59:00Z'); // Monday 23:59 in Los Angeles: the answer day is not over
    expect(seen.items[seen.index].reason).toBe('CHECK_IN_WAITING');
    seen = await itemOf('2026-12-08T08:00:00Z'); // Tuesday 00:00 there
    expect(seen.index).toBe(0);
    expect(seen.items[0]).toMatchObject({ reason: 'CHECK_IN_OVERDUE', dueOn: '2026-12-07', candidate: { id: candidate.id } });
    t.clock.set('2026-12-08T08:00:30Z');
    expectNoErrors(await t.gql(REPLY, { i: { checkInId, message: 'Thank you for your patience.' } }, admin.token));
    seen = await itemOf('2026-12-08T08:01:00Z');
    expect(seen.index).toBe(-1);
  });

  it('lets a hiring manager reply; another organization gets NOT_FOUND; bad input names the field and writes nothing', async () => {
    const { checkInId } = await checkedIn('Ravi Patel', '2026-12-02', '2026-12-03T17:00:00Z');
    const other = await f.signUp('Elsewhere Inc');
    expect(codeOf(await t.gql(REPLY, { i: { checkInId, message: 'Hi' } }, other.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(REPLY, { i: { checkInId: 'not-a-uuid', message: 'Hi' } }, admin.token))).toBe('NOT_FOUND');
    for (const [input, field] of [
      [{ message: '   ' }, 'message'],
      [{ message: 'Hi \u202E there' }, 'message'],
      [{ message: 'x'.repeat(2001) }, 'message'],
      [{ message: 'Hi', expectedResponseBy: '2026-12-01' }, 'expectedResponseBy'],
      [{ message: 'Hi', expectedVersion: 99 }, null],
    ] as const) {
      const res = await t.gql(REPLY, { i: { checkInId, ...input } }, admin.token);
      expect(codeOf(res)).toBe(field ? 'BAD_USER_INPUT' : 'CONFLICT');
      if (field) expect(res.errors![0].extensions).toMatchObject({ field });
    }
    expect(await f.count('check_ins', 'id = $1 AND replied_at IS NOT NULL', [checkInId])).toBe(0);
    // A hiring manager (the role a move needs is enough); the invite link comes by email here.
    const email = `manager-${Date.now()}@example.com`;
    expectNoErrors(await t.gql(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`, { input: { email, role: 'HIRING_MANAGER' } }, admin.token));
    await sink.waitFor(() => sink.to(email).length === 1);
    const inviteToken = /#([A-Za-z0-9_-]+)/.exec(sink.to(email)[0].text!)![1];
    const accepted = await t.gql(`mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { accessToken } }`, { input: { token: inviteToken, name: 'Hana Manager', password: PASSWORD } });
    expectNoErrors(accepted);
    const res = await t.gql(REPLY, { i: { checkInId, message: 'From the hiring manager.' } }, accepted.data!.acceptInvite.accessToken);
    expectNoErrors(res);
    const read = await t.gql(CHECK_INS, { id: (await t.dataSource.query(`SELECT candidate_id FROM check_ins WHERE id = $1`, [checkInId]))[0].candidate_id }, admin.token);
    expect(read.data!.candidate.checkIns[0].reply).toMatchObject({ message: 'From the hiring manager.', sentById: expect.any(String), newExpectedResponseBy: null });
  });
});
