import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadAppConfig, transportWarnings } from '../app-config';

const KEY = 'k'.repeat(32);

describe('loadAppConfig', () => {
  it('applies the defaults of the public contract', () => {
    const config = loadAppConfig({ SECRET_KEY: KEY });
    expect(config).toMatchObject({
      port: 3000,
      nodeEnv: 'development',
      publicUrl: 'http://localhost:3000',
      databaseUrl: undefined,
      mail: { from: 'Candor <no-reply@localhost>', smtpUrl: undefined },
    });
    expect(loadAppConfig({ SECRET_KEY: KEY, PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadAppConfig({ SECRET_KEY: KEY, DATABASE_URL: 'postgres://candor:50%25off%40x@db:5432/candor' }).databaseUrl).toBe('postgres://candor:50%25off%40x@db:5432/candor');
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/db' }],
    ['DATABASE_URL', { DATABASE_URL: 'not a url' }],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://candor:50%off@db:5432/candor' }], // a stray % in the password
    ['DATABASE_URL', { DATABASE_URL: 'postgres://candor@db:5432/cand%zzor' }],
    ['SMTP_URL', { SMTP_URL: 'http://mail' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'candor.example.com' }],
    ['SECRET_KEY', { SECRET_KEY: 'short' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['DATABASE_POOL_SIZE', { DATABASE_POOL_SIZE: '0' }],
    ['DATABASE_POOL_SIZE', { DATABASE_POOL_SIZE: 'ten' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'yes' }],
    ['TRUST_PROXY', { TRUST_PROXY: '10.0.0.0/33' }],
    ['TRUST_PROXY', { TRUST_PROXY: '10.0.0.1,' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'proxy.internal' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['LOG_FORMAT', { LOG_FORMAT: 'xml' }],
    ['METRICS_TOKEN', { METRICS_TOKEN: 'short' }],
    ['METRICS_TOKEN', { METRICS_TOKEN: 'has a space in it somewhere' }],
  ])('stops with a message naming %s when it is malformed', (name, env) => {
    expect(() => loadAppConfig({ SECRET_KEY: KEY, ...env })).toThrow(ConfigError);
    expect(() => loadAppConfig({ SECRET_KEY: KEY, ...env })).toThrow(new RegExp(`${name}:`));
  });

  it.each([
    [undefined, false],
    ['false', false],
    ['true', true],
    ['1', 1],
    ['2', 2],
    ['loopback', ['loopback']],
    ['10.0.0.0/8, 127.0.0.1,::1', ['10.0.0.0/8', '127.0.0.1', '::1']],
    ['fd00::/8,uniquelocal', ['fd00::/8', 'uniquelocal']],
  ])('reads TRUST_PROXY=%s as Express takes it', (value, expected) => {
    expect(loadAppConfig({ SECRET_KEY: KEY, ...(value === undefined ? {} : { TRUST_PROXY: value }) }).http.trustProxy).toEqual(expected);
  });

  it('sizes the database pool from DATABASE_POOL_SIZE, 10 by default', () => {
    expect(loadAppConfig({ SECRET_KEY: KEY }).database.poolSize).toBe(10);
    expect(loadAppConfig({ SECRET_KEY: KEY, DATABASE_POOL_SIZE: '4' }).database.poolSize).toBe(4);
  });

  it('logs JSON in production and readable lines elsewhere, at info, with /metrics off, unless told otherwise', () => {
    expect(loadAppConfig({ SECRET_KEY: KEY }).observability).toEqual({ logLevel: 'info', logFormat: 'pretty', metricsToken: undefined });
    expect(loadAppConfig({ SECRET_KEY: KEY, NODE_ENV: 'production', DATABASE_URL: 'postgres://db/candor' }).observability.logFormat).toBe('json');
    expect(loadAppConfig({ SECRET_KEY: KEY, LOG_LEVEL: 'debug', LOG_FORMAT: 'json', METRICS_TOKEN: 'm'.repeat(16) }).observability).toEqual({
      logLevel: 'debug',
      logFormat: 'json',
      metricsToken: 'm'.repeat(16),
    });
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

  describe('in production', () => {
    const outside = mkdtempSync(join(tmpdir(), 'candor-prod-'));

    it('refuses to start without SECRET_KEY, and never generates one', () => {
      expect(() => loadAppConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/candor', DATA_DIR: outside })).toThrow(/SECRET_KEY is required/);
    });

    it.each([
      ['the folder it runs from', join(process.cwd(), '.data')],
      ['a folder inside the portal it serves', join(__dirname, '..', '..', '..', '..', 'portal', 'dist', 'data')],
      ['the folder it runs from itself', process.cwd()],
    ])('refuses an embedded database (generated password) in %s', (_, dataDir) => {
      expect(() => loadAppConfig({ NODE_ENV: 'production', SECRET_KEY: KEY, DATA_DIR: dataDir })).toThrow(/DATA_DIR .* must be outside/);
    });

    it('refuses to run without scheduler ticks (held emails and digests would never go), and ticks by default', () => {
      const base = { NODE_ENV: 'production', SECRET_KEY: KEY, DATABASE_URL: 'postgres://db/candor' };
      expect(() => loadAppConfig({ ...base, SCHEDULER_TICKS: 'false' })).toThrow(/SCHEDULER_TICKS=false is for tests/);
      expect(loadAppConfig(base).scheduler.ticks).toBe(true);
      expect(loadAppConfig({ ...base, NODE_ENV: 'test', SCHEDULER_TICKS: 'false' }).scheduler.ticks).toBe(false);
    });

    it('accepts a data folder elsewhere, or a real database', () => {
      expect(loadAppConfig({ NODE_ENV: 'production', SECRET_KEY: KEY, DATA_DIR: outside }).dataDir).toBe(outside);
      expect(loadAppConfig({ NODE_ENV: 'production', SECRET_KEY: KEY, DATABASE_URL: 'postgres://db/candor' }).databaseUrl).toBe('postgres://db/candor');
    });

    it('makes session cookies Secure unless http is allowed explicitly, and says so loudly at start-up', () => {
      const base = { NODE_ENV: 'production', SECRET_KEY: KEY, DATABASE_URL: 'postgres://db/candor' };
      const https = loadAppConfig({ ...base, PUBLIC_URL: 'https://candor.example.com' });
      expect(https.auth.secureCookies).toBe(true);
      expect(transportWarnings(https)).toEqual([]);
      const http = loadAppConfig({ ...base, PUBLIC_URL: 'http://candor.internal' });
      expect(http.auth.secureCookies).toBe(true);
      expect(transportWarnings(http)[0]).toMatch(/only behind https/);
      const allowed = loadAppConfig({ ...base, PUBLIC_URL: 'http://candor.internal', ALLOW_INSECURE_HTTP: 'true' });
      expect(allowed.auth.secureCookies).toBe(false);
      expect(transportWarnings(allowed)[0]).toMatch(/plain http/);
    });
  });
});
