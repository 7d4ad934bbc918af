import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { TemplateRenderError } from '@candor/emails';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { EmailSendResult, Metrics } from '../../observability/metrics';
import { Clock } from '../../common/clock';
import { EmailMessageEntity } from './email-message.entity';
import { JobQueue } from '../job-queue/job-queue';
import { SEND_EMAIL_JOB } from './email-outbox';
import { EmailRecomposer, SendTimeEmail } from './email-recomposer';
import { DeliveryError, EmailTransport } from './email-transport';
import { SecretLinks } from './secret-links';
import { normalizeEmailAddress } from '@candor/domain';
import { pausedReason, recordUndeliverable, undeliverableMark } from '../mail-events/undeliverable-addresses';

/**
 * Delivers one queued email, rendered and addressed from the data as it is now
 * (EmailRecomposer), or cancelled when its reason no longer holds. The row is the source of truth: a job claims it (SCHEDULED ->
 * SENDING) with a conditional update, so two workers, a cancelled email (undo) or an email that
 * was already sent never go out again. The one window for a duplicate: the process dies after
 * the SMTP server accepted the message and before SENT is written; the job then expires and
 * is retried after EMAIL_SEND_TIMEOUT_SECONDS. The retry carries the same Message-ID. A candidate
 * email to an address marked undeliverable (bounce, complaint) is PAUSED instead of sent.
 */
@Injectable()
export class EmailSender implements OnModuleInit {
  private readonly logger = new Logger('EmailSender');

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: EmailTransport,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly secretLinks: SecretLinks,
    private readonly recomposer: EmailRecomposer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  /** Registers the send job: EMAIL_WORKERS workers here, retries with exponential backoff, a send bounded by EMAIL_SEND_TIMEOUT_SECONDS. */
  onModuleInit(): void {
    const { maxAttempts, retryDelaySeconds, sendTimeoutSeconds, workers } = this.config.mail;
    this.jobs.register<{ emailId: string }>({
      name: SEND_EMAIL_JOB,
      queue: { retryLimit: maxAttempts - 1, retryDelay: retryDelaySeconds, retryBackoff: true, expireInSeconds: sendTimeoutSeconds },
      workers,
      batchSize: 10,
      pollingIntervalMs: 500,
      handle: ({ emailId }) => this.deliver(emailId),
    });
  }

  async deliver(emailId: string): Promise<void> {
    const email = await this.claim(emailId);
    if (!email) return; // cancelled, already sent, or in another worker's hands
    let current: SendTimeEmail | null;
    try {
      current = await this.recomposer.current(this.dataSource.manager, email, this.clock.now());
    } catch (error) {
      // The data could not be read or rendered now (the database is down): a later attempt will.
      // Only the error's code is kept: a message may quote the data it failed on.
      const code = error instanceof TemplateRenderError ? `template rendering ${error.reason}` : (error as { code?: unknown }).code;
      return this.retryLater(email, new DeliveryError(`The email could not be prepared for sending${typeof code === 'string' ? ` (${code})` : ''}.`, false));
    }
    if (current && 'cancelled' in current) return this.finish(email, 'CANCELLED', current.cancelled);
    if (current) {
      Object.assign(email, current.content);
      // What the team reads as sent is what went.
      await this.dataSource.getRepository(EmailMessageEntity).update({ id: email.id, status: 'SENDING' }, { ...current.content });
    }
    // A candidate's address that bounced for good or reported spam gets nothing until the team
    // corrects it or clears the mark (the email waits as PAUSED; team emails still go).
    if (email.candidateId && !email.memberId) {
      const mark = await undeliverableMark(this.dataSource.manager, email.to, email.candidateId);
      if (mark) return this.finish(email, 'PAUSED', pausedReason(mark));
    }
    const withSecret = (content: string) => (email.secretSealed ? this.secretLinks.reveal(content, email.secretSealed, email.id) : content);
    try {
      await this.transport.send({
        messageId: email.messageId,
        from: this.config.mail.from,
        to: email.to,
        subject: email.subject,
        html: withSecret(email.html),
        text: withSecret(email.text),
        // RFC 3834 §5: every Candor email is machine-made; auto-responders must not answer it.
        headers: { 'Auto-Submitted': 'auto-generated', ...email.headers },
        attachments: email.attachments,
      });
    } catch (error) {
      return this.retryLater(email, error instanceof DeliveryError ? error : new DeliveryError(String(error), false));
    }
    await this.finish(email, 'SENT', null);
  }

  /** Ends a permanent failure, or the last attempt, as FAILED; otherwise hands the email back and throws for pg-boss to retry with backoff. */
  private async retryLater(email: EmailMessageEntity, failure: DeliveryError): Promise<void> {
    const address = normalizeEmailAddress(email.to);
    if (failure.addressRefused && address && email.candidateId && !email.memberId) {
      // The server refused the candidate's address itself (5.1.1 and the like): a bounce, recorded
      // as if reported, and this email waits as PAUSED for a corrected address.
      const now = this.clock.now();
      const report = { address, kind: 'BOUNCE' as const, reason: failure.addressRefused };
      await this.dataSource.transaction((db) => recordUndeliverable(db, [report], 'SMTP', now));
      return this.finish(email, 'PAUSED', pausedReason({ ...report, reportedAt: now }));
    }
    if (failure.permanent) return this.finish(email, 'FAILED', failure.message, 'refused');
    if (email.attempts >= this.config.mail.maxAttempts) {
      return this.finish(email, 'FAILED', `Gave up after ${email.attempts} attempts: ${failure.message}`);
    }
    await this.finish(email, 'SCHEDULED', failure.message, 'retried');
    throw failure;
  }

  private async claim(emailId: string): Promise<EmailMessageEntity | null> {
    const now = this.clock.now();
    const result = await this.dataSource
      .createQueryBuilder()
      .update(EmailMessageEntity)
      .set({ status: 'SENDING', attempts: () => 'attempts + 1', updatedAt: now })
      .where('id = :id', { id: emailId })
      .andWhere(
        `(status = 'SCHEDULED' OR (status = 'SENDING' AND updated_at < CAST(:now AS timestamptz) - make_interval(secs => :stale)))`,
        { stale: this.config.mail.sendTimeoutSeconds, now },
      )
      .returning('id')
      .execute();
    if (!result.affected) return null;
    return this.dataSource
      .getRepository(EmailMessageEntity)
      .createQueryBuilder('e')
      .addSelect('e.secretSealed')
      .where('e.id = :id', { id: emailId })
      .getOne();
  }

  /** Ends an attempt; `result` names it for the metrics when the status alone does not (refused, retried). */
  private async finish(email: EmailMessageEntity, status: EmailMessageEntity['status'], error: string | null, result?: EmailSendResult): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.getRepository(EmailMessageEntity).update(
      { id: email.id, status: 'SENDING' },
      {
        status,
        lastError: error,
        updatedAt: now,
        ...(status === 'SENT' ? { sentAt: now } : {}),
        // A secret link is needed only until the email has left (or will never leave).
        ...(status !== 'SCHEDULED' && !this.secretLinks.keptAfterSending ? { secretSealed: null } : {}),
      },
    );
    this.metrics.emailSend(result ?? (status === 'SENT' ? 'sent' : status === 'CANCELLED' ? 'cancelled' : status === 'PAUSED' ? 'paused' : 'failed'));
    if (status === 'FAILED') this.logger.warn(`Email ${email.id} failed: ${error}`);
  }
}
