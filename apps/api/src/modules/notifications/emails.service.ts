import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/domain.exception';
import { findInOrganization } from '../../common/scoped-lookup';
import { EmailMessageEntity, SECRET_LINK_KINDS } from './email-message.entity';
import { EmailOutbox } from './email-outbox';
import { SecretLinks } from './secret-links';

@Injectable()
export class EmailsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EmailOutbox,
    private readonly clock: Clock,
    private readonly secretLinks: SecretLinks,
  ) {}

  /** Sends a FAILED email again, with fresh attempts and the same Message-ID. */
  async retry(actor: Actor, emailId: string): Promise<EmailMessageEntity> {
    return this.dataSource.transaction(async (db) => {
      const email = await findInOrganization(db, EmailMessageEntity, actor, emailId, 'email', { lock: true });
      if (email.status !== 'FAILED') {
        throw DomainException.conflict(`Only a failed email can be retried; this one is ${email.status.toLowerCase()}.`);
      }
      const now = this.clock.now();
      Object.assign(email, { status: 'SCHEDULED', attempts: 0, lastError: null, sendAfter: now, queuedAt: now, updatedAt: now });
      const saved = await db.save(email);
      await this.outbox.queueSends(db, [email.id]);
      return saved;
    });
  }

  /**
   * The organization's latest emails, newest first: the dev mailbox when no SMTP server is set.
   * Emails that carry a secret link for their recipient (invites, password resets) are listed to
   * admins only.
   */
  mailbox(actor: Actor, limit: number): Promise<EmailMessageEntity[]> {
    const query = this.dataSource
      .getRepository(EmailMessageEntity)
      .createQueryBuilder('e')
      .where('e.organizationId = :organizationId', { organizationId: actor.organizationId })
      .orderBy('e.createdAt', 'DESC')
      .take(Math.min(Math.max(limit, 1), 200));
    if (actor.role !== 'ADMIN') query.andWhere('e.kind NOT IN (:...kinds)', { kinds: [...SECRET_LINK_KINDS] });
    // Admins of the dev mailbox read the links too (EmailMessageResolver): loaded here, in the same statement.
    else if (this.secretLinks.keptAfterSending) query.addSelect('e.secretSealed');
    return query.getMany();
  }
}
