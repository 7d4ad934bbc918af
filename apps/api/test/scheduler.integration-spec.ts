import PgBoss from 'pg-boss';
import { expectNoErrors, Fixtures } from './support/fixtures';
import { fileDatabaseUrl } from './support/file-database';
import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/**
 * The production path of time-based work: with SCHEDULER_TICKS on (the default), the job queue
 * holds one cron schedule, 'scheduler.tick' every minute, and its worker runs SchedulerTick at
 * the Clock's now. Other specs tick by hand; this one lets the queue do it.
 */
describe('the scheduler tick in a running deployment', () => {
  const schema = `pgboss_ticks_${Date.now().toString(36)}`;
  let t: TestApp;
  let boss: PgBoss;

  beforeAll(async () => {
    t = await startTestApp({ SCHEDULER_TICKS: 'true', QUEUE_SCHEMA: schema });
    boss = new PgBoss({ connectionString: await fileDatabaseUrl(), schema, supervise: false, schedule: false, max: 1 });
    boss.on('error', () => undefined);
    await boss.start();
  });
  afterAll(async () => {
    await boss.stop({ graceful: false, wait: true });
    await t.close();
  });

  it("schedules one tick a minute, and the queue's tick releases a held email at the Clock's now", async () => {
    const schedules = await t.dataSource.query(`SELECT name, cron FROM ${schema}.schedule ORDER BY name`);
    expect(schedules).toEqual([{ name: 'scheduler.tick', cron: '* * * * *' }]);

    const f = new Fixtures(t);
    t.clock.set('2026-12-01T10:00:00Z');
    const admin = await f.signUp('Ticking');
    const job = await f.createJob(admin.token);
    const candidate = await f.addCandidate(admin.token, job.id);
    const rejection = job.stages.find((s) => s.name === 'Not selected')!;
    expectNoErrors(await t.gql('mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id } }', { i: { candidateId: candidate.id, stageId: rejection.id } }, admin.token));
    const [held] = await t.dataSource.query('SELECT id, send_after, queued_at FROM email_messages WHERE candidate_id = $1', [candidate.id]);
    expect(held.queued_at).toBeNull();

    // The hour passes on Candor's clock; the queue's next tick (sent now, as its cron would) releases it.
    t.clock.set(new Date(new Date(held.send_after).getTime() + 60_000));
    await boss.send('scheduler.tick', {});
    await waitFor('the queued tick to release the held email', async () => {
      const [row] = await t.dataSource.query('SELECT queued_at FROM email_messages WHERE id = $1', [held.id]);
      return row.queued_at !== null;
    });
    await t.emailsSettled();
    const [sent] = await t.dataSource.query('SELECT status FROM email_messages WHERE id = $1', [held.id]);
    expect(sent.status).toBe('SENT');
  });
});
