import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, DATABASE_URL } from '../../config/app-config';
import { QueueWorker } from './queue-worker';

export const SEND_EMAIL_QUEUE = 'email.send';

export type EmailJobHandler = (emailId: string) => Promise<void>;

/** One job a minute, across all processes, runs the scheduler's tick (SchedulerTick). */
export const TICK_QUEUE = 'scheduler.tick';
/** The digest's own 15-minute schedule before ticks took it over; removed at start. */
const RETIRED_DIGEST_QUEUE = 'digest.tick';

/**
 * The email queue on pg-boss, in the same PostgreSQL: retries with exponential backoff, delays
 * (startAfter), and one worker per job across every API process. Jobs are created inside the
 * caller's transaction, so a rolled-back change queues nothing and a committed one always does.
 */
@Injectable()
export class EmailQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EmailQueue');
  private readonly boss: PgBoss;
  private handler?: EmailJobHandler;
  private tick?: () => Promise<unknown>;
  private started?: Promise<void>;
  /** This process's workers (QueueWorker: pg-boss fetch with awaited completion). */
  private readonly workers: Array<{ start(): void; stop(): Promise<void> }> = [];

  constructor(
    @Inject(DATABASE_URL) databaseUrl: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      schema: config.mail.queueSchema,
      max: 4,
      application_name: 'candor-email',
      // Expired sends (a crashed process) are failed, and so retried, by maintenance: run it often
      // enough that a crash delays an email by about one send timeout, not more.
      maintenanceIntervalSeconds: Math.min(120, Math.max(1, Math.floor(config.mail.sendTimeoutSeconds / 2))),
    });
    this.boss.on('error', (error) => this.logger.error(error.message));
  }

  /** The function that delivers one email; set by EmailSender. */
  setHandler(handler: EmailJobHandler): void {
    this.handler = handler;
  }

  /** The scheduler's tick (time-based work at the clock's now); run once a minute by one process. */
  setTick(tick: () => Promise<unknown>): void {
    this.tick = tick;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
    const { workers } = this.config.mail;
    for (let i = 0; i < workers; i++) {
      this.workers.push(
        new QueueWorker<{ emailId: string }>(this.boss, SEND_EMAIL_QUEUE, { batchSize: 10, pollingIntervalMs: 500 }, async ({ emailId }) => {
          if (!this.handler) throw new Error('No email handler');
          await this.handler(emailId);
        }, this.logger),
      );
    }
    if (workers > 0 && this.config.scheduler.ticks) {
      // SchedulerTick logs what failed; the queue only records a rejected job in its table.
      this.workers.push(new QueueWorker(this.boss, TICK_QUEUE, { batchSize: 1, pollingIntervalMs: 10_000 }, async () => this.tick?.(), this.logger));
    }
    for (const worker of this.workers) worker.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.stop()));
    if (this.started) await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 }).catch(() => undefined);
  }

  /**
   * Queues delivery of emails that are due now, inside the caller's transaction. Emails due
   * later are not queued: the outbox hands them over when a tick reaches their time, so the
   * moment an email goes is decided by Candor's clock, never by the queue's.
   */
  async enqueue(db: EntityManager, emailIds: readonly string[]): Promise<void> {
    if (emailIds.length === 0) return;
    await this.start();
    await this.boss.insert(
      emailIds.map((emailId) => ({ name: SEND_EMAIL_QUEUE, data: { emailId } })),
      { db: { executeSql: async (text: string, values: unknown[]) => ({ rows: await db.query(text, values) }) } },
    );
  }

  private start(): Promise<void> {
    this.started ??= (async () => {
      await this.boss.start();
      const { maxAttempts, retryDelaySeconds, sendTimeoutSeconds } = this.config.mail;
      const policy = {
        name: SEND_EMAIL_QUEUE,
        retryLimit: maxAttempts - 1,
        retryDelay: retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: sendTimeoutSeconds,
      };
      if (this.config.scheduler.ticks) {
        if (!(await this.boss.getQueue(TICK_QUEUE))) {
          // 'stately': at most one tick waiting and one running, so minutes without a worker do not pile up ticks.
          await this.boss.createQueue(TICK_QUEUE, { name: TICK_QUEUE, policy: 'stately', expireInSeconds: 300 }).catch(() => undefined);
        }
        // pg-boss keeps one schedule per name across all processes: one tick a minute in all.
        await this.boss.schedule(TICK_QUEUE, '* * * * *', {}, { tz: 'UTC' });
        await this.boss.unschedule(RETIRED_DIGEST_QUEUE).catch(() => undefined);
      }
      if (await this.boss.getQueue(SEND_EMAIL_QUEUE)) await this.boss.updateQueue(SEND_EMAIL_QUEUE, policy);
      else await this.boss.createQueue(SEND_EMAIL_QUEUE, policy).catch(async (error: unknown) => {
        // Another process created it at the same moment.
        if (!(await this.boss.getQueue(SEND_EMAIL_QUEUE))) throw error;
      });
    })();
    return this.started;
  }
}
