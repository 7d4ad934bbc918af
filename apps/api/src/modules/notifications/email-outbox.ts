import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RenderedEmail } from '@candor/emails';
import { DataSource, EntityManager } from 'typeorm';
import { EmailAttachment, EmailKind, EmailMessageEntity } from '../candidates/email-message.entity';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { EmailQueue } from './email-queue';
import { SecretLinks } from './secret-links';
import { senderDomain } from './sender-address';

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
  /**
   * A deterministic Message-ID local part (`<key@sender's domain>`) makes the email unique: a
   * second attempt to queue it is ignored. Without one, the email's own ID is used.
   */
  messageKey?: string;
  /**
   * A link for the recipient alone (invite, password reset). `rendered` must hold
   * SECRET_LINK_PLACEHOLDER where it goes; the link itself is only kept sealed (see SecretLinks).
   */
  secretLink?: string;
  /** For a step email: the step and the calendar state it carries (StepEmailsService). */
  calendar?: { stepId: string; fingerprint: string | null; sequence: number };
  /** For a stage email: the stage entered and the mover's message, to render it again when it is sent. */
  stageEvent?: { stageId: string; messageToCandidate: string };
}

/** How many due emails one release statement hands to the queue. */
export const RELEASE_BATCH = 500;

/**
 * Records an email, inside the caller's transaction, and queues its delivery at once when it is
 * due. An email due later (quiet hours, the rejection delay) waits in the outbox until a
 * scheduler tick at or after its time releases it (`releaseDue`): the moment it goes is read off
 * Candor's Clock, which tests move, never off the queue's own clock.
 */
@Injectable()
export class EmailOutbox {
  /** Message-IDs are made on the sender's domain (MAIL_FROM). */
  private readonly messageIdDomain: string;

  constructor(
    private readonly queue: EmailQueue,
    private readonly secretLinks: SecretLinks,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.messageIdDomain = senderDomain(config.mail.from);
  }

  /** Returns the new email's ID, or null when an email with the same Message-ID exists. */
  async add(db: EntityManager, email: NewEmail): Promise<string | null> {
    const id = randomUUID();
    const due = email.sendAfter.getTime() <= email.now.getTime();
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
        messageId: `<${email.messageKey ?? id}@${this.messageIdDomain}>`,
        status: 'SCHEDULED',
        sendAfter: email.sendAfter,
        queuedAt: due ? email.now : null,
        attempts: 0,
        updatedAt: email.now,
        secretSealed: email.secretLink ? this.secretLinks.seal(email.secretLink, id) : null,
        stepId: email.calendar?.stepId ?? null,
        calendarFingerprint: email.calendar?.fingerprint ?? null,
        calendarSequence: email.calendar?.sequence ?? null,
        stageId: email.stageEvent?.stageId ?? null,
        messageToCandidate: email.stageEvent?.messageToCandidate ?? null,
      })
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) return null; // already queued (same Message-ID)
    if (due) await this.queue.enqueue(db, [id]);
    return id;
  }

  /**
   * Hands every email whose time has come (`send_after <= now`, still SCHEDULED, not yet queued)
   * to the queue, in batches of RELEASE_BATCH, each batch marked and queued in one transaction.
   * Concurrent ticks skip each other's rows (SKIP LOCKED), so each email is queued once.
   * Returns how many emails were released.
   */
  async releaseDue(dataSource: DataSource, now: Date): Promise<number> {
    let released = 0;
    for (;;) {
      const ids = await dataSource.transaction(async (db) => {
        const [rows]: [{ id: string }[], number] = await db.query(
          `UPDATE email_messages e SET queued_at = $1
             FROM (SELECT id FROM email_messages
                    WHERE status = 'SCHEDULED' AND queued_at IS NULL AND send_after <= $1
                    ORDER BY send_after LIMIT $2 FOR UPDATE SKIP LOCKED) due
            WHERE e.id = due.id
          RETURNING e.id`,
          [now, RELEASE_BATCH],
        );
        const batch = rows.map((row) => row.id);
        await this.queue.enqueue(db, batch);
        return batch;
      });
      released += ids.length;
      if (ids.length < RELEASE_BATCH) return released;
    }
  }
}
