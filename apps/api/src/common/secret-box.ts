import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Keys derived from SECRET_KEY (HKDF-SHA-256, RFC 5869), one per purpose, so that a value
 * sealed or signed for one purpose never opens or verifies for another.
 */
export function derivedKey(secretKey: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, 'candor', purpose, 32));
}

/** HMAC-SHA-256 of a value under a derived key: the stored form of high-entropy secrets. */
export function keyedHash(key: Buffer, value: string): Buffer {
  return createHmac('sha256', key).update(value, 'utf8').digest();
}

/**
 * AES-256-GCM for secrets Candor must show or send again (status-link tokens, the link in an
 * invite or reset email until it is sent, TOTP seeds). The row's ID is bound in as associated
 * data, so a ciphertext copied to another row fails to open. Format: `v1.<iv>.<ciphertext>.<tag>`
 * (base64url parts).
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(secretKey: Buffer, purpose: string) {
    this.key = derivedKey(secretKey, purpose);
  }

  seal(plain: string, boundTo: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(boundTo));
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv, sealed, cipher.getAuthTag()].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
  }

  /** @throws Error when the value was not sealed with this key for this row. */
  open(stored: string, boundTo: string): string {
    const [version, iv, sealed, tag] = stored.split('.');
    if (version !== 'v1' || !iv || !sealed || !tag) throw new Error('Unknown sealed-secret format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(boundTo));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
  }
}
