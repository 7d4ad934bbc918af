import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

/** One-click unsubscribe links: the candidate ID signed with a key derived from SECRET_KEY. */
@Injectable()
export class UnsubscribeLinks {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = Buffer.from(hkdfSync('sha256', config.secretKey, 'candor', 'unsubscribe v1', 32));
  }

  urlFor(candidateId: string): string {
    return `${this.config.publicUrl}/email/unsubscribe/${candidateId}.${this.sign(candidateId)}`;
  }

  /** The candidate a token names, or null when it is not one we signed. */
  verify(token: string): string | null {
    const [candidateId, signature] = token.split('.');
    if (!candidateId || !signature) return null;
    const expected = Buffer.from(this.sign(candidateId));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given) ? candidateId : null;
  }

  private sign(candidateId: string): string {
    return createHmac('sha256', this.key).update(candidateId).digest('base64url');
  }
}
