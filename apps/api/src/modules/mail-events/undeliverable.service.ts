import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { findInOrganization } from '../../common/scoped-lookup';
import { CandidateEntity } from '../candidates/candidate.entity';
import { EmailOutbox } from '../notifications/email-outbox';
import { recordTimelineEvent } from '../timeline/timeline';
import { resumePausedEmails, undeliverableMark } from './undeliverable-addresses';

/** The team's side of bounces and complaints: clearing the mark on one of its candidates. */
@Injectable()
export class UndeliverableService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: EmailOutbox,
  ) {}

  /**
   * The team says mail to this candidate's address should go again (the candidate fixed their
   * mailbox, or asked to hear from the team after a spam report): reports up to now are ignored
   * for this candidate only (other organizations' candidates with the address stay paused), the
   * candidate's paused emails are queued, and the timeline records who did it. A later report
   * pauses mail again. Nothing changes when the address is not marked. NOT_FOUND for another
   * organization's candidate.
   */
  async clear(actor: Actor, candidateId: string): Promise<CandidateEntity> {
    return this.dataSource.transaction(async (db) => {
      const candidate = await findInOrganization(db, CandidateEntity, actor, candidateId, 'Candidate', { lock: true });
      if (!(await undeliverableMark(db, candidate.email, candidate.id))) return candidate;
      const now = this.clock.now();
      candidate.emailUndeliverableClearedAt = now;
      await db.update(CandidateEntity, { id: candidate.id }, { emailUndeliverableClearedAt: now });
      await recordTimelineEvent(db, { organizationId: actor.organizationId, candidateId: candidate.id, type: 'EMAIL_UNDELIVERABLE_CLEARED', at: now, actorMemberId: actor.memberId });
      await this.outbox.queueSends(db, await resumePausedEmails(db, candidate.id, now));
      return candidate;
    });
  }
}
