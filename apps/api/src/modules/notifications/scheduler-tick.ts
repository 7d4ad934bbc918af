import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { DigestService } from './digest.service';
import { EmailOutbox } from './email-outbox';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { JobQueue } from '../job-queue/job-queue';
import { OutcomeEffects } from './outcome-effects';

/** The job that runs the scheduler's tick, once a minute. */
export const TICK_JOB = 'scheduler.tick';

/** What one tick did: emails handed to the queue, digest emails queued, outcomes that took effect, promises extended and broken. */
export interface TickResult {
  released: number;
  digests: number;
  outcomes: number;
  promisesExtended: number;
  promisesBroken: number;
  /** Reminders to candidates before their steps queued (StepReminders). */
  stepReminders: number;
  /** Open promises whose reminder to the team (the working day before) was queued (PromiseReminders). */
  promisesReminded: number;
}

/** The names of further parts of the tick other modules register (`useStep`), each counted in TickResult under its name. */
export type TickStepName = 'stepReminders' | 'promisesReminded';

/** A named part of a tick another service registers (useStep): returns how many things it did. */
export type TickStep = (now: Date) => Promise<number>;

/** The promise ledger's part of a tick (PromiseLedger registers itself: it depends on this module). */
export interface PromiseTickStep {
  tick(now: Date): Promise<{ extended: number; broken: number }>;
}

/**
 * Candor's time-based work, run for one instant: outcomes whose undo window closed take effect
 * (OutcomeEffects), emails whose hold ended (quiet hours, the rejection delay) go to the queue,
 * and organizations at 08:00 get their digest. In a running
 * deployment the job queue calls it once a minute (one process at a time, SCHEDULER_TICKS=true)
 * with the Clock's now; tests call `tick(now)` themselves at the instants they choose, so no
 * outcome depends on the queue's clock or on how long a test waits. Every step is idempotent: a
 * tick repeated, or run by two processes at once, queues nothing twice.
 */
@Injectable()
export class SchedulerTick implements OnModuleInit {
  private readonly logger = new Logger('SchedulerTick');
  private promises: PromiseTickStep | null = null;
  private readonly steps = new Map<TickStepName, TickStep>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EmailOutbox,
    private readonly digest: DigestService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly outcomeEffects: OutcomeEffects,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Registers the tick: one job a minute across all processes (pg-boss cron, 'stately': at most
   * one waiting and one running, so minutes without a worker do not pile up), worked here when
   * this process sends emails. Not registered with SCHEDULER_TICKS=false.
   */
  onModuleInit(): void {
    if (!this.config.scheduler.ticks) return;
    this.jobs.register({
      name: TICK_JOB,
      queue: { policy: 'stately', expireInSeconds: 300 },
      cron: '* * * * *',
      workers: this.config.mail.workers > 0 ? 1 : 0,
      batchSize: 1,
      pollingIntervalMs: 10_000,
      // The tick logs what failed; the queue only records a rejected job in its table.
      handle: () => this.tick(this.clock.now()),
    });
  }

  /** Called once by PromiseLedger at start: its tick runs after outcomes, before held emails are released. */
  usePromiseLedger(step: PromiseTickStep): void {
    this.promises = step;
  }

  /**
   * Registers a named part of the tick (StepReminders: 'stepReminders', PromiseReminders:
   * 'promisesReminded'), run in registration order after promises, before held emails are
   * released (what it queues goes with this tick).
   */
  useStep(name: TickStepName, step: TickStep): void {
    this.steps.set(name, step);
  }

  /**
   * Applies due outcomes, settles and extends promises (PromiseLedger), runs the registered steps (reminders), releases held emails, then queues digests; a failure of one does not
   * stop the others (it is logged, and the next tick tries again). Throws after all ran when any
   * failed, so the queue records the failed tick.
   */
  async tick(now: Date): Promise<TickResult> {
    const failures: unknown[] = [];
    // First, so that the cancellations an outcome sends are released by this same tick.
    const outcomes = await this.outcomeEffects.applyDue(now).catch((error: unknown) => {
      failures.push(error);
      this.logger.error(`Applying outcomes failed at ${now.toISOString()}: ${messageOf(error)}`);
      return 0;
    });
    // After outcomes (an outcome that became visible keeps a promise), before the release (an extension's email goes now).
    const promises = await (this.promises?.tick(now) ?? Promise.resolve({ extended: 0, broken: 0 })).catch((error: unknown) => {
      failures.push(error);
      this.logger.error(`Settling promises failed at ${now.toISOString()}: ${messageOf(error)}`);
      return { extended: 0, broken: 0 };
    });
    // After promises, before the release (a reminder due now goes with this tick).
    const counts: Record<TickStepName, number> = { stepReminders: 0, promisesReminded: 0 };
    for (const [name, step] of this.steps) {
      counts[name] = await step(now).catch((error: unknown) => {
        failures.push(error);
        this.logger.error(`Tick step ${name} failed at ${now.toISOString()}: ${messageOf(error)}`);
        return 0;
      });
    }
    const released = await this.outbox.releaseDue(this.dataSource, now).catch((error: unknown) => {
      failures.push(error);
      this.logger.error(`Releasing held emails failed at ${now.toISOString()}: ${messageOf(error)}`);
      return 0;
    });
    const digests = await this.digest.run(now).catch((error: unknown) => {
      failures.push(error);
      this.logger.error(`Queuing digests failed at ${now.toISOString()}: ${messageOf(error)}`);
      return 0;
    });
    if (outcomes + promises.extended + promises.broken + released + digests + counts.stepReminders + counts.promisesReminded > 0) {
      this.logger.log(
        `Tick at ${now.toISOString()}: ${outcomes} outcomes took effect, ${promises.extended} promises extended, ${promises.broken} broken, ` +
          `${counts.stepReminders} step reminders and ${counts.promisesReminded} team reminders queued, ${released} held emails released, ${digests} digest emails queued.`,
      );
    }
    if (failures.length > 0) throw failures[0];
    return { released, digests, outcomes, promisesExtended: promises.extended, promisesBroken: promises.broken, ...counts };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
