import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { StatusLinksModule } from '../status-links/status-links.module';
import { CandidatesResolver } from './candidates.resolver';
import { CandidatesService } from './candidates.service';

@Module({
  imports: [StatusLinksModule, NotificationsModule],
  providers: [CandidatesService, CandidatesResolver],
  exports: [CandidatesService],
})
export class CandidatesModule {}
