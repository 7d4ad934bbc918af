import { CheckInRepliesService } from './check-in-replies.service';
import { CheckInRepliesResolver } from './check-in-replies.resolver';
import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { PromisesModule } from '../promises/promises.module';
import { StatusLinksModule } from '../status-links/status-links.module';
import { CandidatesResolver } from './candidates.resolver';
import { CandidatesService } from './candidates.service';

@Module({
  imports: [StatusLinksModule, NotificationsModule, PromisesModule],
  providers: [CandidatesService, CandidatesResolver, CheckInRepliesService, CheckInRepliesResolver],
  exports: [CandidatesService],
})
export class CandidatesModule {}
