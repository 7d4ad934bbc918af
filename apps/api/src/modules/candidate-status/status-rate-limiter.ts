import { Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { tooManyRequests } from '../../common/too-many-requests';

const MESSAGE = 'Too many requests from your network.';

/**
 * Limits per client address on the login-free candidate operations. Counts are kept in memory
 * (the status read is the hot path, so no database write per read); with several API instances
 * each counts on its own, which still stops token guessing.
 */
@Injectable()
export class StatusRateLimiter {
  private readonly reads = new RateLimiterMemory({ keyPrefix: 'status-read', points: 120, duration: 60 });
  private readonly misses = new RateLimiterMemory({ keyPrefix: 'status-miss', points: 10, duration: 15 * 60 });
  private readonly writes = new RateLimiterMemory({ keyPrefix: 'status-write', points: 10, duration: 60 * 60 });

  /** Refuses before any look-up when the address read too much or guessed wrong too often. */
  async admitRead(address: string): Promise<void> {
    const misses = await this.misses.get(address);
    if (misses && misses.consumedPoints >= this.misses.points) throw tooManyRequests(misses, MESSAGE);
    await this.reads.consume(address).catch((result: unknown) => {
      throw tooManyRequests(result, MESSAGE);
    });
  }

  /** A token that matched nothing: counted far more strictly than reads. */
  async recordMiss(address: string): Promise<void> {
    await this.misses.consume(address).catch((result: unknown) => {
      if (!(result instanceof RateLimiterRes)) throw result;
    });
  }

  async admitWrite(address: string): Promise<void> {
    await this.writes.consume(address).catch((result: unknown) => {
      throw tooManyRequests(result, MESSAGE);
    });
  }
}
