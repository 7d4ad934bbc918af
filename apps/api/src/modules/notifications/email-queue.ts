import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, DATABASE_URL } from '../../config/app-config';

export const SEND_EMAIL_QUEUE = 'email.send';

export type EmailJobHandler = (emailId: string) => Promise<void>;

export const DIGEST_QUEUE = 'digest.tick';

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
  private digest?: () => Promise<unknown>;
  private started?: Promise<void>;

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

  /** The function that queues the morning digests; run every 15 minutes by one process. */
  setDigest(digest: () => Promise<unknown>): void {
    this.digest = digest;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
    const { workers } = this.config.mail;
    for (let i = 0; i < workers; i++) {
      // A batch per fetch; each job succeeds or fails (and is retried) on its own.
      await this.boss.work<{ emailId: string }>(SEND_EMAIL_QUEUE, { batchSize: 10, pollingIntervalSeconds: 0.5 }, async (jobs) => {
        for (const job of jobs) {
          try {
            if (!this.handler) throw new Error('No email handler');
            await this.handler(job.data.emailId);
          } catch (error) {
            await this.boss.fail(SEND_EMAIL_QUEUE, job.id, { message: error instanceof Error ? error.message : String(error) });
          }
        }
      });
    }
    if (workers > 0) {
      await this.boss.work(DIGEST_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
        await this.digest?.();
      });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 }).catch(() => undefined);
  }

  /** Queues delivery of an email inside the caller's transaction. */
  async enqueue(db: EntityManager, emailId: string, startAfter: Date): Promise<void> {
    await this.start();
    await this.boss.send(
      SEND_EMAIL_QUEUE,
      { emailId },
      {
        startAfter,
        db: { executeSql: async (text: string, values: unknown[]) => ({ rows: await db.query(text, values) }) },
      },
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
      if (!(await this.boss.getQueue(DIGEST_QUEUE))) {
        await this.boss.createQueue(DIGEST_QUEUE, { name: DIGEST_QUEUE, policy: 'singleton' }).catch(() => undefined);
      }
      // pg-boss keeps one schedule per name across all processes.
      await this.boss.schedule(DIGEST_QUEUE, '*/15 * * * *', {}, { tz: 'UTC' });
      if (await this.boss.getQueue(SEND_EMAIL_QUEUE)) await this.boss.updateQueue(SEND_EMAIL_QUEUE, policy);
      else await this.boss.createQueue(SEND_EMAIL_QUEUE, policy).catch(async (error: unknown) => {
        // Another process created it at the same moment.
        if (!(await this.boss.getQueue(SEND_EMAIL_QUEUE))) throw error;
      });
    })();
    return this.started;
  }
}
