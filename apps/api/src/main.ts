import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { Clock } from './common/clock';
import { ConfigError, loadAppConfig, transportWarnings } from './config/app-config';
import { seedDemoIfEmpty } from './database/demo-seed';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { runMigrations } from './database/migrate';
import { configureHttp } from './http/configure-http';
import { createAppLogger, nestLoggerFor } from './observability/logger';
import { startupSummary } from './observability/startup-summary';
import { StatusLinksService } from './modules/status-links/status-links.service';

const logger = new Logger('Candor');

async function bootstrap(): Promise<void> {
  const config = loadAppConfig();
  // Every log line, Nest's included, goes through pino from here on (JSON in production).
  const log = createAppLogger(config.observability);
  Logger.overrideLogger(nestLoggerFor(log));
  for (const warning of transportWarnings(config)) logger.warn(`\n${'!'.repeat(78)}\n  ${warning}\n${'!'.repeat(78)}`);
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) embedded = await startEmbeddedPostgres(config.dataDir, (line) => logger.log(line));
  const databaseUrl = config.databaseUrl ?? embedded!.url;

  const app = await NestFactory.create<NestExpressApplication>(AppModule.register({ config, databaseUrl, log }), {
    logger: nestLoggerFor(log),
  });
  configureHttp(app, config);

  const dataSource = app.get(DataSource);
  const applied = await runMigrations(dataSource);
  if (applied.length > 0) logger.log(`Applied migrations: ${applied.join(', ')}`);
  if (config.nodeEnv !== 'production') {
    const demo = await seedDemoIfEmpty(dataSource, app.get(StatusLinksService), app.get(Clock).now());
    if (demo) printDemo(demo, config.publicUrl);
  }

  await app.listen(config.port);
  logger.log(`Candor is serving the portal and the API on ${config.publicUrl} (GraphQL at /graphql).`);
  for (const line of startupSummary(config, databaseUrl, embedded !== undefined)) logger.log(line);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: shutting down.`);
    await app.close().catch((error: unknown) => logger.error(error));
    await embedded?.stop().catch((error: unknown) => logger.error(error));
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

function printDemo(demo: { email: string; password: string; statusUrl: string }, publicUrl: string): void {
  // Printed once, when the demo organization is created; the password is not stored anywhere in plain text.
  const lines = [
    'A demo organization was created (Northwind Studio, job "Product Designer", 8 candidates).',
    `  Log in at ${publicUrl}/login`,
    `    email:    ${demo.email}`,
    `    password: ${demo.password}`,
    `  One candidate's status link: ${demo.statusUrl}`,
    '  (This is shown only now. To start over, stop Candor and delete the .data folder.)',
  ];
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  process.exit(1);
});
