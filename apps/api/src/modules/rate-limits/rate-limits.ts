import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { tooManyRequests } from '../../common/too-many-requests';
import { RateLimitName, RateLimitRule, rateLimitRules } from './rate-limit-rules';

/** How often each API process deletes counters whose window has passed. */
const PURGE_EVERY_MS = 15 * 60_000;

/**
 * The one rate limiter: named limits (rate-limit-rules.ts) counted atomically in PostgreSQL, so
 * that parallel requests and several API instances share one count. A key is hashed before it
 * is stored (no email address or client address is kept in the table). Keys refused once are
 * also remembered in this process until their window ends, so a blocked client costs no query
 * (`blockedHere`).
 */
@Injectable()
export class RateLimits implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimits');
  private readonly rules: Record<RateLimitName, RateLimitRule>;
  private readonly limiters = new Map<RateLimitName, RateLimiterPostgres>();
  /** Keys this process saw refused, until their window ends. */
  private readonly blocked = new RateLimiterMemory({ keyPrefix: 'blocked', points: 1, duration: 1 });
  private purgeTimer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.rules = rateLimitRules(config);
    const pool = (dataSource.driver as PostgresDriver).master;
    for (const [name, rule] of Object.entries(this.rules) as [RateLimitName, RateLimitRule][]) {
      this.limiters.set(
        name,
        new RateLimiterPostgres({
          storeClient: pool,
          tableName: 'rate_limits',
          tableCreated: true,
          clearExpiredByTimeout: false,
          keyPrefix: name,
          points: rule.points,
          duration: rule.durationSeconds,
        }),
      );
    }
  }

  onApplicationBootstrap(): void {
    this.purgeTimer = setInterval(() => {
      this.purgeExpired().catch((error: unknown) => this.logger.warn(`Could not purge expired rate-limit counters: ${String(error)}`));
    }, PURGE_EVERY_MS);
    this.purgeTimer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.purgeTimer);
  }

  rule(name: RateLimitName): RateLimitRule {
    return this.rules[name];
  }

  /**
   * Counts one attempt, atomically, before the work is done.
   * @throws DomainException TOO_MANY_REQUESTS (with retryAfterSeconds) when the limit is used up.
   */
  async consume(name: RateLimitName, key: string): Promise<void> {
    const refusal = await this.tryConsume(name, key);
    if (refusal) throw tooManyRequests(refusal, this.rules[name].message);
  }

  /** Like consume, but answers the refusal (or null) instead of throwing. */
  async tryConsume(name: RateLimitName, key: string): Promise<RateLimiterRes | null> {
    const stored = storedKey(key);
    const local = await this.blocked.get(`${name}:${stored}`);
    if (local && local.consumedPoints > 1) return local;
    try {
      const counted = await this.limiters.get(name)!.consume(stored);
      // That was the last attempt of the window: the next one is refused here, without a query.
      if (counted.remainingPoints <= 0) await this.blocked.block(`${name}:${stored}`, Math.max(1, Math.ceil(counted.msBeforeNext / 1000)));
      return null;
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) throw result;
      await this.blocked.block(`${name}:${stored}`, Math.max(1, Math.ceil(result.msBeforeNext / 1000)));
      return result;
    }
  }

  /**
   * Whether this process already saw the key refused and its window has not ended: a check
   * without a query, for hot paths (a status read from an address that guessed too often).
   */
  async blockedHere(name: RateLimitName, key: string): Promise<RateLimiterRes | null> {
    const local = await this.blocked.get(`${name}:${storedKey(key)}`);
    return local && local.consumedPoints > 1 ? local : null;
  }

  /** Forgets the key's count (a successful log-in clears its failures). */
  async reset(name: RateLimitName, key: string): Promise<void> {
    await this.limiters.get(name)!.delete(storedKey(key));
    await this.blocked.delete(`${name}:${storedKey(key)}`);
  }

  /** Deletes the counters whose window has ended (rate-limiter-flexible counts in real time, ms); returns how many. */
  async purgeExpired(now = Date.now()): Promise<number> {
    const [, deleted] = (await this.dataSource.query('DELETE FROM rate_limits WHERE expire IS NOT NULL AND expire < $1', [now])) as [unknown, number];
    return deleted;
  }
}

/** The row key of a limit's counter in rate_limits (what rate-limiter-flexible stores: prefix, colon, key). */
export function rateLimitRowKey(name: RateLimitName, key: string): string {
  return `${name}:${storedKey(key)}`;
}

/** Keys are stored hashed: the table holds no email or client address. Email keys are case-folded. */
function storedKey(key: string): string {
  return createHash('sha256').update(key.toLowerCase()).digest('base64url').slice(0, 32);
}
