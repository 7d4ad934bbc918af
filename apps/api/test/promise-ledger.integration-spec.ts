import { codeOf, startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';
import { MOVE_CANDIDATE as MOVE } from './support/operations';
import { SmtpSink } from './support/smtp-sink';

/**
 * The promise ledger through the API, with the clock moved by the test and the scheduler's tick
 * called at the instants chosen (libs/domain promise-ledger.ts has the rules over timelines).
 * The organization is in New York (UTC-5 in December): a promised day ends at 05:00Z the next day.
 */
describe('the promise ledger', () => {
  const sink = new SmtpSink();
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;
  let job: Awaited<ReturnType<Fixtures['createJob']>>;
  const stage = (name: string) => job.stages.find((s) => s.name === name)!.id;
  const PROMISES = `query($id: ID!) { candidate(id: $id) { version expectedResponseBy promises {
    expectedResponseBy outcome automatic reason stageName fallbackExtensionDays settledAt heardAt daysLate madeBy { name } } } }`;
  const STATUS = `query($t: String!) { candidateStatus(token: $t) {
    expectedResponseBy expectedResponseByReason canCheckIn canCheckInFrom typicalDaysAtStage promiseRecord { keptPercent days } } }`;
  const ATTENTION = `query { needsAttention { reason dueOn candidate { id } } }`;
  type Ledger = { outcome: string; expectedResponseBy: string; automatic: boolean; reason: string | null; settledAt: string | null; heardAt: string | null; daysLate: number | null };
  const ledgerOf = async (id: string, token = admin.token) => {
    const res = await t.gql(PROMISES, { id }, token);
    expectNoErrors(res);
    return res.data!.candidate as { version: number; expectedResponseBy: string | null; promises: Ledger[] };
  };
  const outcomes = async (id: string) => (await ledgerOf(id)).promises.map((p) => `${p.expectedResponseBy} ${p.outcome}`);
  const statusOf = async (candidate: { statusUrl: string }) => {
    const res = await t.gql(STATUS, { t: candidate.statusUrl.split('#').pop() });
    expectNoErrors(res);
    return res.data!.candidateStatus;
  };
  const move = async (candidateId: string, stageId: string, extra: Record<string, unknown> = {}, token = admin.token) =>
    expectNoErrors(await t.gql(MOVE, { input: { candidateId, stageId, notify: false, ...extra } }, token));
  const attentionOf = async (token = admin.token) => (await t.gql(ATTENTION, {}, token)).data!.needsAttention as { reason: string; dueOn: string | null; candidate: { id: string } }[];

  beforeAll(async () => {
    await sink.start();
    // Sessions outlast the weeks this spec's clock moves through.
    t = await startTestApp({ SMTP_URL: sink.url, QUEUE_SCHEMA: 'pgboss_promises', SESSION_TTL_HOURS: '720' });
    f = new Fixtures(t);
    t.clock.set('2026-12-01T15:00:00Z'); // Tuesday 10:00 in New York
    admin = await f.signUp('Ledger Co', { timeZone: 'America/New_York' });
    job = await f.createJob(admin.token, { title: 'Editor' });
  });
  beforeEach(() => t.clock.set('2026-12-01T15:00:00Z'));
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('records each promise, and a stage change seen by the end of the promised day keeps it', async () => {
    const candidate = await f.addCandidate(admin.token, job.id, { expectedResponseBy: '2026-12-03', notify: false });
    expect(await outcomes(candidate.id)).toEqual(['2026-12-03 OPEN']);
    t.clock.set('2026-12-04T04:59:59Z'); // 23:59:59 on Dec 3 in New York: still the promised day
    await move(candidate.id, stage('Phone screen'), { expectedResponseBy: '2026-12-08' });
    const { promises } = await ledgerOf(candidate.id);
    expect(promises.map((p) => `${p.expectedResponseBy} ${p.outcome}`)).toEqual(['2026-12-08 OPEN', '2026-12-03 KEPT']);
    expect(promises[1]).toMatchObject({ settledAt: '2026-12-04T04:59:59.000Z', heardAt: '2026-12-04T04:59:59.000Z', daysLate: null, automatic: false });
  });

  it('breaks a promise whose day ends without news, on the tick at the end of that day in the organization zone, and counts the days late', async () => {
    const candidate = await f.addCandidate(admin.token, job.id, { expectedResponseBy: '2026-12-02', notify: false });
    await t.tick('2026-12-03T04:59:59Z'); // 23:59:59 on Dec 2 in New York
    expect(await outcomes(candidate.id)).toEqual(['2026-12-02 OPEN']);
    const tick = await t.tick('2026-12-03T05:00:00Z');
    expect(tick.promisesBroken).toBeGreaterThanOrEqual(1);
    let [broken] = (await ledgerOf(candidate.id)).promises;
    expect(broken).toMatchObject({ outcome: 'BROKEN', settledAt: '2026-12-03T05:00:00.000Z', heardAt: null, daysLate: 1 });
    t.clock.set('2026-12-05T15:00:00Z'); // the candidate hears three days late
    await move(candidate.id, stage('Phone screen'), { expectedResponseBy: null });
    [broken] = (await ledgerOf(candidate.id)).promises;
    expect(broken).toMatchObject({ outcome: 'BROKEN', heardAt: '2026-12-05T15:00:00.000Z', daysLate: 3 });
  });

  it('a hidden step does not keep a promise, a visible one does', async () => {
    const candidate = await f.addCandidate(admin.token, job.id, { expectedResponseBy: '2026-12-02', notify: false });
    t.clock.set('2026-12-02T15:00:00Z');
    await f.addStep(admin.token, candidate.id, { title: 'Internal review', visibleToCandidate: false, dueAt: '2026-12-09T15:00:00Z' });
    expect(await outcomes(candidate.id)).toEqual(['2026-12-02 OPEN']);
    await f.addStep(admin.token, candidate.id, { title: 'Writing test', dueAt: '2026-12-09T15:00:00Z' });
    expect(await outcomes(candidate.id)).toEqual(['2026-12-02 KEPT']);
  });

  it('extends a pre-approved promise once at 16:00 on its day, skipping weekends and holidays, then a second lapse goes to the team', async () => {
    const own = await f.signUp('Fallback Co', { timeZone: 'America/New_York' });
    expectNoErrors(await t.gql(`mutation { updateOrganization(input: { holidays: ["2026-12-07"] }) { holidays } }`, {}, own.token));
    const ownJob = await f.createJob(own.token, { title: 'Analyst' });
    // Friday Dec 4, with 2 business days pre-approved: Monday Dec 7 is a holiday, so Wednesday Dec 9.
    const candidate = await f.addCandidate(own.token, ownJob.id, { expectedResponseBy: '2026-12-04', fallbackExtensionDays: 2 });
    expect((await t.tick('2026-12-04T20:59:00Z')).promisesExtended).toBe(0); // 15:59 in New York
    expect((await t.tick('2026-12-04T21:00:00Z')).promisesExtended).toBe(1); // 16:00
    const ledger = await ledgerOf(candidate.id, own.token);
    expect(ledger.expectedResponseBy).toBe('2026-12-09');
    expect(ledger.promises.map((p) => `${p.expectedResponseBy} ${p.outcome}${p.automatic ? ' automatic' : ''}`)).toEqual(['2026-12-09 OPEN automatic', '2026-12-04 EXTENDED']);
    expect(ledger.promises[0].reason).toBe('The team needs 2 more business days to get back to you with news.');
    expect(ledger.promises[0].fallbackExtensionDays).toBeNull();
    // The candidate hears before they may chase: the check-in opens the day after the new day.
    expect(await statusOf(candidate)).toMatchObject({
      expectedResponseBy: '2026-12-09',
      expectedResponseByReason: 'The team needs 2 more business days to get back to you with news.',
      canCheckIn: false,
      canCheckInFrom: '2026-12-10',
    });
    expect((await attentionOf(own.token))[0]).toEqual({ reason: 'PROMISE_AUTO_EXTENDED', dueOn: '2026-12-09', candidate: { id: candidate.id } });
    // The candidate is told once, by email: the new day, the previous one and the reason.
    await t.emailsSettled({ of: [candidate.id] });
    const told = sink.to(candidate.email).filter((m) => m.subject?.startsWith('A new date'));
    expect(told).toHaveLength(1);
    expect(told[0].text).toContain('Wednesday, December 9, 2026');
    expect(told[0].text).toContain('Friday, December 4, 2026');
    expect(told[0].text).toContain('The team needs 2 more business days to get back to you with news.');
    // Once only: later ticks that day, and the new day's 16:00, extend nothing.
    expect((await t.tick('2026-12-04T21:01:00Z')).promisesExtended).toBe(0);
    expect((await t.tick('2026-12-09T21:00:00Z')).promisesExtended).toBe(0);
    await t.tick('2026-12-10T05:00:00Z'); // the new day ends in New York
    const after = await ledgerOf(candidate.id, own.token);
    expect(after.promises.map((p) => `${p.expectedResponseBy} ${p.outcome}`)).toEqual(['2026-12-09 BROKEN', '2026-12-04 EXTENDED']);
    expect(after.expectedResponseBy).toBe('2026-12-09');
    await t.emailsSettled({ of: [candidate.id] });
    expect(sink.to(candidate.email).filter((m) => m.subject?.startsWith('A new date'))).toHaveLength(1); // no second automatic message
    const attention = await attentionOf(own.token);
    expect(attention.filter((i) => i.candidate.id === candidate.id).map((i) => i.reason)).toEqual(['PROMISE_OVERDUE']);
    expect(await statusOf(candidate)).toMatchObject({ canCheckIn: true });
  });

  it('does not extend when the candidate saw news first, and moves the extension out of quiet hours', async () => {
    const own = await f.signUp('Quiet Fallback Co', { timeZone: 'America/New_York' });
    expectNoErrors(await t.gql(`mutation { updateOrganization(input: { quietHoursStart: "15:00", quietHoursEnd: "17:00" }) { quietHoursStart } }`, {}, own.token));
    const ownJob = await f.createJob(own.token, { title: 'Analyst' });
    const phone = ownJob.stages.find((s) => s.name === 'Phone screen')!.id;
    const heard = await f.addCandidate(own.token, ownJob.id, { expectedResponseBy: '2026-12-03', fallbackExtensionDays: 1, notify: false });
    const waiting = await f.addCandidate(own.token, ownJob.id, { expectedResponseBy: '2026-12-03', fallbackExtensionDays: 1, notify: false });
    t.clock.set('2026-12-03T14:00:00Z');
    await move(heard.id, phone, { expectedResponseBy: '2026-12-10' }, own.token);
    expect((await t.tick('2026-12-03T21:00:00Z')).promisesExtended).toBe(0); // 16:00 is quiet: not yet
    expect((await t.tick('2026-12-03T22:00:00Z')).promisesExtended).toBe(1); // 17:00, quiet hours over
    expect((await ledgerOf(heard.id, own.token)).promises.map((p) => p.outcome)).toEqual(['OPEN', 'KEPT']);
    expect((await ledgerOf(waiting.id, own.token)).promises.map((p) => `${p.expectedResponseBy} ${p.outcome}`)).toEqual(['2026-12-04 OPEN', '2026-12-03 EXTENDED']);
  });

  it('an outcome held in its undo window keeps a promise when the window closes by the end of the day, and not after', async () => {
    const inTime = await f.addCandidate(admin.token, job.id, { expectedResponseBy: '2026-12-03', notify: false });
    const late = await f.addCandidate(admin.token, job.id, { expectedResponseBy: '2026-12-03', notify: false });
    const undone = await f.addCandidate(admin.token, job.id, { expectedResponseBy: '2026-12-03', notify: false });
    t.clock.set('2026-12-04T03:00:00Z'); // 22:00 on Dec 3: the window (60 min) closes at 23:00
    await move(inTime.id, stage('Not selected'));
    await move(undone.id, stage('Not selected'));
    t.clock.set('2026-12-04T04:30:00Z'); // 23:30: this window closes at 00:30 on Dec 4
    await move(late.id, stage('Not selected'));
    t.clock.set('2026-12-04T03:30:00Z');
    await move(undone.id, stage('Applied')); // back inside the window: the candidate saw nothing
    expect(await outcomes(inTime.id)).toEqual(['2026-12-03 OPEN']); // held: not visible yet
    await t.tick('2026-12-04T04:00:00Z');
    expect((await ledgerOf(inTime.id)).promises[0]).toMatchObject({ outcome: 'KEPT', settledAt: '2026-12-04T04:00:00.000Z' });
    await t.tick('2026-12-04T05:00:00Z'); // Dec 3 ends in New York
    expect(await outcomes(undone.id)).toEqual(['2026-12-03 BROKEN']);
    expect(await outcomes(late.id)).toEqual(['2026-12-03 BROKEN']);
    await t.tick('2026-12-04T05:30:00Z'); // the late outcome becomes visible: when the candidate heard
    expect((await ledgerOf(late.id)).promises[0]).toMatchObject({ outcome: 'BROKEN', heardAt: '2026-12-04T05:30:00.000Z', daysLate: 1 });
  });

  it('moving a promise later needs a reason, which the candidate sees; nothing is written without it', async () => {
    const candidate = await f.addCandidate(admin.token, job.id, { expectedResponseBy: '2026-12-03', notify: false });
    const UPDATE = `mutation($input: UpdateCandidateInput!) { updateCandidate(input: $input) { version expectedResponseBy } }`;
    const before = await ledgerOf(candidate.id);
    const refused = await t.gql(UPDATE, { input: { candidateId: candidate.id, expectedResponseBy: '2026-12-08' } }, admin.token);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.field).toBe('promiseChangeReason');
    expect(await ledgerOf(candidate.id)).toEqual(before);
    expectNoErrors(await t.gql(UPDATE, { input: { candidateId: candidate.id, expectedResponseBy: '2026-12-08', promiseChangeReason: 'Our panel moved to Monday.' } }, admin.token));
    const after = await ledgerOf(candidate.id);
    expect(after.promises.map((p) => `${p.expectedResponseBy} ${p.outcome} ${p.reason}`)).toEqual(['2026-12-08 OPEN Our panel moved to Monday.', '2026-12-03 EXTENDED null']);
    expect(await statusOf(candidate)).toMatchObject({ expectedResponseBy: '2026-12-08', expectedResponseByReason: 'Our panel moved to Monday.' });
    // One line on the timeline says it, with the reason.
    const timeline = (await t.gql(`query($id: ID!) { candidate(id: $id) { timeline { type } } }`, { id: candidate.id }, admin.token)).data!.candidate.timeline;
    expect(timeline.map((e: { type: string }) => e.type)).toEqual(['CANDIDATE_ADDED', 'PROMISE_EXTENDED']);
    // An earlier day tightens the same promise: no reason needed, nothing settles.
    expectNoErrors(await t.gql(UPDATE, { input: { candidateId: candidate.id, expectedResponseBy: '2026-12-07' } }, admin.token));
    expect(await outcomes(candidate.id)).toEqual(['2026-12-07 OPEN', '2026-12-03 EXTENDED']);
  });

  it('figures per organization, job and member, and the public record from 20 ended promises', async () => {
    const own = await f.signUp('Figures Co', { timeZone: 'America/New_York' });
    const ownJob = await f.createJob(own.token, { title: 'Writer' });
    const phone = ownJob.stages.find((s) => s.name === 'Phone screen')!.id;
    expectNoErrors(await t.gql(`mutation { updateOrganization(input: { showPromiseRecord: true }) { showPromiseRecord } }`, {}, own.token));
    const candidates = [];
    for (let i = 0; i < 20; i++) candidates.push(await f.addCandidate(own.token, ownJob.id, { expectedResponseBy: '2026-12-02', notify: false }));
    t.clock.set('2026-12-02T15:00:00Z');
    for (const c of candidates.slice(0, 18)) await move(c.id, phone, { expectedResponseBy: null }, own.token);
    // 18 kept, two still open: 18 ended are too few for a public record.
    expect((await statusOf(candidates[0])).promiseRecord).toBeNull();
    await t.tick('2026-12-03T05:00:00Z'); // Dec 2 ends: the other two break, 20 ended
    expect((await statusOf(candidates[19])).promiseRecord).toEqual({ keptPercent: 90, days: 90 });
    const STATS = `query($from: DateTime!, $to: DateTime!, $job: ID) { promiseStats(from: $from, to: $to, jobId: $job) {
      made ended kept extended broken keptPercent extendedPercent medianDaysLate byJob { jobTitle made ended keptPercent } byMember { memberName ended kept } } }`;
    const stats = await t.gql(STATS, { from: '2026-11-01T00:00:00Z', to: '2026-12-31T00:00:00Z', job: ownJob.id }, own.token);
    expectNoErrors(stats);
    expect(stats.data!.promiseStats).toMatchObject({ made: 20, ended: 20, kept: 18, extended: 0, broken: 2, keptPercent: 90, extendedPercent: 0, medianDaysLate: 1 });
    expect(stats.data!.promiseStats.byJob).toEqual([{ jobTitle: 'Writer', made: 20, ended: 20, keptPercent: 90 }]);
    expect(stats.data!.promiseStats.byMember).toEqual([{ memberName: expect.any(String), ended: 20, kept: 18 }]);
    // Switched off, the page shows no record.
    expectNoErrors(await t.gql(`mutation { updateOrganization(input: { showPromiseRecord: false }) { showPromiseRecord } }`, {}, own.token));
    expect((await statusOf(candidates[0])).promiseRecord).toBeNull();
  });

  it("learns a stage's typical days to an update from the latest stays, and suggests it on the status page", async () => {
    const own = await f.signUp('History Co', { timeZone: 'America/New_York' });
    const ownJob = await f.createJob(own.token, { title: 'Designer' });
    const id = (name: string) => ownJob.stages.find((s) => s.name === name)!.id;
    const TYPICAL = `query($id: ID!) { job(id: $id) { stages { name typicalDaysToUpdate } } }`;
    const typical = async () => (await t.gql(TYPICAL, { id: ownJob.id }, own.token)).data!.job.stages.find((s: { name: string }) => s.name === 'Phone screen').typicalDaysToUpdate;
    const start = Date.parse('2026-12-01T15:00:00Z');
    for (let days = 1; days <= 5; days++) {
      t.clock.set(new Date(start));
      const c = await f.addCandidate(own.token, ownJob.id, { stageId: id('Phone screen'), notify: false });
      t.clock.set(new Date(start + days * 86_400_000));
      expect(await typical()).toBeNull(); // fewer than 5 stays with news
      await move(c.id, id('Video interview'), {}, own.token);
    }
    expect(await typical()).toBe(3);
    t.clock.set('2026-12-10T15:00:00Z');
    const next = await f.addCandidate(own.token, ownJob.id, { stageId: id('Phone screen'), notify: false });
    expect((await statusOf(next)).typicalDaysAtStage).toBe(3);
  });
});
