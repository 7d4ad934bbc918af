import { createHmac, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RenderedEmail } from '@candor/emails';
import { DataSource, EntityManager } from 'typeorm';
import { EmailAttachment, EmailKind, EmailMessageEntity } from './email-message.entity';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { JobQueue } from '../job-queue/job-queue';
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
  /** For a PROMISE_EXTENDED email: the new OPEN promise it announces. */
  promiseId?: string;
  /** For a CHECK_IN_REPLY email: the check-in it answers. */
  checkInId?: string;
}

/** The job that sends one email (EmailSender registers its handler). */
export const SEND_EMAIL_JOB = 'email.send';

/** The job that renders held candidate emails again after what they say changed (EmailRecomposer). */
export const REFRESH_HELD_EMAILS_JOB = 'email.refresh-held';

/** Which held emails to render again: one candidate's, those announcing one stage, or an organization's of one kind. */
export type HeldEmailsScope = { candidateId: string } | { stageId: string } | { organizationId: string; kind: EmailKind };

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
  private readonly secretKey: Buffer;

  constructor(
    private readonly jobs: JobQueue,
    private readonly secretLinks: SecretLinks,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.messageIdDomain = senderDomain(config.mail.from);
    this.secretKey = config.secretKey;
  }

  /**
   * `<key.tag@domain>`: the tag (an HMAC of the key with SECRET_KEY) keeps the Message-ID
   * unguessable though emails' IDs are shown to the team, so a forged bounce posted to
   * /mail/events/dsn cannot name a message it never received; still the same for the same key
   * (the digest's once-a-day key stays unique across instances).
   */
  private messageIdOf(key: string): string {
    const tag = createHmac('sha256', this.secretKey).update(`message-id:${key}`).digest('base64url').slice(0, 16);
    return `<${key}.${tag}@${this.messageIdDomain}>`;
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
        messageId: this.messageIdOf(email.messageKey ?? id),
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
        promiseId: email.promiseId ?? null,
        checkInId: email.checkInId ?? null,
      })
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) return null; // already queued (same Message-ID)
    if (due) await this.queueSends(db, [id]);
    return id;
  }

  /**
   * Queues the sending of these emails, inside the caller's transaction: only emails due now.
   * Emails due later wait for a tick at or after their time (`releaseDue`), so the moment an
   * email goes is decided by Candor's clock, never by the queue's.
   */
  queueSends(db: EntityManager, emailIds: readonly string[]): Promise<void> {
    return this.jobs.enqueue(db, SEND_EMAIL_JOB, emailIds.map((emailId) => ({ emailId })));
  }

  /**
   * Keeps held emails showing what they would say now, inside the caller's transaction: their
   * address at once (a calendar CANCEL keeps the address its event went to), their words by the
   * refresh job after commit (rendering is no work for a transaction). Call after a change to a
   * candidate's address or name, or to a stage's template or words.
   */
  async refreshHeld(db: EntityManager, scope: HeldEmailsScope, newAddress?: string): Promise<void> {
    if ('candidateId' in scope && newAddress) {
      await db.query(
        `UPDATE email_messages SET to_address = $2 WHERE candidate_id = $1 AND member_id IS NULL AND status = 'SCHEDULED' AND kind <> 'STEP_CANCELLED'`,
        [scope.candidateId, newAddress],
      );
    }
    await this.jobs.enqueue(db, REFRESH_HELD_EMAILS_JOB, [scope]);
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
        await this.queueSends(db, batch);
        return batch;
      });
      released += ids.length;
      if (ids.length < RELEASE_BATCH) return released;
    }
  }
}
