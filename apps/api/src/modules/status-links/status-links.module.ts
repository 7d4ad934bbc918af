import { Module } from '@nestjs/common';
import { StatusLinksService } from './status-links.service';

@Module({ providers: [StatusLinksService], exports: [StatusLinksService] })
export class StatusLinksModule {}
