import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { generateToken } from '../../common/secret-tokens';
import { findInOrganization } from '../../common/scoped-lookup';
import { AuditLog } from '../audit/audit-log';
import { CandidateEntity } from '../candidates/candidate.entity';
import { recordTimelineEvent } from '../timeline/timeline';
import { StatusLinkCrypto } from './status-link-crypto';
import { StatusLinkEntity } from './status-link.entity';

/**
 * Each candidate has one live status link; a new one replaces the old at once (and with it
 * every unsubscribe link of earlier emails). Rotations are in the audit log.
 */
@Injectable()
export class StatusLinksService {
  private readonly crypto: StatusLinkCrypto;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.crypto = new StatusLinkCrypto(config.secretKey);
  }

  /** Creates or replaces the candidate's link inside the caller's transaction. */
  async issue(db: EntityManager, candidate: Pick<CandidateEntity, 'id' | 'organizationId'>): Promise<void> {
    const token = generateToken();
    await db.upsert(
      StatusLinkEntity,
      {
        candidateId: candidate.id,
        organizationId: candidate.organizationId,
        tokenHash: this.crypto.lookupHash(token),
        tokenEncrypted: this.crypto.encrypt(token, candidate.id),
        createdAt: this.clock.now(),
      },
      ['candidateId'],
    );
  }

  async rotate(actor: Actor, candidateId: string): Promise<CandidateEntity> {
    return this.dataSource.transaction(async (db) => {
      const candidate = await findInOrganization(db, CandidateEntity, actor, candidateId, 'candidate', { lock: true });
      await this.issue(db, candidate);
      await recordTimelineEvent(db, {
        organizationId: candidate.organizationId,
        candidateId: candidate.id,
        type: 'STATUS_LINK_ROTATED',
        at: this.clock.now(),
        actorMemberId: actor.memberId,
      });
      await this.audit.record(db, { organizationId: actor.organizationId, actorMemberId: actor.memberId, action: 'STATUS_LINK_ROTATED', target: { type: 'CANDIDATE', id: candidate.id } });
      return candidate;
    });
  }

  /** The absolute link; the token sits in the fragment, which browsers never send to servers. */
  urlOf(link: StatusLinkEntity): string {
    return this.urlOfToken(this.crypto.decrypt(link.tokenEncrypted, link.candidateId));
  }

  /** The capability URL of a token the caller already holds (the candidate's own, on their page). */
  urlOfToken(token: string): string {
    return `${this.config.publicUrl}/status#${token}`;
  }

  lookupHash(token: string): Buffer {
    return this.crypto.lookupHash(token);
  }
}
