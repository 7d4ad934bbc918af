import { Logger } from '@nestjs/common';
import { setTimeout as delay } from 'node:timers/promises';
import type PgBoss from 'pg-boss';

/** How one queue is worked: jobs per fetch, and the pause (ms) after an empty or failed fetch. */
export interface QueueWorkerOptions {
  batchSize: number;
  pollingIntervalMs: number;
}

/**
 * Works one pg-boss queue: fetches a batch, runs `handle` for each job in turn, and completes or
 * fails every job itself, awaited. pg-boss 10's own `work()` leaves its complete/fail calls
 * unawaited, so a database that goes away while a batch finishes turns into an unhandled
 * rejection that ends the process; here any queue call that fails is logged and the loop goes on
 * after `pollingIntervalMs`. As pg-boss's own workers do, a handler gets until its job expires
 * (the queue's `expireInSeconds`, counted from the fetch): one that has not settled by then fails
 * the job, and a job that expired before its turn in the batch is left to the queue's retry
 * rather than completed under another worker's attempt. A job whose completion was lost is
 * fetched again once it expires (at-least-once): handlers must be idempotent.
 */
export class QueueWorker<T extends object> {
  private readonly stopping = new AbortController();
  private loop?: Promise<void>;

  constructor(
    private readonly boss: PgBoss,
    private readonly queue: string,
    private readonly options: QueueWorkerOptions,
    private readonly handle: (data: T) => Promise<unknown>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.loop ??= this.run();
  }

  /** Finishes the batch in hand (its jobs are settled) and stops fetching. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      // pg-boss 10's fetch answers no jobs when the database fails, so an outage just polls on.
      const worked = await this.workBatch();
      if (worked === 0) await delay(this.options.pollingIntervalMs, undefined, { signal: this.stopping.signal }).catch(() => undefined);
    }
  }

  /** Works one fetched batch, settling each job; returns how many jobs it held. Never throws. */
  private async workBatch(): Promise<number> {
    // pg-boss expires an active job expireInSeconds after its fetch (started_on): taken before
    // the fetch, this deadline is never later than the queue's own.
    const fetchedAt = Date.now();
    const jobs = (await this.boss.fetch<T>(this.queue, { batchSize: this.options.batchSize }).catch((error: unknown) => {
      this.logger.error(`Queue ${this.queue}: fetch failed: ${messageOf(error)}`);
      return null;
    })) ?? [];
    for (const job of jobs) {
      const expireMs = Number(job.expireInSeconds) * 1000; // numeric: pg may answer a string
      const deadline = Number.isFinite(expireMs) && expireMs > 0 ? fetchedAt + expireMs : Infinity;
      if (Date.now() >= deadline) {
        // Expired while earlier jobs of the batch ran: the queue retries it (maybe in another
        // worker already), and this attempt is no longer ours to work or to settle.
        this.logger.warn(`Queue ${this.queue}: job ${job.id} expired before its turn; left to the queue's retry`);
        continue;
      }
      let failed = false;
      let failure: unknown;
      try {
        // As pg-boss's own work() did: a handler that never settles fails its job at expiry
        // (it is retried) instead of holding this worker, and stop(), for ever.
        await withinMs(this.handle(job.data), deadline - Date.now(), `handler did not finish within the job's ${job.expireInSeconds} s`);
      } catch (error) {
        failed = true;
        failure = error;
      }
      try {
        if (!failed) await this.boss.complete(this.queue, job.id);
        else await this.boss.fail(this.queue, job.id, { message: messageOf(failure) });
      } catch (error) {
        // The job stays active until it expires, then is retried (the handler is idempotent).
        this.logger.error(`Queue ${this.queue}: job ${job.id} could not be settled: ${messageOf(error)}`);
      }
    }
    return jobs.length;
  }
}

/** `promise`, or a rejection with `message` after `ms`; the timer never outlives the race. */
async function withinMs<R>(promise: Promise<R>, ms: number, message: string): Promise<R> {
  if (!Number.isFinite(ms)) return promise; // setTimeout would read Infinity as 1 ms
  const timer = new AbortController();
  try {
    return await Promise.race([
      promise,
      delay(Math.max(0, ms), undefined, { signal: timer.signal }).then(() => Promise.reject(new Error(message))),
    ]);
  } finally {
    timer.abort();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
