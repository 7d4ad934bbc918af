import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { tooManyRequests } from '../../common/too-many-requests';

/** How often each API process deletes counters whose window has passed. */
const PURGE_EVERY_MS = 15 * 60_000;

/**
 * Slows password guessing: failed log-ins per account, and all log-in attempts per client
 * address, are counted in PostgreSQL (so every API instance shares the counts). Counters whose
 * window has passed are deleted every 15 minutes, so the table holds only live ones.
 */
@Injectable()
export class LoginRateLimiter implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LoginRateLimiter');
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;
  private purgeTimer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const pool = (dataSource.driver as PostgresDriver).master;
    const duration = config.auth.loginWindowMinutes * 60;
    const common = { storeClient: pool, tableName: 'rate_limits', tableCreated: true, clearExpiredByTimeout: false, duration };
    this.perAccount = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'login-account',
      points: config.auth.loginMaxFailuresPerAccount,
    });
    this.perAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'login-address',
      points: config.auth.loginMaxAttemptsPerAddress,
    });
  }

  onApplicationBootstrap(): void {
    this.purgeTimer = setInterval(() => {
      this.purgeExpired().catch((error: unknown) => this.logger.warn(`Could not purge expired log-in counters: ${String(error)}`));
    }, PURGE_EVERY_MS);
    this.purgeTimer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.purgeTimer);
  }

  /** Deletes the counters whose window has ended; returns how many. */
  async purgeExpired(now = Date.now()): Promise<number> {
    const [, deleted] = (await this.dataSource.query('DELETE FROM rate_limits WHERE expire IS NOT NULL AND expire < $1', [now])) as [unknown, number];
    return deleted;
  }

  /** Counts this attempt against the address and refuses when either limit is used up. */
  async admit(email: string, address: string): Promise<void> {
    try {
      await this.perAddress.consume(address || 'unknown');
    } catch (error) {
      throw tooManyRequests(error, 'Too many log-in attempts from your network.');
    }
    const account = await this.perAccount.get(accountKey(email));
    if (account && account.consumedPoints >= this.perAccount.points) {
      throw tooManyRequests(account, 'Too many failed log-ins for this account.');
    }
  }

  async recordFailure(email: string): Promise<void> {
    await this.perAccount.consume(accountKey(email)).catch((error: unknown) => {
      if (!(error instanceof RateLimiterRes)) throw error;
    });
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(accountKey(email));
  }
}

function accountKey(email: string): string {
  return createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 40);
}
