import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { StatusLinksModule } from '../status-links/status-links.module';
import { CandidateStatusResolver, PublicNextStepResolver } from './candidate-status.resolver';
import { CandidateStatusService } from './candidate-status.service';
import { StatusRateLimiter } from './status-rate-limiter';
import { StepCalendarController } from './step-calendar.controller';

@Module({
  imports: [StatusLinksModule, NotificationsModule],
  controllers: [StepCalendarController],
  providers: [CandidateStatusService, CandidateStatusResolver, PublicNextStepResolver, StatusRateLimiter],
})
export class CandidateStatusModule {}
