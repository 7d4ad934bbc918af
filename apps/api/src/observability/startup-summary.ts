import { AppConfig } from '../config/app-config';

/**
 * What an operator needs to hear once Candor serves, one line each: where the database is
 * (host, port and database name, never the user or password; for the embedded PostgreSQL,
 * startEmbeddedPostgres has already said where its data lives, so no second line), where mail
 * goes (the SMTP host, or the dev mailbox; with SMTP, whether mail is DKIM-signed and which bounce
 * endpoints are on), and whether /metrics is on. The URL is logged beside
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
    ...(smtp ? [mailAuthenticationLine(config)] : []),
    config.observability.metricsToken ? 'Metrics: GET /metrics with the METRICS_TOKEN bearer token.' : 'Metrics: off (set METRICS_TOKEN to serve /metrics).',
  ];
}

/** Whether mail is DKIM-signed (d= and s=, never the key) and which bounce/complaint endpoints are on. */
function mailAuthenticationLine(config: AppConfig): string {
  const { dkim, events } = config.mail;
  const endpoints = [events.token ? 'POST /mail/events/dsn' : undefined, events.mailgunSigningKey ? 'POST /mail/events/mailgun' : undefined].filter(Boolean);
  return (
    `Mail authentication: ${dkim ? `DKIM signed for ${dkim.domain} (selector ${dkim.selector})` : 'not DKIM signed by Candor (set DKIM_* or let the relay sign)'}; ` +
    `bounce and complaint reports ${endpoints.length > 0 ? `at ${endpoints.join(' and ')}` : 'off (set MAIL_EVENTS_TOKEN or MAILGUN_WEBHOOK_SIGNING_KEY)'}.`
  );
}
