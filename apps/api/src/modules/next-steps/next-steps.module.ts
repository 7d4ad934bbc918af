import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { NextStepsResolver } from './next-steps.resolver';
import { NextStepsService } from './next-steps.service';

@Module({ imports: [NotificationsModule], providers: [NextStepsService, NextStepsResolver] })
export class NextStepsModule {}
