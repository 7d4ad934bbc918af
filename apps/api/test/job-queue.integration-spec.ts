import { randomBytes } from 'node:crypto';
import { AppConfig } from '../src/config/app-config';
import { JobQueue } from '../src/modules/job-queue/job-queue';
import { fileDatabaseUrl } from './support/file-database';

/**
 * The job registry on a real pg-boss: processes that start at the same moment on a fresh queue
 * schema (a first deployment, or an upgrade that adds a job) race to create the same queues;
 * every one of them must start, each queue must exist once, and the schedule must be set.
 */
describe('JobQueue', () => {
  const registry = (url: string, schema: string) => {
    const config = { mail: { queueSchema: schema, sendTimeoutSeconds: 30 } } as unknown as AppConfig;
    const jobs = new JobQueue(url, config);
    const handle = async () => undefined;
    jobs.register({ name: 'email.send', queue: { retryLimit: 2 }, workers: 0, batchSize: 1, pollingIntervalMs: 1000, handle });
    jobs.register({ name: 'email.refresh-held', queue: { retryLimit: 5 }, workers: 0, batchSize: 1, pollingIntervalMs: 1000, handle });
    jobs.register({ name: 'scheduler.tick', queue: { policy: 'stately' }, cron: '* * * * *', workers: 0, batchSize: 1, pollingIntervalMs: 1000, handle });
    return jobs;
  };

  it('starts three processes at once on a fresh queue schema, four times over', async () => {
    const url = await fileDatabaseUrl();
    for (let round = 0; round < 4; round++) {
      const schema = `pgboss_jq_${randomBytes(3).toString('hex')}`;
      const processes = [registry(url, schema), registry(url, schema), registry(url, schema)];
      try {
        const started = await Promise.allSettled(processes.map((p) => p.onApplicationBootstrap()));
        expect(started.map((s) => (s.status === 'rejected' ? String(s.reason) : 'started'))).toEqual(['started', 'started', 'started']);
        const { Client } = await import('pg');
        const db = new Client({ connectionString: url });
        await db.connect();
        try {
          const queues = (await db.query(`SELECT name FROM ${schema}.queue WHERE left(name, 8) <> '__pgboss' ORDER BY name`)).rows.map((r) => r.name);
          expect(queues).toEqual(['email.refresh-held', 'email.send', 'scheduler.tick']);
          expect((await db.query(`SELECT name, cron FROM ${schema}.schedule`)).rows).toEqual([{ name: 'scheduler.tick', cron: '* * * * *' }]);
        } finally {
          await db.end();
        }
      } finally {
        await Promise.all(processes.map((p) => p.onApplicationShutdown()));
      }
    }
  }, 120_000);

  it('refuses a job registered twice', () => {
    const jobs = new JobQueue('postgres://unused', { mail: { queueSchema: 'unused', sendTimeoutSeconds: 30 } } as unknown as AppConfig);
    const job = { name: 'twice', queue: {}, workers: 0, batchSize: 1, pollingIntervalMs: 1000, handle: async () => undefined };
    jobs.register(job);
    expect(() => jobs.register(job)).toThrow('registered twice');
  });
});
