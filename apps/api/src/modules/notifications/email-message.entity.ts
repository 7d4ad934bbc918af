import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** PAUSED: a candidate email held because its address bounced or complained (undeliverable_addresses); resumed when that changes. */
export type EmailStatus = 'SCHEDULED' | 'SENDING' | 'SENT' | 'FAILED' | 'CANCELLED' | 'PAUSED';
/** Every kind of email Candor sends. */
export const EMAIL_KINDS = ['STAGE_CHANGED', 'STEP_SCHEDULED', 'STEP_UPDATED', 'STEP_CANCELLED', 'CHECK_IN', 'RESPONSE', 'INVITE', 'PASSWORD_RESET', 'DIGEST', 'PROMISE_EXTENDED', 'PROMISE_DUE_REMINDER', 'CHECK_IN_REPLY', 'STEP_REMINDER'] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

/** Emails whose link is a secret for the recipient alone (an invitation, a password reset). */
export const SECRET_LINK_KINDS: readonly EmailKind[] = ['INVITE', 'PASSWORD_RESET'];

export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * One email and its delivery state. Candidate emails have a candidate and no member; team
 * emails have a member. The content is rendered when the email is decided and again when it is
 * sent (EmailRecomposer): a candidate email goes to the candidate's address then, with the
 * template and data as they are then, or is cancelled when its reason no longer holds.
 */
@Entity('email_messages')
export class EmailMessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'candidate_id', type: 'uuid', nullable: true }) candidateId: string | null;
  @Column({ name: 'member_id', type: 'uuid', nullable: true }) memberId: string | null;
  @Column({ type: 'varchar' }) kind: EmailKind;
  @Column({ name: 'to_address' }) to: string;
  @Column() subject: string;
  @Column({ type: 'text' }) html: string;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'jsonb' }) headers: Record<string, string>;
  @Column({ type: 'jsonb' }) attachments: EmailAttachment[];
  /** The stable Message-ID: a retried send carries the same one. */
  @Column({ name: 'message_id', type: 'varchar' }) messageId: string;
  @Column({ type: 'varchar' }) status: EmailStatus;
  @Column({ name: 'send_after', type: 'timestamptz' }) sendAfter: Date;
  /**
   * When the email was handed to the job queue: at once when it was due on writing, else by the
   * first scheduler tick at or after `sendAfter` (OutboxRelease); null while it waits.
   */
  @Column({ name: 'queued_at', type: 'timestamptz', nullable: true }) queuedAt: Date | null;
  /** For step emails: the step, the calendar state the email carries (null for a CANCEL) and its SEQUENCE. */
  @Column({ name: 'step_id', type: 'uuid', nullable: true }) stepId: string | null;
  @Column({ name: 'calendar_fingerprint', type: 'text', nullable: true }) calendarFingerprint: string | null;
  @Column({ name: 'calendar_sequence', type: 'int', nullable: true }) calendarSequence: number | null;
  /** For a stage email: the stage the candidate entered (null for emails written before) and the mover's message. */
  @Column({ name: 'stage_id', type: 'uuid', nullable: true }) stageId: string | null;
  @Column({ name: 'message_to_candidate', type: 'text', nullable: true }) messageToCandidate: string | null;
  /** For a PROMISE_EXTENDED email: the new OPEN promise it announces (cancelled at send time once that is settled). */
  @Column({ name: 'promise_id', type: 'uuid', nullable: true }) promiseId: string | null;
  /** For a CHECK_IN_REPLY email: the check-in it answers (rendered again from it at send time). */
  @Column({ name: 'check_in_id', type: 'uuid', nullable: true }) checkInId: string | null;
  @Column({ type: 'int' }) attempts: number;
  @Column({ name: 'last_error', type: 'varchar', nullable: true }) lastError: string | null;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  /**
   * The secret link of an invite or reset email, sealed (SecretBox, bound to this row), until it
   * is sent; html and text hold SECRET_LINK_PLACEHOLDER in its place. Kept after sending only for
   * the dev mailbox, where admins read such emails; wiped otherwise.
   */
  @Column({ name: 'secret_sealed', type: 'text', nullable: true, select: false }) secretSealed: string | null;
}
