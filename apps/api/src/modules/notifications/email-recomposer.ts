import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { calendarMessageStillDue, isFinalStageKind, outcomePending } from '@candor/domain';
import { StepEmailKind } from '@candor/emails';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Clock } from '../../common/clock';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { JobQueue } from '../job-queue/job-queue';
import { HeldEmailsScope, REFRESH_HELD_EMAILS_JOB } from './email-outbox';
import { CandidateEntity } from '../candidates/candidate.entity';
import { EmailMessageEntity } from './email-message.entity';
import { OutgoingEmail } from './email-transport';
import { StageEntity } from '../jobs/stage.entity';
import { NextStepEntity } from '../next-steps/next-step.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { StageEmailsService } from './stage-emails.service';
import { StepEmailsService } from './step-emails.service';
import { PromiseEmailsService } from './promise-emails.service';
import { CheckInReplyEmailsService } from './check-in-reply-emails.service';
import { CheckInEntity } from '../candidate-status/check-in.entity';
import { reminderStillDue, StepRemindersService } from './step-reminders.service';

/** An email as it would go now: what the transport sends, but for the sender and Message-ID it adds. */
export type CurrentEmail = Omit<OutgoingEmail, 'messageId' | 'from'>;

/** What a queued email is when it is sent: its content now, or why it no longer goes. */
export type SendTimeEmail = { content: CurrentEmail } | { cancelled: string };

const STEP_KINDS: readonly string[] = ['STEP_SCHEDULED', 'STEP_UPDATED', 'STEP_CANCELLED'];

/** Held emails one refresh renders again; beyond that they are rendered when sent. */
const HELD_REFRESH_LIMIT = 500;

/**
 * Renders and addresses a queued candidate email from the data as it is at the moment it is
 * sent (and for the team's view of a SCHEDULED email): the candidate's address and name now,
 * the stage's template now, the step now. An email whose reason no longer holds is cancelled:
 * the candidate left the stage it announces (while an outcome waits out its undo window they are
 * still in the stage before it), was archived (an outcome they reached is still told),
 * unsubscribed (a calendar CANCEL still goes: it takes back an event Candor put in their
 * calendar), the stage stopped emailing, a step changed since (calendarMessageStillDue; a reminder's step moved,
 * cancelled or hidden: reminderStillDue), or the
 * promised day an extension email announces was settled since (kept by an update, say).
 * A candidate email carries the organization's Reply-To address (a shared inbox) when it set one.
 * Team emails (invites, resets, notices, digests) go as they were rendered.
 */
@Injectable()
export class EmailRecomposer implements OnModuleInit {
  constructor(
    private readonly stageEmails: StageEmailsService,
    private readonly stepEmails: StepEmailsService,
    private readonly promiseEmails: PromiseEmailsService,
    private readonly checkInReplyEmails: CheckInReplyEmailsService,
    private readonly stepReminders: StepRemindersService,
    private readonly jobs: JobQueue,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Registers the refresh of held emails (EmailOutbox.refreshHeld queues it). */
  onModuleInit(): void {
    this.jobs.register<HeldEmailsScope>({
      name: REFRESH_HELD_EMAILS_JOB,
      queue: { retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 300 },
      workers: this.config.mail.workers > 0 ? 1 : 0,
      batchSize: 5,
      pollingIntervalMs: 500,
      handle: (scope) => this.refreshHeld(scope),
    });
  }

  /**
   * Renders the held candidate emails in `scope` again, so the team sees what would go now; an
   * email that would be cancelled is left for the sender to cancel. A busy template pool throws
   * (the job is retried); what is sent is rendered again at send time in any case.
   */
  async refreshHeld(scope: HeldEmailsScope): Promise<number> {
    const held = await this.dataSource.getRepository(EmailMessageEntity).find({
      where: { ...scope, status: 'SCHEDULED', memberId: IsNull() },
      take: HELD_REFRESH_LIMIT,
    });
    let refreshed = 0;
    for (const email of held) {
      const latest = await this.current(this.dataSource.manager, email, this.clock.now());
      if (!latest || !('content' in latest)) continue;
      const result = await this.dataSource.getRepository(EmailMessageEntity).update({ id: email.id, status: 'SCHEDULED' }, { ...latest.content });
      refreshed += result.affected ?? 0;
    }
    return refreshed;
  }

  /** `now` is the send time; null when the email goes as it was rendered. */
  async current(db: EntityManager, email: EmailMessageEntity, now: Date): Promise<SendTimeEmail | null> {
    if (!email.candidateId || email.memberId) return null;
    const candidate = await db.findOneBy(CandidateEntity, { id: email.candidateId });
    if (!candidate) return { cancelled: 'The candidate was deleted.' };
    if (candidate.unsubscribedAt && email.kind !== 'STEP_CANCELLED') return { cancelled: 'The candidate asked for no more emails.' };
    const organization = await db.findOneByOrFail(OrganizationEntity, { id: candidate.organizationId });
    // Replies go to the organization's shared inbox when it named one, else nowhere (the no-reply sender).
    const replyTo: Record<string, string> = organization.replyTo ? { 'Reply-To': organization.replyTo } : {};
    const { 'Reply-To': _formerReplyTo, ...headers } = email.headers;
    const stored = { to: candidate.email, subject: email.subject, html: email.html, text: email.text, headers: { ...headers, ...replyTo }, attachments: email.attachments };
    if (email.kind === 'STAGE_CHANGED') {
      if (!email.stageId) return { content: stored }; // written before stage emails recorded their stage
      // While an outcome waits out its undo window the candidate is still where they were.
      const visibleStageId = outcomePending(candidate.outcomePendingUntil, now) && candidate.stageBeforeOutcomeId ? candidate.stageBeforeOutcomeId : candidate.stageId;
      if (visibleStageId !== email.stageId) return { cancelled: 'The candidate is no longer in the stage this email announces.' };
      const stage = await db.findOneByOrFail(StageEntity, { id: email.stageId });
      // An archived candidate hears no more news, but an outcome they reached is still told.
      if (candidate.archivedAt && !isFinalStageKind(stage.kind)) return { cancelled: 'The candidate was archived.' };
      if (!stage.notifyCandidates) return { cancelled: 'The stage no longer emails candidates.' };
      const content = await this.stageEmails.content(db, candidate, stage, organization, email.messageToCandidate ?? '', now);
      return { content: { ...stored, ...content.rendered, headers: { ...content.headers, ...replyTo } } };
    }
    if (email.kind === 'PROMISE_EXTENDED') {
      if (candidate.archivedAt) return { cancelled: 'The candidate was archived.' };
      const promise = email.promiseId ? await this.promiseEmails.ledgerPromise(db, email.promiseId) : null;
      if (!promise) return { cancelled: 'The promise this email announces was removed.' };
      if (promise.outcome !== 'OPEN') return { cancelled: `The promised day this email announces is no longer open (${promise.outcome.toLowerCase()}).` };
      // Without the promise it replaced in the ledger, the words written when it was decided stand.
      if (!promise.facts) return { content: stored };
      const content = await this.promiseEmails.content(db, candidate, organization, promise.facts, now);
      return { content: { ...stored, ...content.rendered, headers: { ...content.headers, ...replyTo } } };
    }
    if (email.kind === 'CHECK_IN_REPLY') {
      if (candidate.archivedAt) return { cancelled: 'The candidate was archived.' };
      const checkIn = email.checkInId ? await db.findOneBy(CheckInEntity, { id: email.checkInId }) : null;
      if (!checkIn?.replyMessage) return { cancelled: 'The check-in this email answers was removed.' };
      const content = await this.checkInReplyEmails.content(db, candidate, organization, CheckInReplyEmailsService.factsOf(checkIn), now);
      return { content: { ...stored, ...content.rendered, headers: { ...content.headers, ...replyTo } } };
    }
    if (email.kind === 'STEP_REMINDER') {
      const step = email.stepId ? await db.findOneBy(NextStepEntity, { id: email.stepId }) : null;
      const stage = await db.findOneByOrFail(StageEntity, { id: candidate.stageId });
      const why = reminderStillDue(step, email.calendarSequence, candidate, stage.kind, now);
      if (why || !step) return { cancelled: why ?? 'The step was deleted.' };
      const content = await this.stepReminders.content(db, step, candidate, organization);
      return { content: { ...stored, ...content.rendered, headers: { ...content.headers, ...replyTo } } };
    }
    if (STEP_KINDS.includes(email.kind)) {
      const step = email.stepId ? await db.findOneBy(NextStepEntity, { id: email.stepId }) : null;
      if (!step) return { content: stored };
      // Unsent step emails are replaced on every change, but a FAILED one can be retried later:
      // it goes only if it still says what the calendar should hold.
      const method = email.kind === 'STEP_CANCELLED' ? 'CANCEL' : 'REQUEST';
      // A cancellation goes where the event is, the address it was written for; one for an
      // address the candidate left is always due (that calendar must lose the event).
      const to = method === 'CANCEL' ? email.to : candidate.email;
      const facts = await this.stepEmails.calendarFacts(db, step, candidate, now);
      const otherCalendar = method === 'CANCEL' && email.to !== candidate.email;
      if (!otherCalendar && !calendarMessageStillDue(method === 'CANCEL' ? null : email.calendarFingerprint, facts)) {
        return { cancelled: 'The step changed after this email was written: it no longer says what the calendar should hold.' };
      }
      const content = await this.stepEmails.content(db, {
        step,
        candidate,
        organization,
        kind: email.kind as StepEmailKind,
        sequence: email.calendarSequence ?? step.sequence,
        exceptEmailId: email.id,
        attendeeEmail: to,
        now,
      });
      return { content: { ...stored, to, ...content.rendered, headers: { ...content.headers, ...replyTo }, attachments: content.attachments ?? [] } };
    }
    return { content: stored };
  }
}
