import 'reflect-metadata';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateBy } from 'class-validator';
import { Type } from 'class-transformer';
import { parseTrustProxy, TRUST_PROXY_MESSAGE } from './trust-proxy';

const URL_WITH_PROTOCOL = (protocols: string) => new RegExp(`^(${protocols})://[^\\s/]+(/[^\\s]*)?$`);

/**
 * Whether the user, password and database name of a URL decode (the ORM decodes them, and a stray
 * `%` made it retry for half a minute with stack traces before giving up). A URL that does not
 * parse is left to the other rules.
 */
function percentEncoded(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return true;
  }
  try {
    [url.username, url.password, url.pathname].forEach((part) => decodeURIComponent(part));
    return true;
  } catch {
    return false;
  }
}

/** The environment variables of the public contract (kept outside this repository; see the README) and a few operational ones, as validated rules. */
export class EnvironmentVariables {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'PORT must be a whole number from 1 to 65535' })
  @Min(1, { message: 'PORT must be a whole number from 1 to 65535' })
  @Max(65535, { message: 'PORT must be a whole number from 1 to 65535' })
  PORT?: number;

  @IsOptional()
  @Matches(URL_WITH_PROTOCOL('postgres|postgresql'), {
    message: 'DATABASE_URL must look like postgres://user@host:5432/database',
  })
  @ValidateBy(
    { name: 'percentEncoded', validator: { validate: (value: unknown) => typeof value !== 'string' || percentEncoded(value) } },
    { message: 'DATABASE_URL has a % that starts no escape in its user, password or database name: write % as %25 (and @ as %40, : as %3A, / as %2F)' },
  )
  DATABASE_URL?: string;

  @IsOptional()
  @Matches(URL_WITH_PROTOCOL('smtp|smtps'), { message: 'SMTP_URL must look like smtp://user:pass@host:port' })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(3)
  MAIL_FROM?: string;

  @IsOptional()
  @Matches(URL_WITH_PROTOCOL('http|https'), { message: 'PUBLIC_URL must be an http(s) origin, e.g. https://candor.example.com' })
  PUBLIC_URL?: string;

  @IsOptional()
  @MinLength(32, { message: 'SECRET_KEY must be at least 32 characters (e.g. `openssl rand -base64 32`)' })
  SECRET_KEY?: string;

  @IsOptional()
  @IsIn(['development', 'production', 'test'], { message: 'NODE_ENV must be development, production or test' })
  NODE_ENV?: 'development' | 'production' | 'test';

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'EMAIL_RETRY_DELAY_SECONDS must be a whole number of seconds' })
  @Min(1)
  EMAIL_RETRY_DELAY_SECONDS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'EMAIL_MAX_ATTEMPTS must be a whole number' })
  @Min(1)
  @Max(20)
  EMAIL_MAX_ATTEMPTS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'EMAIL_SEND_TIMEOUT_SECONDS must be a whole number of seconds' })
  @Min(5)
  @Max(3600)
  EMAIL_SEND_TIMEOUT_SECONDS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'EMAIL_WORKERS must be a whole number' })
  @Min(0)
  @Max(32)
  EMAIL_WORKERS?: number;

  @IsOptional()
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'QUEUE_SCHEMA must be a lower-case PostgreSQL identifier' })
  QUEUE_SCHEMA?: string;

  @IsOptional()
  @IsString()
  DATA_DIR?: string;

  @IsOptional()
  @IsString()
  PORTAL_DIR?: string;

  @IsOptional()
  @ValidateBy({ name: 'trustProxy', validator: { validate: (value: unknown) => typeof value === 'string' && parseTrustProxy(value) !== null } }, { message: TRUST_PROXY_MESSAGE })
  TRUST_PROXY?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'SESSION_TTL_HOURS must be a whole number of hours' })
  @Min(1)
  @Max(24 * 30)
  SESSION_TTL_HOURS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'LOGIN_MAX_FAILURES_PER_ACCOUNT must be a whole number' })
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'LOGIN_MAX_ATTEMPTS_PER_ADDRESS must be a whole number' })
  @Min(1)
  LOGIN_MAX_ATTEMPTS_PER_ADDRESS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'LOGIN_WINDOW_MINUTES must be a whole number' })
  @Min(1)
  LOGIN_WINDOW_MINUTES?: number;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'SCHEDULER_TICKS must be true or false' })
  SCHEDULER_TICKS?: string;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'ALLOW_INSECURE_HTTP must be true or false' })
  ALLOW_INSECURE_HTTP?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'DATABASE_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds' })
  @Min(100)
  @Max(600_000)
  DATABASE_STATEMENT_TIMEOUT_MS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'DATABASE_POOL_SIZE must be a whole number of connections from 1 to 100' })
  @Min(1, { message: 'DATABASE_POOL_SIZE must be a whole number of connections from 1 to 100' })
  @Max(100, { message: 'DATABASE_POOL_SIZE must be a whole number of connections from 1 to 100' })
  DATABASE_POOL_SIZE?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'GRAPHQL_MAX_RESPONSE_BYTES must be a whole number of bytes' })
  @Min(1000)
  GRAPHQL_MAX_RESPONSE_BYTES?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'SIGN_UPS_PER_ADDRESS_PER_HOUR must be a whole number' })
  @Min(1)
  SIGN_UPS_PER_ADDRESS_PER_HOUR?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'SHUTDOWN_GRACE_MS must be a whole number of milliseconds' })
  @Min(0)
  @Max(600_000)
  SHUTDOWN_GRACE_MS?: number;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'LOG_LEVEL must be fatal, error, warn, info, debug, trace or silent' })
  LOG_LEVEL?: string;

  @IsOptional()
  @IsIn(['json', 'pretty'], { message: 'LOG_FORMAT must be json or pretty' })
  LOG_FORMAT?: string;

  @IsOptional()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters (e.g. `openssl rand -base64 24`)' })
  @Matches(/^[\x21-\x7e]+$/, { message: 'METRICS_TOKEN must be printable ASCII without spaces' })
  METRICS_TOKEN?: string;
}
