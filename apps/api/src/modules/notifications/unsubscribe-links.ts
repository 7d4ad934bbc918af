import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { derivedKey } from '../../common/secret-box';

/** The status link an unsubscribe token is bound to: a rotation of the link retires the token too. */
export interface UnsubscribeLinkOwner {
  candidateId: string;
  /** The status link's lookup hash (it changes when the link is rotated). */
  tokenHash: Buffer;
}

/**
 * One-click unsubscribe links (RFC 8058): `<candidateId>.<signature>`, the signature an HMAC of
 * the candidate ID and their current status link under a key derived from SECRET_KEY. Rotating
 * the status link (a leaked email) makes every earlier unsubscribe link invalid.
 */
@Injectable()
export class UnsubscribeLinks {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = derivedKey(config.secretKey, 'unsubscribe v2');
  }

  urlFor(owner: UnsubscribeLinkOwner): string {
    return `${this.config.publicUrl}/email/unsubscribe/${owner.candidateId}.${this.sign(owner)}`;
  }

  /** The candidate ID a token claims (not yet verified), or null when it is malformed. */
  /** The one-click unsubscribe headers (RFC 8058 §3) of a candidate email that links to `url` (urlFor). */
  static headers(url: string): Record<string, string> {
    return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
  }

  claimedCandidate(token: string): string | null {
    const [candidateId, signature, extra] = token.split('.');
    return candidateId && signature && extra === undefined ? candidateId : null;
  }

  /** Whether the token was signed for this candidate's current status link. */
  verify(token: string, owner: UnsubscribeLinkOwner): boolean {
    const [candidateId, signature] = token.split('.');
    if (candidateId !== owner.candidateId || !signature) return false;
    const expected = Buffer.from(this.sign(owner));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private sign(owner: UnsubscribeLinkOwner): string {
    return createHmac('sha256', this.key).update(`${owner.candidateId}.${owner.tokenHash.toString('hex')}`).digest('base64url');
  }
}
