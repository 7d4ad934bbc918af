import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { Clock } from './common/clock';
import { loadAppConfig, transportWarnings } from './config/app-config';
import { seedDemoIfEmpty } from './database/demo-seed';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { runMigrations } from './database/migrate';
import { configureHttp } from './http/configure-http';
import { createAppLogger, nestLoggerFor } from './observability/logger';
import { startupSummary } from './observability/startup-summary';
import { StatusLinksService } from './modules/status-links/status-links.service';
import { assertDatabaseReachable } from './runtime/database-check';
import { DataDirLock, lockDataDir } from './runtime/data-dir-lock';
import { abortStartOnSignals, stopOnSignals } from './runtime/graceful-shutdown';
import { assertPortFree } from './runtime/port-check';
import { describeStartupError, verboseErrors } from './runtime/startup-error';

const logger = new Logger('Candor');
/** What start-up has opened so far, to close if it fails, and what a failure message names. */
const started: { lock?: DataDirLock; embedded?: EmbeddedDatabase; app?: NestExpressApplication; port?: number; databaseUrl?: string; interrupted?: boolean } = {};

async function bootstrap(): Promise<void> {
  const config = loadAppConfig();
  // Every log line, Nest's included, goes through pino from here on (JSON in production).
  const log = createAppLogger(config.observability);
  Logger.overrideLogger(nestLoggerFor(log));
  started.port = config.port;
  const startedServing = abortStartOnSignals(() => ((started.interrupted = true), releaseStarted()), (line) => logger.warn(line));
  await assertPortFree(config.port);
  for (const warning of transportWarnings(config)) logger.warn(`\n${'!'.repeat(78)}\n  ${warning}\n${'!'.repeat(78)}`);
  if (config.databaseUrl) {
    started.databaseUrl = config.databaseUrl;
    await assertDatabaseReachable(config.databaseUrl);
  } else {
    // One Candor per data folder: its embedded database is not shared.
    started.lock = lockDataDir(config.dataDir);
    started.embedded = await startEmbeddedPostgres(config.dataDir, (line) => logger.log(line));
  }
  const { embedded, lock } = started;
  const databaseUrl = config.databaseUrl ?? embedded!.url;

  const app = (started.app = await NestFactory.create<NestExpressApplication>(AppModule.register({ config, databaseUrl, log }), {
    logger: nestLoggerFor(log),
    abortOnError: false, // a failure reaches the catch below: one readable message
  }));
  configureHttp(app, config);

  const dataSource = app.get(DataSource);
  const applied = await runMigrations(dataSource);
  if (applied.length > 0) logger.log(`Applied migrations: ${applied.join(', ')}`);
  if (config.nodeEnv !== 'production') {
    const demo = await seedDemoIfEmpty(dataSource, app.get(StatusLinksService), app.get(Clock).now());
    if (demo) printDemo(demo, config.publicUrl, embedded ? `stop Candor and delete ${config.dataDir}` : 'empty the database DATABASE_URL names');
  }

  await app.listen(config.port);
  logger.log(`Candor is serving the portal and the API on ${config.publicUrl} (GraphQL at /graphql).`);
  for (const line of startupSummary(config, databaseUrl, embedded !== undefined)) logger.log(line);

  startedServing();
  stopOnSignals({
    app,
    graceMs: config.shutdownGraceMs,
    stopDatabase: embedded && (() => embedded.stop()),
    releaseLock: lock && (() => lock.release()),
    log: (line) => logger.log(line),
    warn: (line) => logger.warn(line),
  });
}

/** `startOver`: how to get a fresh demo (delete the embedded database's data folder, or empty the server's database). */
function printDemo(demo: { email: string; password: string; statusUrl: string }, publicUrl: string, startOver: string): void {
  // Printed once, when the demo organization is created; the password is not stored anywhere in plain text.
  const lines = [
    'A demo organization was created (Northwind Studio, job "Product Designer", 8 candidates).',
    `  Log in at ${publicUrl}/login`,
    `    email:    ${demo.email}`,
    `    password: ${demo.password}`,
    `  One candidate's status link: ${demo.statusUrl}`,
    `  (This is shown only now. To start over, ${startOver}.)`,
  ];
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}

bootstrap().catch(async (error: unknown) => {
  if (started.interrupted) return; // a signal stopped the start (abortStartOnSignals exits)
  process.stderr.write(`${describeStartupError(error, { ...started, verbose: verboseErrors() })}\n`);
  await releaseStarted();
  process.exit(1);
});

/** Closes what an unfinished start opened: the app, then the embedded database, then the lock. */
async function releaseStarted(): Promise<void> {
  await started.app?.close().catch(() => undefined);
  await started.embedded?.stop().catch(() => undefined);
  started.lock?.release();
}
