import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RenderedEmail } from '@candor/emails';
import { EntityManager } from 'typeorm';
import { EmailAttachment, EmailKind, EmailMessageEntity } from '../candidates/email-message.entity';
import { EmailQueue } from './email-queue';
import { SecretLinks } from './secret-links';

export interface NewEmail {
  organizationId: string;
  candidateId: string | null;
  /** Set for emails to a team member; null for emails to the candidate. */
  memberId: string | null;
  kind: EmailKind;
  to: string;
  rendered: RenderedEmail;
  headers?: Record<string, string>;
  attachments?: EmailAttachment[];
  sendAfter: Date;
  now: Date;
  /** A deterministic Message-ID makes the email unique: a second attempt to queue it is ignored. */
  messageId?: string;
  /**
   * A link for the recipient alone (invite, password reset). `rendered` must hold
   * SECRET_LINK_PLACEHOLDER where it goes; the link itself is only kept sealed (see SecretLinks).
   */
  secretLink?: string;
}

/** Records an email and queues its delivery, both inside the caller's transaction. */
@Injectable()
export class EmailOutbox {
  constructor(
    private readonly queue: EmailQueue,
    private readonly secretLinks: SecretLinks,
  ) {}

  /** Returns the new email's ID, or null when an email with the same Message-ID exists. */
  async add(db: EntityManager, email: NewEmail): Promise<string | null> {
    const id = randomUUID();
    const inserted = await db
      .createQueryBuilder()
      .insert()
      .into(EmailMessageEntity)
      .values({
        id,
        organizationId: email.organizationId,
        candidateId: email.candidateId,
        memberId: email.memberId,
        kind: email.kind,
        to: email.to,
        subject: email.rendered.subject,
        html: email.rendered.html,
        text: email.rendered.text,
        headers: email.headers ?? {},
        attachments: email.attachments ?? [],
        messageId: email.messageId ?? `<${id}@candor>`,
        status: 'SCHEDULED',
        sendAfter: email.sendAfter,
        attempts: 0,
        updatedAt: email.now,
        secretSealed: email.secretLink ? this.secretLinks.seal(email.secretLink, id) : null,
      })
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) return null; // already queued (same Message-ID)
    await this.queue.enqueue(db, id, email.sendAfter);
    return id;
  }
}
