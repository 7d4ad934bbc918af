import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { tooManyRequests } from '../../common/too-many-requests';

/**
 * Slows password guessing: failed log-ins per account, and all log-in attempts per client
 * address, are counted in PostgreSQL (so every API instance shares the counts).
 */
@Injectable()
export class LoginRateLimiter {
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;

  constructor(dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
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
