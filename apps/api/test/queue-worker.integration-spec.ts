import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { QueueWorker } from '../src/modules/job-queue/queue-worker';
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

  /** A promise's settling as state a test can wait for (waitFor), so a hung stop() fails the test with a message, not the test timeout. */
  const settled = (promise: Promise<unknown>) => {
    const seen = { done: false };
    void promise.finally(() => (seen.done = true));
    return () => seen.done;
  };

  it('fails a job whose handler never settles once the job expires, works the next jobs, and still stops', async () => {
    await boss.createQueue('hang', { name: 'hang', retryLimit: 0, expireInSeconds: 1 });
    const handled: number[] = [];
    const worker = new QueueWorker<{ n: number }>(boss, 'hang', { batchSize: 1, pollingIntervalMs: 50 }, ({ n }) => {
      handled.push(n);
      return n === 1 ? new Promise(() => undefined) : Promise.resolve();
    }, new Logger('QueueWorkerSpec'));
    const first = (await boss.send('hang', { n: 1 }))!;
    const second = (await boss.send('hang', { n: 2 }))!;
    worker.start();
    try {
      // pg-boss 10's work() bounded each handler by the job's expireInSeconds (resolveWithinSeconds).
      await waitFor('the job after the hung one to be completed', async () => (await state(second)) === 'completed');
      expect(await state(first)).toBe('failed');
    } finally {
      await waitFor('stop() to resolve', settled(worker.stop()));
    }
    expect(handled).toEqual([1, 2]);
  });

  it('fails a job whose handler rejects with undefined (it did not succeed)', async () => {
    await boss.createQueue('undef', { name: 'undef', retryLimit: 0 });
    const worker = new QueueWorker(boss, 'undef', { batchSize: 1, pollingIntervalMs: 50 }, () => Promise.reject(undefined), new Logger('QueueWorkerSpec'));
    const id = (await boss.send('undef', {}))!;
    worker.start();
    try {
      await waitFor('the job to be settled', async () => ['failed', 'completed'].includes(await state(id)));
    } finally {
      await worker.stop();
    }
    expect(await state(id)).toBe('failed');
  });

  it('does not work a job that expired in its batch while another worker holds its retry', async () => {
    // A second instance on the same schema that runs pg-boss's maintenance every second: it fails
    // (and so retries) active jobs past their expireInSeconds, as any API process does.
    const maintained = new PgBoss({ connectionString: await fileDatabaseUrl(), schema, max: 2, maintenanceIntervalSeconds: 1 });
    maintained.on('error', () => undefined);
    await maintained.start();
    await boss.createQueue('expiring', { name: 'expiring', retryLimit: 1, retryDelay: 0 });
    // A batch comes back in no set order (UPDATE ... RETURNING): job 1 is put first.
    const fetch = boss.fetch.bind(boss);
    const ordered = jest.spyOn(boss, 'fetch').mockImplementation((async (name: string, options: PgBoss.FetchOptions) =>
      ((await fetch<{ n: number }>(name, options)) ?? []).sort((x, y) => x.data.n - y.data.n)) as typeof boss.fetch);
    await boss.send('expiring', { n: 1 }, { expireInSeconds: 60 });
    const second = (await boss.send('expiring', { n: 2 }, { expireInSeconds: 1 }))!;
    const handled: string[] = [];
    const logger = new Logger('QueueWorkerSpec');
    // B starts once A holds both jobs; A's job 1 outlasts job 2's expiry and B's retry of job 2.
    const b = new QueueWorker<{ n: number }>(boss, 'expiring', { batchSize: 1, pollingIntervalMs: 50 }, async ({ n }) => void handled.push(`B:${n}`), logger);
    const a = new QueueWorker<{ n: number }>(boss, 'expiring', { batchSize: 2, pollingIntervalMs: 50 }, async ({ n }) => {
      handled.push(`A:${n}`);
      if (n === 1) {
        b.start();
        await waitFor(() => `B to take the retry of job 2 (${handled})`, () => handled.includes('B:2'));
      }
    }, logger);
    a.start();
    const queueIdle = async () => (await admin.query(`SELECT count(*)::int AS n FROM ${schema}.job WHERE name = 'expiring' AND state <> 'completed'`)).rows[0].n === 0;
    try {
      await waitFor(() => `both jobs to be completed (${handled})`, queueIdle);
    } finally {
      await Promise.all([a.stop(), b.stop()]); // A's batch is finished once stop() resolves
      ordered.mockRestore();
      await maintained.stop({ graceful: false, wait: true });
    }
    expect(await state(second)).toBe('completed');
    expect(handled).toEqual(['A:1', 'B:2']); // A's attempt at job 2 had expired: the retry was B's alone
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
