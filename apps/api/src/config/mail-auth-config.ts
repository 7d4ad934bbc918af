import { createPrivateKey, KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** DKIM signing of every outgoing message (RFC 6376), rsa-sha256 with relaxed canonicalization (nodemailer). */
export interface DkimConfig {
  /** The signing domain (d=), e.g. example.com; the public key is published at `<selector>._domainkey.<domain>`. */
  domain: string;
  /** The selector (s=). */
  selector: string;
  /** The RSA private key in PEM (PKCS#1 or PKCS#8). */
  privateKeyPem: string;
}

/** Where delivery reports come in (POST /mail/events/...); each source is off until its secret is set. */
export interface MailEventsConfig {
  /** Bearer token for POST /mail/events/dsn (RFC 3464 bounces, RFC 5965 complaints); undefined: the route answers 404. */
  token?: string;
  /** Mailgun's HTTP webhook signing key for POST /mail/events/mailgun; undefined: the route answers 404. */
  mailgunSigningKey?: string;
}

/** Thrown with one line a person can act on; main.ts prints it and exits. */
export class MailConfigError extends Error {}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const SELECTOR = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

const given = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' ? undefined : value);

/**
 * DKIM from DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY (the PEM itself; `\n` may stand for
 * line breaks) or DKIM_PRIVATE_KEY_FILE (a path to it). None of them: no signing. Some but not
 * all, both key sources, a key that does not parse or is not RSA (nodemailer signs rsa-sha256
 * only) or shorter than 1024 bits: MailConfigError, so Candor never starts sending unsigned mail
 * its operator meant to sign.
 */
export function loadDkimConfig(env: NodeJS.ProcessEnv): DkimConfig | undefined {
  const domain = given(env.DKIM_DOMAIN);
  const selector = given(env.DKIM_SELECTOR);
  const inline = given(env.DKIM_PRIVATE_KEY);
  const file = given(env.DKIM_PRIVATE_KEY_FILE);
  if (!domain && !selector && !inline && !file) return undefined;
  const missing = [!domain && 'DKIM_DOMAIN', !selector && 'DKIM_SELECTOR', !inline && !file && 'DKIM_PRIVATE_KEY or DKIM_PRIVATE_KEY_FILE'].filter(Boolean);
  if (missing.length > 0) throw new MailConfigError(`DKIM signing is half configured: set ${missing.join(', ')} too (or unset every DKIM_* variable).`);
  if (inline && file) throw new MailConfigError('Set DKIM_PRIVATE_KEY or DKIM_PRIVATE_KEY_FILE, not both.');
  if (!DOMAIN.test(domain!)) throw new MailConfigError(`DKIM_DOMAIN must be a domain name such as example.com.`);
  if (!SELECTOR.test(selector!)) throw new MailConfigError('DKIM_SELECTOR must be a DNS label such as candor or mail2026.');
  let pem: string;
  if (file) {
    try {
      pem = readFileSync(file, 'utf8');
    } catch (error) {
      throw new MailConfigError(`DKIM_PRIVATE_KEY_FILE cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): ${file}`);
    }
  } else {
    pem = inline!.replace(/\\n/g, '\n');
  }
  const key = parsePrivateKey(pem, file ? 'DKIM_PRIVATE_KEY_FILE' : 'DKIM_PRIVATE_KEY');
  return { domain: domain!.toLowerCase(), selector: selector!, privateKeyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

function parsePrivateKey(pem: string, variable: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem.trim(), format: 'pem' });
  } catch {
    throw new MailConfigError(`${variable} is not a PEM private key (expected "-----BEGIN PRIVATE KEY-----" or "-----BEGIN RSA PRIVATE KEY-----").`);
  }
  if (key.asymmetricKeyType !== 'rsa') {
    throw new MailConfigError(`${variable} is a ${key.asymmetricKeyType} key; DKIM signing here needs an RSA key (e.g. \`openssl genrsa 2048\`).`);
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < 1024) throw new MailConfigError(`${variable} is a ${bits}-bit RSA key; receivers ignore DKIM keys under 1024 bits (use 2048).`);
  return key;
}

/** The mail event sources (bounces, complaints) from MAIL_EVENTS_TOKEN and MAILGUN_WEBHOOK_SIGNING_KEY. */
export function loadMailEventsConfig(env: NodeJS.ProcessEnv): MailEventsConfig {
  const token = given(env.MAIL_EVENTS_TOKEN);
  const mailgunSigningKey = given(env.MAILGUN_WEBHOOK_SIGNING_KEY);
  if (token !== undefined && token.length < 32) {
    throw new MailConfigError('MAIL_EVENTS_TOKEN must be at least 32 characters (e.g. `openssl rand -base64 32`).');
  }
  if (mailgunSigningKey !== undefined && mailgunSigningKey.length < 16) {
    throw new MailConfigError("MAILGUN_WEBHOOK_SIGNING_KEY must be Mailgun's HTTP webhook signing key (Sending → Webhooks), at least 16 characters.");
  }
  return { token, mailgunSigningKey };
}
