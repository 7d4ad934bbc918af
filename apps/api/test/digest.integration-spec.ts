import { startTestApp, TestApp } from './support/test-app';
import { Fixtures } from './support/fixtures';
import { DigestService } from '../src/modules/notifications/digest.service';

describe('the morning digest', () => {
  let t: TestApp;
  let f: Fixtures;

  beforeAll(async () => {
    t = await startTestApp({ SESSION_TTL_HOURS: '720', EMAIL_WORKERS: '0' });
    f = new Fixtures(t);
  });
  afterAll(() => t.close());

  const digestsOf = (email: string) =>
    t.dataSource.query("SELECT subject, text FROM email_messages WHERE kind = 'DIGEST' AND to_address = $1", [email]);

  it('goes to every member at 08:00 in the organization time zone, once a day, and not when nothing waits', async () => {
    t.clock.set('2026-11-23T12:00:00Z');
    const busy = await f.signUp('Busy Tokyo', { timeZone: 'Asia/Tokyo' });
    const recruiter = await f.member(busy, 'RECRUITER');
    const job = await f.createJob(busy.token);
    await f.addCandidate(busy.token, job.id, { name: 'Kenji Watanabe', expectedResponseBy: '2026-11-24' });
    const calm = await f.signUp('Calm Tokyo', { timeZone: 'Asia/Tokyo' });
    const digest = t.app.get(DigestService);

    // 07:50 in Tokyo on the 26th: too early.
    expect(await digest.run(new Date('2026-11-25T22:50:00Z'))).toBe(0);
    // 08:05 in Tokyo: the digest goes, to both members of the busy organization.
    expect(await digest.run(new Date('2026-11-25T23:05:00Z'))).toBe(2); // this file's database holds only these organizations
    const [mail] = await digestsOf(busy.email);
    expect(mail.subject).toBe('Candor: 1 thing candidates are waiting on');
    expect(mail.text).toContain('Overdue: Kenji Watanabe was promised news by Tuesday, November 24, 2026.');
    expect(await digestsOf(recruiter.email)).toHaveLength(1);
    // Nothing waits in the calm organization: no digest.
    expect(await digestsOf(calm.email)).toHaveLength(0);
    // A second run in the same window (another process, or the next tick) sends nothing twice.
    expect(await digest.run(new Date('2026-11-25T23:10:00Z'))).toBe(0);
    expect(await digestsOf(busy.email)).toHaveLength(1);
  });

  it("is queued by the scheduler's tick: once per organization and day, whichever minute of the window ticks first", async () => {
    t.clock.set('2026-11-23T12:00:00Z');
    const berlin = await f.signUp('Busy Berlin', { timeZone: 'Europe/Berlin' });
    const job = await f.createJob(berlin.token);
    await f.addCandidate(berlin.token, job.id, { name: 'Lotte Weber', expectedResponseBy: '2026-11-24' });
    expect(await t.tick('2026-11-27T06:59:00Z')).toMatchObject({ released: 0, digests: 0, outcomes: 0 }); // 07:59 in Berlin
    expect(await t.tick('2026-11-27T07:14:00Z')).toMatchObject({ released: 0, digests: 1, outcomes: 0 }); // 08:14: the last minute of the window
    expect(await t.tick('2026-11-27T07:14:30Z')).toMatchObject({ released: 0, digests: 0, outcomes: 0 });
    expect(await t.tick('2026-11-27T07:15:00Z')).toMatchObject({ released: 0, digests: 0, outcomes: 0 }); // 08:15: outside the window
    expect(await digestsOf(berlin.email)).toHaveLength(1);
    expect(await t.tick('2026-11-28T07:00:00Z')).toMatchObject({ released: 0, digests: 1, outcomes: 0 }); // the next morning, again once
  });

  it('claims the day at the first tick of the window even when nothing waits, so later ticks do no work', async () => {
    t.clock.set('2026-11-23T12:00:00Z');
    const lisbon = await f.signUp('Calm Lisbon', { timeZone: 'Europe/Lisbon' });
    const claimOf = async () => (await t.dataSource.query('SELECT digest_queued_on FROM organizations WHERE name = $1', ['Calm Lisbon']))[0].digest_queued_on;
    expect(await claimOf()).toBeNull();
    expect(await t.tick('2026-11-30T08:00:00Z')).toMatchObject({ released: 0, digests: 0, outcomes: 0 }); // 08:00 in Lisbon, nothing waits
    expect(await claimOf()).toBe('2026-11-30');
    // Something to wait on appears at 08:05: today's digest was already considered.
    const job = await f.createJob(lisbon.token);
    const late = await f.addCandidate(lisbon.token, job.id, { name: 'Rui Costa', expectedResponseBy: '2026-12-05' });
    await t.dataSource.query("UPDATE candidates SET expected_response_by = '2026-11-24' WHERE id = $1", [late.id]); // now overdue
    expect(await t.tick('2026-11-30T08:05:00Z')).toMatchObject({ released: 0, digests: 0, outcomes: 0 });
    expect(await digestsOf(lisbon.email)).toHaveLength(0);
  });
});
