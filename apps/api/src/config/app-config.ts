import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DATABASE_URL_REQUIRED, embeddedPostgresInstalled } from './embedded-postgres-installed';
import { EnvironmentVariables } from './environment-variables';
import { parseTrustProxy, TrustProxy } from './trust-proxy';
import { DkimConfig, loadDkimConfig, loadMailEventsConfig, MailConfigError, MailEventsConfig } from './mail-auth-config';

/** Everything the API reads from its environment, validated once at start. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** Where the API keeps local state: the embedded database and the generated secret key. */
  dataDir: string;
  /** A real PostgreSQL server, or undefined for the embedded one under dataDir. */
  databaseUrl?: string;
  publicUrl: string;
  secretKey: Buffer;
  mail: {
    smtpUrl?: string;
    from: string;
    /** First retry after this many seconds; each later one waits twice as long. */
    retryDelaySeconds: number;
    maxAttempts: number;
    /** A send still running after this long is taken for dead (its process crashed) and retried. */
    sendTimeoutSeconds: number;
    /** Email workers in this process (0: this process only enqueues). */
    workers: number;
    /** The PostgreSQL schema of the job queue (pg-boss); deployments sharing a database use their own. */
    queueSchema: string;
    /** DKIM signing of outgoing mail (DKIM_*); undefined: messages go unsigned (the relay may sign). */
    dkim?: DkimConfig;
    /** Bounce and complaint reports (MAIL_EVENTS_TOKEN, MAILGUN_WEBHOOK_SIGNING_KEY). */
    events: MailEventsConfig;
  };
  scheduler: {
    /**
     * The job queue runs the scheduler's tick once a minute (SCHEDULER_TICKS, default true):
     * held emails are released and digests queued. false: only an explicit tick(now) does that
     * (tests drive time themselves).
     */
    ticks: boolean;
  };
  auth: {
    /** The session cookie carries `Secure` (sent over https only). */
    secureCookies: boolean;
    /** The operator allowed plain http in production (ALLOW_INSECURE_HTTP=true). */
    allowInsecureHttp: boolean;
    sessionTtlHours: number;
    loginMaxFailuresPerAccount: number;
    loginMaxAttemptsPerAddress: number;
    loginWindowMinutes: number;
    /** New organizations one client address may sign up per hour (several people behind one NAT share it). */
    signUpsPerAddressPerHour: number;
  };
  http: {
    /** Which proxies are believed about the client address (TRUST_PROXY; see trust-proxy.ts). */
    trustProxy: TrustProxy;
    portalDir: string;
    /** Largest GraphQL answer sent, in bytes of JSON (characters); larger ones are refused. */
    maxResponseBytes: number;
  };
  /**
   * Longest a single SQL statement of the API may run (PostgreSQL statement_timeout), in ms; the
   * most connections the API's pool opens (DATABASE_POOL_SIZE; the job queue has 4 more).
   */
  database: { statementTimeoutMs: number; poolSize: number };
  /** On SIGINT/SIGTERM, how long requests in flight may still run before they are cut off, in ms. */
  shutdownGraceMs: number;
  observability: {
    /** pino's level (LOG_LEVEL): info by default. */
    logLevel: LogLevelName;
    /** One JSON object per line (production's default) or readable text (elsewhere). */
    logFormat: 'json' | 'pretty';
    /** GET /metrics answers only `Authorization: Bearer <metricsToken>`; unset: /metrics is 404. */
    metricsToken?: string;
  };
}

export type LogLevelName = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export const APP_CONFIG = Symbol('APP_CONFIG');
/** The PostgreSQL the app runs on (the given server or the embedded one). */
export const DATABASE_URL = Symbol('DATABASE_URL');

export class ConfigError extends Error {}

export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable (e.g. `SMTP_URL=` in a compose file) means "not set".
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const vars = plainToInstance(EnvironmentVariables, given, { enableImplicitConversion: false });
  const errors = validateSync(vars, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  if (!vars.DATABASE_URL && !embeddedPostgresInstalled()) throw new ConfigError(DATABASE_URL_REQUIRED);
  const port = vars.PORT === undefined ? 3000 : Number(vars.PORT);
  const dataDir = resolve(vars.DATA_DIR ?? join(process.cwd(), '.data'));
  const nodeEnv = vars.NODE_ENV ?? 'development';
  const publicUrl = (vars.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const portalDir = resolve(vars.PORTAL_DIR ?? join(__dirname, '..', '..', '..', 'portal', 'dist'));
  const allowInsecureHttp = vars.ALLOW_INSECURE_HTTP === 'true';
  if (nodeEnv === 'production') assertProductionSecrets(vars, dataDir, portalDir);
  if (nodeEnv === 'production' && vars.SCHEDULER_TICKS === 'false') {
    throw new ConfigError('SCHEDULER_TICKS=false is for tests: in production, held emails and morning digests would never be sent.');
  }
  return {
    nodeEnv,
    port,
    dataDir,
    databaseUrl: vars.DATABASE_URL,
    publicUrl,
    secretKey: loadSecretKey(vars.SECRET_KEY, dataDir),
    mail: {
      smtpUrl: vars.SMTP_URL,
      from: vars.MAIL_FROM ?? 'Candor <no-reply@localhost>',
      retryDelaySeconds: Number(vars.EMAIL_RETRY_DELAY_SECONDS ?? 60),
      maxAttempts: Number(vars.EMAIL_MAX_ATTEMPTS ?? 6),
      sendTimeoutSeconds: Number(vars.EMAIL_SEND_TIMEOUT_SECONDS ?? 300),
      workers: Number(vars.EMAIL_WORKERS ?? 4),
      queueSchema: vars.QUEUE_SCHEMA ?? 'pgboss',
      ...mailAuthentication(given),
    },
    scheduler: { ticks: vars.SCHEDULER_TICKS !== 'false' },
    auth: {
      secureCookies: nodeEnv === 'production' ? !allowInsecureHttp : publicUrl.startsWith('https://'),
      allowInsecureHttp,
      sessionTtlHours: Number(vars.SESSION_TTL_HOURS ?? 24),
      loginMaxFailuresPerAccount: Number(vars.LOGIN_MAX_FAILURES_PER_ACCOUNT ?? 5),
      loginMaxAttemptsPerAddress: Number(vars.LOGIN_MAX_ATTEMPTS_PER_ADDRESS ?? 30),
      loginWindowMinutes: Number(vars.LOGIN_WINDOW_MINUTES ?? 15),
      signUpsPerAddressPerHour: Number(vars.SIGN_UPS_PER_ADDRESS_PER_HOUR ?? 10),
    },
    http: {
      trustProxy: parseTrustProxy(vars.TRUST_PROXY)!,
      portalDir,
      maxResponseBytes: Number(vars.GRAPHQL_MAX_RESPONSE_BYTES ?? 8_000_000),
    },
    database: { statementTimeoutMs: Number(vars.DATABASE_STATEMENT_TIMEOUT_MS ?? 15_000), poolSize: Number(vars.DATABASE_POOL_SIZE ?? 10) },
    shutdownGraceMs: Number(vars.SHUTDOWN_GRACE_MS ?? 10_000),
    observability: {
      logLevel: (vars.LOG_LEVEL ?? 'info') as LogLevelName,
      logFormat: (vars.LOG_FORMAT ?? (nodeEnv === 'production' ? 'json' : 'pretty')) as 'json' | 'pretty',
      metricsToken: vars.METRICS_TOKEN,
    },
  };
}

/** DKIM and the mail event sources, each refused at start with one line when half or wrongly configured. */
function mailAuthentication(env: NodeJS.ProcessEnv): { dkim?: DkimConfig; events: MailEventsConfig } {
  try {
    return { dkim: loadDkimConfig(env), events: loadMailEventsConfig(env) };
  } catch (error) {
    if (error instanceof MailConfigError) throw new ConfigError(error.message);
    throw error;
  }
}

/**
 * Production keeps no secret it made itself where it could be served or shipped: SECRET_KEY
 * must be given, and an embedded database (whose password Candor generates) must live outside
 * the folder Candor runs from and the portal folder it serves.
 */
function assertProductionSecrets(vars: EnvironmentVariables, dataDir: string, portalDir: string): void {
  if (!vars.SECRET_KEY) {
    throw new ConfigError('SECRET_KEY is required with NODE_ENV=production (at least 32 characters, e.g. `openssl rand -base64 32`).');
  }
  const appDir = resolve(__dirname, '..', '..');
  const inside = (dir: string, parent: string) => dir === parent || dir.startsWith(`${parent}${sep}`);
  if (!vars.DATABASE_URL && [process.cwd(), portalDir, appDir].some((dir) => inside(dataDir, dir))) {
    throw new ConfigError(
      `With NODE_ENV=production and the embedded PostgreSQL, DATA_DIR (${dataDir}) must be outside the folder Candor runs from and the folders it serves; set DATA_DIR (e.g. /var/lib/candor) or DATABASE_URL.`,
    );
  }
}

/** What an operator should hear at start-up about how sessions are protected; empty when all is well. */
export function transportWarnings(config: AppConfig): string[] {
  if (config.nodeEnv !== 'production') return [];
  if (config.auth.allowInsecureHttp) {
    return [
      'ALLOW_INSECURE_HTTP=true: session cookies are sent over plain http. Anyone on the network path can take over a signed-in session. Use https (PUBLIC_URL=https://...) behind a TLS proxy instead.',
    ];
  }
  if (!config.publicUrl.startsWith('https://')) {
    return [
      `PUBLIC_URL is ${config.publicUrl} (http), but session cookies are Secure: browsers will only send them over https, so portal log-in works only behind https. Set PUBLIC_URL to the https address, or ALLOW_INSECURE_HTTP=true to accept the risk.`,
    ];
  }
  return [];
}

/**
 * SECRET_KEY as given, or a key generated once and kept in dataDir so that sessions and
 * status links survive restarts. The key is at least 32 bytes of entropy either way.
 */
function loadSecretKey(fromEnv: string | undefined, dataDir: string): Buffer {
  if (fromEnv) return Buffer.from(fromEnv, 'utf8');
  const file = join(dataDir, 'secret-key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32).toString('base64url');
  writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return Buffer.from(key, 'utf8');
}
