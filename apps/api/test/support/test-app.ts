import { randomBytes, randomInt } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { Clock } from '../../src/common/clock';
import { loadAppConfig } from '../../src/config/app-config';
import { runMigrations } from '../../src/database/migrate';
import { configureHttp } from '../../src/http/configure-http';
import { SchedulerTick, TickResult } from '../../src/modules/notifications/scheduler-tick';
import { FakeClock } from './fake-clock';
import { createAppLogger } from '../../src/observability/logger';
import { pinoRecorder, RecordingLogger, watchSecrets } from './log-watch';
import { QueryCounter } from './query-counter';
import { fileDatabaseUrl } from './file-database';
import { waitFor } from './wait-for';

export interface GqlError {
  message: string;
  extensions: { code: string; field?: string; fields?: { field: string; message: string }[]; [key: string]: unknown };
}

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors: GqlError[] | undefined;
  headers: Record<string, string | string[] | undefined>;
}

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  clock: FakeClock;
  /** Runs a GraphQL operation as a client at its own address (X-Forwarded-For). */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string, address?: string): Promise<GqlResult<T>>;
  http(): ReturnType<typeof request>;
  /**
   * Runs the scheduler's time-based work (held emails released, digests queued) at `at` (the
   * clock is set there first) or at the clock's now. Test apps never tick by themselves.
   */
  tick(at?: string | Date): Promise<TickResult>;
  /**
   * Waits until no email is in flight: none handed to the queue and not yet finished (SENT,
   * FAILED or CANCELLED), none being sent. After it returns, the SMTP server has seen every
   * delivery the queue will make, so absence can be asserted. All emails, or only these
   * candidates' or this organization's; polls the email rows, the outbox's source of truth.
   */
  emailsSettled(options?: EmailsSettledOptions): Promise<void>;
  close(): Promise<void>;
}

export interface EmailsSettledOptions {
  /** Candidate IDs, or an organization; every email when absent. */
  of?: string[] | { organizationId: string };
  /** Bound on a broken run (ms), 20 000 by default. */
  timeoutMs?: number;
}

export const TEST_SECRET_KEY = 'test-secret-key-that-is-at-least-32-characters-long';

/**
 * The real application (all modules, real PostgreSQL) on a random port, with a movable clock,
 * on this test file's own database (file-database.ts) unless given another.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  databaseUrl?: string,
  queryCounter?: QueryCounter,
): Promise<TestApp> {
  databaseUrl ??= await fileDatabaseUrl();
  const config = loadAppConfig({
    NODE_ENV: 'test',
    SECRET_KEY: TEST_SECRET_KEY,
    PUBLIC_URL: 'http://candor.test',
    TRUST_PROXY: 'true',
    DATA_DIR: '/tmp/candor-test-unused',
    // Each test app works its own job queue, so apps of other test files never take its emails.
    QUEUE_SCHEMA: `pgboss_${randomBytes(4).toString('hex')}`,
    // Time-based work runs when a test calls tick(), at the instant the test chooses (production
    // refuses to run without ticks, so an app started as production keeps the queue's).
    ...(env.NODE_ENV === 'production' ? {} : { SCHEDULER_TICKS: 'false' }),
    ...env,
  });
  const clock = new FakeClock();
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.register({
        config,
        databaseUrl,
        database: { poolSize: 5, logger: queryCounter },
        // pino's lines (one per request, at every level) go to the log guard's record, redacted as in production.
        log: createAppLogger({ ...config.observability, logLevel: 'trace', logFormat: 'json' }, pinoRecorder),
      }),
    ],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>();
  // Warnings and errors print; every level is watched for secrets (log-guard.ts).
  app.useLogger(new RecordingLogger());
  configureHttp(app, config);
  await app.init();
  const dataSource = app.get(DataSource);
  await runMigrations(dataSource);
  const server = app.getHttpServer();
  const defaultAddress = randomAddress();
  return {
    app,
    dataSource,
    clock,
    async gql(query, variables = {}, token, address = defaultAddress) {
      const req = request(server)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('x-forwarded-for', address);
      if (token) req.set('authorization', `Bearer ${token}`);
      const res = await req.send({ query, variables });
      watchSecrets(variables);
      watchSecrets(res.body?.data);
      return { status: res.status, data: res.body.data, errors: res.body.errors, headers: res.headers };
    },
    http: () => request(server),
    async tick(at) {
      if (at !== undefined) clock.set(at);
      return app.get(SchedulerTick).tick(clock.now());
    },
    async emailsSettled({ of, timeoutMs = 20_000 }: EmailsSettledOptions = {}) {
      const [scope, params] = !of ? ['true', []] : Array.isArray(of) ? ['candidate_id = ANY($1)', [of]] : ['organization_id = $1', [of.organizationId]];
      await waitFor('no email to be queued or being sent', async () => {
        const [row] = await dataSource.query(
          `SELECT count(*)::int AS n FROM email_messages WHERE ${scope} AND (status = 'SENDING' OR (status = 'SCHEDULED' AND queued_at IS NOT NULL))`,
          params,
        );
        return row.n === 0;
      }, timeoutMs);
    },
    close: () => app.close(),
  };
}

export function randomAddress(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

export function uniqueEmail(prefix = 'member'): string {
  return `${prefix}-${randomBytes(6).toString('hex')}@example.com`;
}

/** The code of the first error, for terse assertions. */
export function codeOf(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions.code;
}
