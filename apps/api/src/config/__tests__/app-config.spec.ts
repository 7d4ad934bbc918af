import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadAppConfig } from '../app-config';

const KEY = 'k'.repeat(32);

describe('loadAppConfig', () => {
  it('applies the defaults of CONTRACT.md', () => {
    const config = loadAppConfig({ SECRET_KEY: KEY });
    expect(config).toMatchObject({
      port: 3000,
      nodeEnv: 'development',
      publicUrl: 'http://localhost:3000',
      databaseUrl: undefined,
      mail: { from: 'Candor <no-reply@localhost>', smtpUrl: undefined },
    });
    expect(loadAppConfig({ SECRET_KEY: KEY, PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/db' }],
    ['DATABASE_URL', { DATABASE_URL: 'not a url' }],
    ['SMTP_URL', { SMTP_URL: 'http://mail' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'candor.example.com' }],
    ['SECRET_KEY', { SECRET_KEY: 'short' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
  ])('stops with a message naming %s when it is malformed', (name, env) => {
    expect(() => loadAppConfig({ SECRET_KEY: KEY, ...env })).toThrow(ConfigError);
    expect(() => loadAppConfig({ SECRET_KEY: KEY, ...env })).toThrow(new RegExp(`${name}:`));
  });

  it('treats empty variables as unset', () => {
    expect(loadAppConfig({ SECRET_KEY: KEY, SMTP_URL: '', DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('generates a secret key once, keeps it private, and reuses it', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'candor-config-'));
    const first = loadAppConfig({ DATA_DIR: dataDir }).secretKey;
    const second = loadAppConfig({ DATA_DIR: dataDir }).secretKey;
    expect(first.equals(second)).toBe(true);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(join(dataDir, 'secret-key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dataDir, 'secret-key'), 'utf8').trim()).toBe(first.toString());
  });
});
