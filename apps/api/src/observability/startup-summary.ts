import { AppConfig } from '../config/app-config';

/**
 * What an operator needs to hear once Candor serves, one line each: where the database is
 * (host, port and database name, never the user or password; for the embedded PostgreSQL,
 * startEmbeddedPostgres has already said where its data lives, so no second line), where mail
 * goes (the SMTP host, or the dev mailbox), and whether /metrics is on. The URL is logged beside
 * them (main.ts).
 */
export function startupSummary(config: AppConfig, databaseUrl: string, embedded: boolean): string[] {
  const database = new URL(databaseUrl);
  const where = `${database.hostname}:${database.port || 5432}${database.pathname}`;
  const smtp = config.mail.smtpUrl ? new URL(config.mail.smtpUrl) : undefined;
  return [
    ...(embedded ? [] : [`Database: PostgreSQL at ${where}.`]),
    smtp
      ? `Mail: SMTP relay ${smtp.hostname}:${smtp.port || (smtp.protocol === 'smtps:' ? 465 : 587)}.`
      : 'Mail: the dev mailbox (SMTP_URL is unset: emails are kept in the database and shown in the portal, nothing is sent).',
    config.observability.metricsToken ? 'Metrics: GET /metrics with the METRICS_TOKEN bearer token.' : 'Metrics: off (set METRICS_TOKEN to serve /metrics).',
  ];
}
