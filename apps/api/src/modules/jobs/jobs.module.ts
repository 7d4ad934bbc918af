import { Module } from '@nestjs/common';
import { JobsResolver } from './jobs.resolver';
import { JobsService } from './jobs.service';
import { StagesResolver } from './stages.resolver';
import { StagesService } from './stages.service';

@Module({ providers: [JobsService, JobsResolver, StagesService, StagesResolver] })
export class JobsModule {}
