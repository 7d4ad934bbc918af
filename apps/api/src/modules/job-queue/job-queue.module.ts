import { Module } from '@nestjs/common';
import { JobQueue } from './job-queue';

/** The background job registry (JobQueue), for every module that registers or queues jobs. */
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobQueueModule {}
