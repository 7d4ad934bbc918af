import { randomBytes, randomInt } from 'node:crypto';
import { ConsoleLogger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { Clock } from '../../src/common/clock';
import { loadAppConfig } from '../../src/config/app-config';
import { runMigrations } from '../../src/database/migrate';
import { configureHttp } from '../../src/http/configure-http';
import { FakeClock } from './fake-clock';
import { QueryCounter } from './query-counter';

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
  close(): Promise<void>;
}

export const TEST_SECRET_KEY = 'test-secret-key-that-is-at-least-32-characters-long';

/** The real application (all modules, real PostgreSQL) on a random port, with a movable clock. */
export async function startTestApp(
  env: Record<string, string> = {},
  databaseUrl = process.env.TEST_DATABASE_URL!,
  queryCounter?: QueryCounter,
): Promise<TestApp> {
  const config = loadAppConfig({
    NODE_ENV: 'test',
    SECRET_KEY: TEST_SECRET_KEY,
    PUBLIC_URL: 'http://candor.test',
    TRUST_PROXY: 'true',
    DATA_DIR: '/tmp/candor-test-unused',
    // Each test app works its own job queue, so apps of other test files never take its emails.
    QUEUE_SCHEMA: `pgboss_${randomBytes(4).toString('hex')}`,
    ...env,
  });
  const clock = new FakeClock();
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.register({ config, databaseUrl, database: { poolSize: 5, logger: queryCounter } })],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>();
  // The testing module's logger prints errors only; the app's warnings matter to tests too (log-capture).
  app.useLogger(new ConsoleLogger({ logLevels: ['error', 'warn'] }));
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
      return { status: res.status, data: res.body.data, errors: res.body.errors, headers: res.headers };
    },
    http: () => request(server),
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
