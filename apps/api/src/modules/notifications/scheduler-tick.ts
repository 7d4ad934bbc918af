import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { DigestService } from './digest.service';
import { EmailOutbox } from './email-outbox';
import { EmailQueue } from './email-queue';

/** What one tick did: emails handed to the queue, and digest emails queued. */
export interface TickResult {
  released: number;
  digests: number;
}

/**
 * Candor's time-based work, run for one instant: emails whose hold ended (quiet hours, the
 * rejection delay) go to the queue, and organizations at 08:00 get their digest. In a running
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
  ) {}

  onModuleInit(): void {
    this.queue.setTick(() => this.tick(this.clock.now()));
  }

  /**
   * Releases held emails, then queues digests; a failure of one does not stop the other (it is
   * logged, and the next tick tries again). Throws after both ran when either failed, so the
   * queue records the failed tick.
   */
  async tick(now: Date): Promise<TickResult> {
    const failures: unknown[] = [];
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
    if (released + digests > 0) this.logger.log(`Tick at ${now.toISOString()}: ${released} held emails released, ${digests} digest emails queued.`);
    if (failures.length > 0) throw failures[0];
    return { released, digests };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
