import { Injectable } from '@nestjs/common';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { DomainException } from '../../common/domain.exception';
import { tooManyRequests } from '../../common/too-many-requests';
import { RateLimits } from '../rate-limits/rate-limits';

const MESSAGE = 'Too many requests from your network.';

/**
 * Limits per client address on the login-free candidate operations.
 * - Successful reads are counted in memory, per process (the status read is the hot path: no
 *   database write per read). With N API instances an address may read N times as often.
 * - Misses (a token that matches nothing) are counted in PostgreSQL through RateLimits, shared by
 *   every instance: a miss past the shared count is answered TOO_MANY_REQUESTS, not NOT_FOUND, by
 *   whichever instance takes it, so N guesses spread over any number of instances are refused
 *   exactly where one instance would refuse them. An address refused once is remembered in the
 *   process, so its later reads are refused there without a query; an instance that has not yet
 *   refused it still answers a read of a valid link (a read, not a guess).
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

  /**
   * A token that matched nothing: counted far more strictly than reads, across instances.
   * @returns the TOO_MANY_REQUESTS to answer instead of NOT_FOUND when the shared count is used
   *   up (by this instance or another), else null.
   */
  async recordMiss(address: string): Promise<DomainException | null> {
    const refusal = await this.limits.tryConsume('status-miss', address);
    return refusal ? tooManyRequests(refusal, MESSAGE) : null;
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
