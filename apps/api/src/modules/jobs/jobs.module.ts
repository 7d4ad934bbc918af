import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { JobsResolver } from './jobs.resolver';
import { JobsService } from './jobs.service';
import { StagesResolver } from './stages.resolver';
import { StagesService } from './stages.service';

@Module({ imports: [CandidatesModule, NotificationsModule], providers: [JobsService, JobsResolver, StagesService, StagesResolver] })
export class JobsModule {}
