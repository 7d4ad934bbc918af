import { Global, Module } from '@nestjs/common';
import { RateLimits } from './rate-limits';

/** The one rate limiter, available to every feature. */
@Global()
@Module({ providers: [RateLimits], exports: [RateLimits] })
export class RateLimitsModule {}
