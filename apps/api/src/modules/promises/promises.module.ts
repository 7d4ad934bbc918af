import { Module, OnModuleInit } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { SchedulerTick } from '../notifications/scheduler-tick';
import { PromiseLedger } from './promise-ledger.service';
import { PromiseReminders } from './promise-reminders.service';
import { PromiseStatsService } from './promise-stats.service';
import { CandidatePromiseResolver, CandidatePromisesResolver, PromiseStatsResolver } from './promises.resolver';

/** The promise ledger: promises as records, their outcomes, pre-approved extensions, reminders to the team and the figures. */
@Module({
  imports: [NotificationsModule],
  providers: [PromiseLedger, PromiseReminders, PromiseStatsService, CandidatePromiseResolver, CandidatePromisesResolver, PromiseStatsResolver],
  exports: [PromiseLedger],
})
export class PromisesModule implements OnModuleInit {
  constructor(
    private readonly tick: SchedulerTick,
    private readonly ledger: PromiseLedger,
    private readonly reminders: PromiseReminders,
  ) {}

  /** The scheduler's tick settles and extends promises, and reminds the team the working day before they lapse (SchedulerTick cannot import this module: it is imported by it). */
  onModuleInit(): void {
    this.tick.usePromiseLedger(this.ledger);
    this.tick.useStep('promisesReminded', (now) => this.reminders.run(now));
  }
}
