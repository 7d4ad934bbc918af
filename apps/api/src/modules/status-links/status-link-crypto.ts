import { derivedKey, keyedHash, SecretBox } from '../../common/secret-box';

/**
 * Status-link tokens are never stored in plain text: a keyed hash (HMAC-SHA-256) finds the
 * link, and AES-256-GCM keeps the token itself so that emails and "copy link" can show it
 * again. Both keys are derived from SECRET_KEY.
 */
export class StatusLinkCrypto {
  private readonly lookupKey: Buffer;
  private readonly box: SecretBox;

  constructor(secretKey: Buffer) {
    this.lookupKey = derivedKey(secretKey, 'status-link lookup v1');
    this.box = new SecretBox(secretKey, 'status-link encryption v1');
  }

  lookupHash(token: string): Buffer {
    return keyedHash(this.lookupKey, token);
  }

  /** `candidateId` is bound in as associated data: a ciphertext moved to another row fails to open. */
  encrypt(token: string, candidateId: string): string {
    return this.box.seal(token, candidateId);
  }

  decrypt(stored: string, candidateId: string): string {
    return this.box.open(stored, candidateId);
  }
}
