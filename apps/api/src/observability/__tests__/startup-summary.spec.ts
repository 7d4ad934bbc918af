import { generateKeyPairSync } from 'node:crypto';
import { loadAppConfig } from '../../config/app-config';
import { startupSummary } from '../startup-summary';

const KEY = 'k'.repeat(43);
const SERVER = 'postgres://candor:s3cret-password@db.internal:5433/candor';

describe('startupSummary', () => {
  it('names the database server and relay without secrets, and says mail is unsigned with no bounce endpoint', () => {
    const lines = startupSummary(loadAppConfig({ SECRET_KEY: KEY, DATABASE_URL: SERVER, SMTP_URL: 'smtp://user:pw@relay.example.com:2525' }), SERVER, false);
    expect(lines).toEqual([
      'Database: PostgreSQL at db.internal:5433/candor.',
      'Mail: SMTP relay relay.example.com:2525.',
      'Mail authentication: not DKIM signed by Candor (set DKIM_* or let the relay sign); bounce and complaint reports off (set MAIL_EVENTS_TOKEN or MAILGUN_WEBHOOK_SIGNING_KEY).',
      'Metrics: off (set METRICS_TOKEN to serve /metrics).',
    ]);
    expect(lines.join('\n')).not.toMatch(/s3cret|pw@|user:/);
  });

  it('says which domain and selector sign and which report endpoints are on, never the key or tokens', () => {
    const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const token = 't'.repeat(40);
    const config = loadAppConfig({
      SECRET_KEY: KEY,
      DATABASE_URL: SERVER,
      SMTP_URL: 'smtp://relay.example.com',
      DKIM_DOMAIN: 'example.com',
      DKIM_SELECTOR: 'candor1',
      DKIM_PRIVATE_KEY: pem,
      MAIL_EVENTS_TOKEN: token,
    });
    const lines = startupSummary(config, SERVER, false);
    expect(lines).toContain('Mail authentication: DKIM signed for example.com (selector candor1); bounce and complaint reports at POST /mail/events/dsn.');
    expect(lines.join('\n')).not.toContain(token);
    expect(lines.join('\n')).not.toContain('PRIVATE KEY');
  });

  it('leaves out the database line for the embedded server (it said where its data lives) and the mail authentication line for the dev mailbox', () => {
    const lines = startupSummary(loadAppConfig({ SECRET_KEY: KEY }), 'postgres://postgres:pw@127.0.0.1:5999/candor', true);
    expect(lines).toEqual(['Mail: the dev mailbox (SMTP_URL is unset: emails are kept in the database and shown in the portal, nothing is sent).', 'Metrics: off (set METRICS_TOKEN to serve /metrics).']);
  });
});
