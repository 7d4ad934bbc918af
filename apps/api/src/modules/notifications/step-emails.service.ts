import { Inject, Injectable } from '@nestjs/common';
import { calendarFingerprint, calendarMessage, DeliveredCalendarMessage, deliveryTime, fingerprintTimes, isFinalStageKind } from '@candor/domain';
import { firstName, renderStepEmail, StepEmailKind } from '@candor/emails';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { stepCalendar } from '../calendar/step-calendar';
import { CandidateEntity } from '../candidates/candidate.entity';
import { JobEntity } from '../jobs/job.entity';
import { StageEntity } from '../jobs/stage.entity';
import { NextStepEntity } from '../next-steps/next-step.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { StatusLinkEntity } from '../status-links/status-link.entity';
import { StatusLinksService } from '../status-links/status-links.service';
import { formatInstant } from './email-formatting';
import { EmailOutbox } from './email-outbox';
import { quietHoursOf } from './quiet-hours';
import { senderAddress } from './sender-address';
import { UnsubscribeLinks } from './unsubscribe-links';

/**
 * Keeps the candidate's calendar in step with the roadmap, by one rule (calendarMessage in
 * libs/domain): after any change to a step or to its candidate, the step's unsent email is
 * replaced by the one message that brings the candidate's calendar from what they received to
 * what the step is now: an invitation, an update (same UID, higher SEQUENCE), a cancellation,
 * or nothing when the changes cancel out. A cancellation of an event they received goes even
 * after they unsubscribed: it takes back what Candor put in their calendar.
 */
@Injectable()
export class StepEmailsService {
  constructor(
    private readonly outbox: EmailOutbox,
    private readonly statusLinks: StatusLinksService,
    private readonly unsubscribe: UnsubscribeLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Returns the ID of the email queued, or null when the candidate's calendar needs nothing. */
  async onStepChanged(db: EntityManager, step: NextStepEntity, now: Date): Promise<string | null> {
    // Unsent messages for this step are superseded; an email being sent (SENDING) counts as received.
    await db.query(`UPDATE email_messages SET status = 'CANCELLED', updated_at = $2 WHERE step_id = $1 AND status = 'SCHEDULED'`, [step.id, now]);
    const [last] = await db.query(
      `SELECT calendar_fingerprint, calendar_sequence FROM email_messages
        WHERE step_id = $1 AND status IN ('SENDING', 'SENT') ORDER BY calendar_sequence DESC, created_at DESC LIMIT 1`,
      [step.id],
    );
    const delivered: DeliveredCalendarMessage | null = last ? { fingerprint: last.calendar_fingerprint, sequence: last.calendar_sequence } : null;
    const candidate = await db.findOneByOrFail(CandidateEntity, { id: step.candidateId });
    const stage = await db.findOneByOrFail(StageEntity, { id: candidate.stageId });
    const fingerprint = calendarFingerprint(step);
    const message = calendarMessage(delivered, {
      state: step.state,
      visibleToCandidate: step.visibleToCandidate,
      dated: !!(step.startsAt ?? step.dueAt),
      candidateInProcess: !candidate.archivedAt && !isFinalStageKind(stage.kind),
      fingerprint,
      sequence: step.sequence,
    });
    if (!message) return null;
    if (message.method === 'REQUEST' && candidate.unsubscribedAt) return null;
    if (message.sequence !== step.sequence) {
      step.sequence = message.sequence;
      await db.update(NextStepEntity, { id: step.id }, { sequence: message.sequence });
    }
    const kind: StepEmailKind = message.method === 'CANCEL' ? 'STEP_CANCELLED' : delivered?.fingerprint ? 'STEP_UPDATED' : 'STEP_SCHEDULED';
    const organization = await db.findOneByOrFail(OrganizationEntity, { id: candidate.organizationId });
    const job = await db.findOneByOrFail(JobEntity, { id: candidate.jobId });
    const link = await db.findOneByOrFail(StatusLinkEntity, { candidateId: candidate.id });
    // A CANCEL for a step that lost its date names the date the candidate received.
    const at = step.startsAt ?? step.dueAt;
    const unsubscribeUrl = this.unsubscribe.urlFor(link);
    const rendered = await renderStepEmail(kind, {
      firstName: firstName(candidate.name),
      organizationName: organization.name,
      jobTitle: job.title,
      stepTitle: step.title,
      when: at ? `${step.startsAt ? '' : 'Due '}${formatInstant(at, organization.timeZone)}` : '',
      location: step.location,
      meetingUrl: step.meetingUrl,
      instructions: step.instructions,
      statusLink: this.statusLinks.urlOf(link),
      unsubscribeUrl,
    });
    const ics = stepCalendar(this.calendarStep(step, delivered, now), {
      method: message.method,
      jobTitle: job.title,
      organizationName: organization.name,
      now,
      organizer: { name: organization.name, email: senderAddress(this.config.mail.from) },
      attendee: { name: candidate.name, email: candidate.email },
    })!;
    const quiet = quietHoursOf(organization);
    return this.outbox.add(db, {
      organizationId: candidate.organizationId,
      candidateId: candidate.id,
      memberId: null,
      kind,
      to: candidate.email,
      rendered,
      headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      attachments: [
        {
          filename: message.method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
          contentType: `text/calendar; charset=utf-8; method=${message.method}`,
          content: ics,
        },
      ],
      sendAfter: deliveryTime(now, 0, quiet, organization.timeZone),
      now,
      calendar: { stepId: step.id, fingerprint: message.method === 'REQUEST' ? fingerprint : null, sequence: message.sequence },
    });
  }

  /**
   * Ends a candidate's planned steps when they leave the process (an outcome stage, archiving,
   * the job closed): each becomes CANCELLED, and an event they received is taken back.
   */
  async candidateLeftProcess(db: EntityManager, candidateId: string, now: Date): Promise<void> {
    const steps = await db.find(NextStepEntity, { where: { candidateId, state: 'PLANNED' }, lock: { mode: 'pessimistic_write' } });
    for (const step of steps) {
      step.state = 'CANCELLED';
      step.cancelledAt = now;
      step.updatedAt = now;
      step.sequence += 1;
      await db.save(step);
      await this.onStepChanged(db, step, now);
    }
  }

  /** The step as its event; a CANCEL for a step that lost its date carries the date the candidate's calendar holds. */
  private calendarStep(step: NextStepEntity, delivered: DeliveredCalendarMessage | null, now: Date): NextStepEntity {
    if (step.startsAt ?? step.dueAt) return step;
    const held = delivered?.fingerprint ? fingerprintTimes(delivered.fingerprint) : null;
    return { ...step, startsAt: held?.startsAt ?? (held?.dueAt ? null : now), dueAt: held?.dueAt ?? null } as NextStepEntity;
  }
}
