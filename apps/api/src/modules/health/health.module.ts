import { Module } from '@nestjs/common';
import { JobQueueModule } from '../job-queue/job-queue.module';
import { HealthController } from './health.controller';

@Module({ imports: [JobQueueModule], controllers: [HealthController] })
export class HealthModule {}
