import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadAppConfig } from '../app-config';

const KEY = 'k'.repeat(32);
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
const RSA_PEM = rsa.export({ type: 'pkcs8', format: 'pem' }).toString();
const DKIM = { DKIM_DOMAIN: 'example.com', DKIM_SELECTOR: 'candor', DKIM_PRIVATE_KEY: RSA_PEM };
const load = (env: Record<string, string>) => loadAppConfig({ SECRET_KEY: KEY, ...env });

describe('DKIM configuration', () => {
  it('signs nothing when no DKIM_* variable is set (or they are empty)', () => {
    expect(load({}).mail.dkim).toBeUndefined();
    expect(load({ DKIM_DOMAIN: '', DKIM_SELECTOR: '', DKIM_PRIVATE_KEY: '' }).mail.dkim).toBeUndefined();
  });

  it('takes the key inline (line breaks as \\n, PKCS#1 or PKCS#8) or from a file', () => {
    const pkcs1 = rsa.export({ type: 'pkcs1', format: 'pem' }).toString();
    const inline = load({ ...DKIM, DKIM_PRIVATE_KEY: pkcs1.replace(/\n/g, '\\n') }).mail.dkim!;
    expect(inline).toMatchObject({ domain: 'example.com', selector: 'candor' });
    expect(inline.privateKeyPem).toBe(RSA_PEM);
    const file = join(mkdtempSync(join(tmpdir(), 'candor-dkim-')), 'dkim.pem');
    writeFileSync(file, RSA_PEM);
    const { DKIM_PRIVATE_KEY: _inline, ...rest } = DKIM;
    expect(load({ ...rest, DKIM_PRIVATE_KEY_FILE: file }).mail.dkim!.privateKeyPem).toBe(RSA_PEM);
  });

  it.each([
    [{ DKIM_DOMAIN: 'example.com' }, /half configured: set DKIM_SELECTOR, DKIM_PRIVATE_KEY or DKIM_PRIVATE_KEY_FILE too/],
    [{ DKIM_SELECTOR: 'candor', DKIM_PRIVATE_KEY: RSA_PEM }, /half configured: set DKIM_DOMAIN too/],
    [{ ...DKIM, DKIM_PRIVATE_KEY_FILE: '/etc/dkim.pem' }, /not both/],
    [{ ...DKIM, DKIM_DOMAIN: 'not a domain' }, /DKIM_DOMAIN must be a domain name/],
    [{ ...DKIM, DKIM_SELECTOR: 'a b' }, /DKIM_SELECTOR must be a DNS label/],
    [{ ...DKIM, DKIM_PRIVATE_KEY: 'not a key' }, /DKIM_PRIVATE_KEY is not a PEM private key/],
    [{ ...DKIM, DKIM_PRIVATE_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() }, /ed25519 key; DKIM signing here needs an RSA key/],
    [{ ...DKIM, DKIM_PRIVATE_KEY: generateKeyPairSync('rsa', { modulusLength: 512 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() }, /512-bit RSA key/],
    [{ DKIM_DOMAIN: 'example.com', DKIM_SELECTOR: 'candor', DKIM_PRIVATE_KEY_FILE: '/nonexistent/dkim.pem' }, /DKIM_PRIVATE_KEY_FILE cannot be read \(ENOENT\)/],
  ])('refuses to start with one line a person can act on: %#', (env, message) => {
    let error: unknown;
    try {
      load(env as Record<string, string>);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
    // The key never appears in the message.
    expect((error as Error).message).not.toContain('PRIVATE KEY-----\n');
  });
});

describe('mail event sources', () => {
  it('are off unless their secrets are set', () => {
    expect(load({}).mail.events).toEqual({ token: undefined, mailgunSigningKey: undefined });
    expect(load({ MAIL_EVENTS_TOKEN: 't'.repeat(32), MAILGUN_WEBHOOK_SIGNING_KEY: 'key-0123456789abcdef' }).mail.events).toEqual({
      token: 't'.repeat(32),
      mailgunSigningKey: 'key-0123456789abcdef',
    });
  });

  it('refuse a guessable token or key', () => {
    expect(() => load({ MAIL_EVENTS_TOKEN: 'short' })).toThrow(/MAIL_EVENTS_TOKEN must be at least 32 characters/);
    expect(() => load({ MAILGUN_WEBHOOK_SIGNING_KEY: 'short' })).toThrow(/MAILGUN_WEBHOOK_SIGNING_KEY/);
  });
});
