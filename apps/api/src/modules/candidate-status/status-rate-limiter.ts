import { Injectable } from '@nestjs/common';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { tooManyRequests } from '../../common/too-many-requests';
import { RateLimits } from '../rate-limits/rate-limits';

const MESSAGE = 'Too many requests from your network.';

/**
 * Limits per client address on the login-free candidate operations.
 * - Successful reads are counted in memory, per process (the status read is the hot path: no
 *   database write per read). With N API instances an address may read N times as often.
 * - Misses (a token that matches nothing) are counted in PostgreSQL through RateLimits, shared by
 *   every instance; an address refused once is remembered in the process, so its reads are
 *   refused without a query. Another instance lets such an address try once more before it
 *   learns of the block from its own count.
 * - Writes (check-ins, answers) and calendar downloads are counted in PostgreSQL too.
 */
@Injectable()
export class StatusRateLimiter {
  private readonly reads = new RateLimiterMemory({ keyPrefix: 'status-read', points: 120, duration: 60 });

  constructor(private readonly limits: RateLimits) {}

  /** Refuses before any look-up when the address read too much or guessed wrong too often. */
  async admitRead(address: string): Promise<void> {
    const blocked = await this.limits.blockedHere('status-miss', address);
    if (blocked) throw tooManyRequests(blocked, MESSAGE);
    await this.reads.consume(address).catch((result: unknown) => {
      throw tooManyRequests(result, MESSAGE);
    });
  }

  /** A token that matched nothing: counted far more strictly than reads, across instances. */
  async recordMiss(address: string): Promise<void> {
    await this.limits.tryConsume('status-miss', address);
  }

  /** A check-in or an answer. */
  async admitWrite(address: string): Promise<void> {
    await this.limits.consume('candidate-write', address);
  }

  /** An "add to calendar" download. */
  async admitCalendarDownload(address: string): Promise<void> {
    await this.limits.consume('calendar-download', address);
    await this.admitRead(address);
  }
}
