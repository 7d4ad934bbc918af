import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { QueueWorker } from '../src/modules/notifications/queue-worker';
import { fileDatabaseUrl } from './support/file-database';
import { waitFor } from './support/wait-for';

/**
 * QueueWorker on a real pg-boss: when the database refuses a job's completion (here: the job
 * table is renamed away under it, as deterministic as an outage gets), the failure is logged,
 * nothing is left as an unhandled rejection (pg-boss 10's work() left exactly that, and the API
 * process ended on a PostgreSQL restart), and the worker goes on with the next jobs.
 */
describe('QueueWorker', () => {
  const schema = `pgboss_qw_${randomBytes(3).toString('hex')}`;
  let boss: PgBoss;
  let admin: Client;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    const url = await fileDatabaseUrl();
    admin = new Client({ connectionString: url });
    await admin.connect();
    boss = new PgBoss({ connectionString: url, schema, max: 2 });
    boss.on('error', () => undefined);
    await boss.start();
    await boss.createQueue('work', { name: 'work', retryLimit: 0 });
    process.on('unhandledRejection', onUnhandled);
  });

  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    jest.restoreAllMocks();
    await boss.stop({ graceful: false, wait: true });
    await admin.end();
  });

  const state = async (id: string) => (await admin.query(`SELECT state FROM ${schema}.job WHERE id = $1`, [id])).rows[0]?.state;

  it('logs a completion the database refused, leaves no unhandled rejection and works the next jobs', async () => {
    const errors: string[] = [];
    const logger = new Logger('QueueWorkerSpec');
    jest.spyOn(logger, 'error').mockImplementation((message: unknown) => void errors.push(String(message)));
    const handled: number[] = [];
    const worker = new QueueWorker<{ n: number }>(boss, 'work', { batchSize: 1, pollingIntervalMs: 50 }, async ({ n }) => {
      handled.push(n);
      if (n === 1) await admin.query(`ALTER TABLE ${schema}.job RENAME TO job_away`);
      if (n === 2) throw new Error('the handler failed');
    }, logger);

    const first = (await boss.send('work', { n: 1 }))!;
    worker.start();
    try {
      await waitFor('the refused completion to be logged', () => errors.some((e) => e.includes(`job ${first} could not be settled`)));
      await admin.query(`ALTER TABLE ${schema}.job_away RENAME TO job`);
      const second = (await boss.send('work', { n: 2 }))!;
      const third = (await boss.send('work', { n: 3 }))!;
      await waitFor('the next jobs to be settled', async () => (await state(second)) === 'failed' && (await state(third)) === 'completed');
    } finally {
      await worker.stop();
    }

    expect(handled).toEqual([1, 2, 3]);
    expect(await state(first)).toBe('active'); // retried once it expires: handlers are idempotent
    expect(unhandled).toEqual([]);
  });

  it('stops at once while it waits to poll again', async () => {
    const fetches = jest.spyOn(boss, 'fetch');
    fetches.mockClear();
    const worker = new QueueWorker(boss, 'work', { batchSize: 1, pollingIntervalMs: 600_000 }, async () => undefined, new Logger('QueueWorkerSpec'));
    worker.start();
    try {
      await waitFor('the first (empty) fetch', () => fetches.mock.calls.length === 1);
    } finally {
      await worker.stop(); // resolves long before the 10-minute pause (the test's timeout is 60 s)
    }
    expect(fetches).toHaveBeenCalledTimes(1);
  });
});
