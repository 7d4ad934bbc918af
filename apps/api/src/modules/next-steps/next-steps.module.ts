import { Module } from '@nestjs/common';
import { NextStepsResolver } from './next-steps.resolver';
import { NextStepsService } from './next-steps.service';

@Module({ providers: [NextStepsService, NextStepsResolver] })
export class NextStepsModule {}
