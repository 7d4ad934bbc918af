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
 * after `pollingIntervalMs`. A job whose completion was lost is fetched again once it expires
 * (at-least-once, as with pg-boss's own workers): handlers must be idempotent.
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
    const jobs = (await this.boss.fetch<T>(this.queue, { batchSize: this.options.batchSize }).catch((error: unknown) => {
      this.logger.error(`Queue ${this.queue}: fetch failed: ${messageOf(error)}`);
      return null;
    })) ?? [];
    for (const job of jobs) {
      let failure: unknown;
      try {
        await this.handle(job.data);
      } catch (error) {
        failure = error;
      }
      try {
        if (failure === undefined) await this.boss.complete(this.queue, job.id);
        else await this.boss.fail(this.queue, job.id, { message: messageOf(failure) });
      } catch (error) {
        // The job stays active until it expires, then is retried (the handler is idempotent).
        this.logger.error(`Queue ${this.queue}: job ${job.id} could not be settled: ${messageOf(error)}`);
      }
    }
    return jobs.length;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
