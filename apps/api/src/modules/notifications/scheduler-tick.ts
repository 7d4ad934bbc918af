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

  async tick(now: Date): Promise<TickResult> {
    const released = await this.outbox.releaseDue(this.dataSource, now);
    const digests = await this.digest.run(now);
    if (released + digests > 0) this.logger.log(`Tick at ${now.toISOString()}: ${released} held emails released, ${digests} digest emails queued.`);
    return { released, digests };
  }
}
