import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { DigestService } from './digest.service';
import { EmailOutbox } from './email-outbox';
import { EmailQueue } from './email-queue';
import { OutcomeEffects } from './outcome-effects';

/** What one tick did: emails handed to the queue, digest emails queued, and outcomes that took effect. */
export interface TickResult {
  released: number;
  digests: number;
  outcomes: number;
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

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EmailOutbox,
    private readonly digest: DigestService,
    private readonly queue: EmailQueue,
    private readonly clock: Clock,
    private readonly outcomeEffects: OutcomeEffects,
  ) {}

  onModuleInit(): void {
    this.queue.setTick(() => this.tick(this.clock.now()));
  }

  /**
   * Applies due outcomes, releases held emails, then queues digests; a failure of one does not
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
    if (outcomes + released + digests > 0) {
      this.logger.log(`Tick at ${now.toISOString()}: ${outcomes} outcomes took effect, ${released} held emails released, ${digests} digest emails queued.`);
    }
    if (failures.length > 0) throw failures[0];
    return { released, digests, outcomes };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
