import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Status-link tokens are never stored in plain text: a keyed hash (HMAC-SHA-256) finds the
 * link, and AES-256-GCM keeps the token itself so that emails and "copy link" can show it
 * again. Both keys are derived from SECRET_KEY.
 */
export class StatusLinkCrypto {
  private readonly lookupKey: Buffer;
  private readonly encryptionKey: Buffer;

  constructor(secretKey: Buffer) {
    this.lookupKey = Buffer.from(hkdfSync('sha256', secretKey, 'candor', 'status-link lookup v1', 32));
    this.encryptionKey = Buffer.from(hkdfSync('sha256', secretKey, 'candor', 'status-link encryption v1', 32));
  }

  lookupHash(token: string): Buffer {
    return createHmac('sha256', this.lookupKey).update(token, 'utf8').digest();
  }

  /** `candidateId` is bound in as associated data: a ciphertext moved to another row fails to open. */
  encrypt(token: string, candidateId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    cipher.setAAD(Buffer.from(candidateId));
    const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
    return ['v1', iv, sealed, cipher.getAuthTag()].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
  }

  decrypt(stored: string, candidateId: string): string {
    const [version, iv, sealed, tag] = stored.split('.');
    if (version !== 'v1' || !iv || !sealed || !tag) throw new Error('Unknown status-link token format');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(candidateId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
  }
}
