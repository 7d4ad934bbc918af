import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { setTimeout as delay } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, DATABASE_URL } from '../../config/app-config';
import { QueueWorker } from './queue-worker';

/** One kind of background job: its pg-boss queue, how it is worked here, and its handler. */
export interface JobDefinition<T extends object> {
  /** The pg-boss queue name, e.g. "email.send". */
  name: string;
  /** The queue's pg-boss options: retries, backoff, expiry (seconds), policy ("stately": at most one queued and one active). */
  queue: Omit<PgBoss.Queue, 'name'>;
  /** A cron schedule (UTC) for which pg-boss inserts one job at a time across all processes. */
  cron?: string;
  /** Workers in this process (0: this process only queues); jobs per fetch; pause after an empty fetch (ms). */
  workers: number;
  batchSize: number;
  pollingIntervalMs: number;
  /** Runs one job; throwing fails it (pg-boss retries as `queue` says). Must be idempotent: delivery is at least once. */
  handle: (data: T) => Promise<unknown>;
}

/** Tries at setting up one queue when processes start together (see ensureQueue). */
const QUEUE_SETUP_ATTEMPTS = 5;

/** Schedules from before the registry that a start removes. */
const RETIRED_SCHEDULES = ['digest.tick'];

/**
 * Candor's background jobs on pg-boss, in the same PostgreSQL: each consumer registers its job
 * (JobDefinition) while the application starts (onModuleInit), and at bootstrap the registry
 * creates or updates every queue, sets the schedules and starts the workers (QueueWorker).
 * Jobs are inserted inside the caller's transaction (`enqueue`), so a rolled-back change queues
 * nothing and a committed one always does.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly boss: PgBoss;
  private readonly jobs = new Map<string, JobDefinition<object>>();
  private readonly workers: QueueWorker<object>[] = [];
  private started?: Promise<void>;
  /** The queue started (schema, queues and schedules in place). */
  private running = false;

  constructor(@Inject(DATABASE_URL) databaseUrl: string, @Inject(APP_CONFIG) config: AppConfig) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      schema: config.mail.queueSchema,
      max: 4,
      application_name: 'candor-jobs',
      // Expired jobs (a crashed process) are failed, and so retried, by maintenance: run it often
      // enough that a crash delays an email by about one send timeout, not more.
      maintenanceIntervalSeconds: Math.min(120, Math.max(1, Math.floor(config.mail.sendTimeoutSeconds / 2))),
    });
    this.boss.on('error', (error) => this.logger.error(error.message));
  }

  /** Registers a job; call before the application bootstraps. @throws Error for a name registered twice. */
  register<T extends object>(job: JobDefinition<T>): void {
    if (this.jobs.has(job.name)) throw new Error(`The job "${job.name}" is registered twice.`);
    this.jobs.set(job.name, job as JobDefinition<object>);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
    for (const job of this.jobs.values()) {
      for (let i = 0; i < job.workers; i++) {
        this.workers.push(new QueueWorker(this.boss, job.name, { batchSize: job.batchSize, pollingIntervalMs: job.pollingIntervalMs }, job.handle, this.logger));
      }
    }
    for (const worker of this.workers) worker.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false; // not ready from here on (/health/ready)
    await Promise.all(this.workers.map((worker) => worker.stop()));
    if (this.started) await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 }).catch(() => undefined);
  }

  /** For readiness: true when the queue has started and its own connection pool answers a query. */
  async ping(): Promise<boolean> {
    if (!this.running) return false;
    await this.boss.getDb().executeSql('SELECT 1', []);
    return true;
  }

  /** Inserts one job per item of `data` into the queue `name`, inside the caller's transaction. */
  async enqueue(db: EntityManager, name: string, data: readonly object[]): Promise<void> {
    if (data.length === 0) return;
    await this.start();
    await this.boss.insert(
      data.map((item) => ({ name, data: item })),
      { db: { executeSql: async (text: string, values: unknown[]) => ({ rows: await db.query(text, values) }) } },
    );
  }

  /**
   * Creates the job's queue, or updates its options. Processes starting together race to create
   * the same queue: PostgreSQL may end one attempt with a deadlock or a duplicate, so a failed
   * attempt is tried again (up to QUEUE_SETUP_ATTEMPTS, 100 ms apart and more) and counts as done
   * once the queue exists.
   */
  private async ensureQueue(job: JobDefinition<object>): Promise<void> {
    const policy = { name: job.name, ...job.queue };
    for (let attempt = 1; ; attempt++) {
      try {
        if (await this.boss.getQueue(job.name)) await this.boss.updateQueue(job.name, policy);
        else await this.boss.createQueue(job.name, policy);
        return;
      } catch (error) {
        if (attempt >= QUEUE_SETUP_ATTEMPTS) throw error;
        await delay(100 * attempt);
      }
    }
  }

  private start(): Promise<void> {
    this.started ??= (async () => {
      await this.boss.start();
      for (const job of this.jobs.values()) {
        await this.ensureQueue(job);
        // pg-boss keeps one schedule per name across all processes.
        if (job.cron) await this.boss.schedule(job.name, job.cron, {}, { tz: 'UTC' });
      }
      for (const retired of RETIRED_SCHEDULES) await this.boss.unschedule(retired).catch(() => undefined);
      this.running = true;
    })();
    return this.started;
  }
}
