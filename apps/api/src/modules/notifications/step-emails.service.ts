import { Inject, Injectable } from '@nestjs/common';
import { calendarFingerprint, calendarMessage, DeliveredCalendarMessage, deliveryTime, fingerprintTimes, isFinalStageKind, outcomePending, StepCalendarFacts, stepIsBehind, wantedCalendarEntry } from '@candor/domain';
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
import { EmailOutbox, NewEmail } from './email-outbox';
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
    const candidate = await db.findOneByOrFail(CandidateEntity, { id: step.candidateId });
    // Unsent messages for this step are superseded (an email being sent, SENDING, counts as
    // received), except cancellations for a calendar at an address the candidate left, and a
    // held reminder (no calendar message: EmailRecomposer cancels it if its version changed).
    await db.query(
      `UPDATE email_messages SET status = 'CANCELLED', updated_at = $2
        WHERE step_id = $1 AND status = 'SCHEDULED' AND NOT (kind = 'STEP_CANCELLED' AND to_address <> $3) AND kind <> 'STEP_REMINDER'`,
      [step.id, now, candidate.email],
    );
    const delivered = await this.delivered(db, step.id);
    const facts = await this.calendarFacts(db, step, candidate, now);
    const message = calendarMessage(delivered, facts);
    if (!message) return null;
    if (message.method === 'REQUEST' && candidate.unsubscribedAt) return null;
    const kind: StepEmailKind = message.method === 'CANCEL' ? 'STEP_CANCELLED' : delivered?.fingerprint ? 'STEP_UPDATED' : 'STEP_SCHEDULED';
    // A cancellation goes where the event is: the address its invitation went to.
    const to = message.method === 'CANCEL' ? ((await this.deliveredTo(db, step.id)) ?? candidate.email) : candidate.email;
    return this.queueMessage(db, { step, candidate, kind, sequence: message.sequence, fingerprint: message.method === 'REQUEST' ? facts.fingerprint : null, to, delivered, now });
  }

  /**
   * Moves the candidate's events to their new address: for each step whose invitation went to
   * another address, a cancellation to that address (its calendar keeps nothing stale) and, when
   * the step still wants its event, an invitation to the new one, each with a higher SEQUENCE.
   */
  async candidateAddressChanged(db: EntityManager, candidate: CandidateEntity, now: Date): Promise<void> {
    const steps = await db.find(NextStepEntity, { where: { candidateId: candidate.id }, lock: { mode: 'pessimistic_write' } });
    for (const step of steps) {
      const old = await this.deliveredTo(db, step.id);
      const delivered = await this.delivered(db, step.id);
      if (!old || old === candidate.email || !delivered?.fingerprint) continue;
      await db.query(`UPDATE email_messages SET status = 'CANCELLED', updated_at = $2 WHERE step_id = $1 AND status = 'SCHEDULED' AND kind <> 'STEP_REMINDER'`, [step.id, now]);
      const cancelSequence = Math.max(step.sequence, delivered.sequence) + 1;
      await this.queueMessage(db, { step, candidate, kind: 'STEP_CANCELLED', sequence: cancelSequence, fingerprint: null, to: old, delivered, now });
      const facts = await this.calendarFacts(db, step, candidate, now);
      const wanted = wantedCalendarEntry(facts);
      if (wanted && !candidate.unsubscribedAt) {
        await this.queueMessage(db, { step, candidate, kind: 'STEP_SCHEDULED', sequence: cancelSequence + 1, fingerprint: wanted, to: candidate.email, delivered: null, now });
      }
    }
  }

  /** Queues one step email (raising the step's SEQUENCE to it) to `to`, the ATTENDEE too. */
  private async queueMessage(
    db: EntityManager,
    m: {
      step: NextStepEntity;
      candidate: CandidateEntity;
      kind: StepEmailKind;
      sequence: number;
      fingerprint: string | null;
      to: string;
      delivered: DeliveredCalendarMessage | null;
      now: Date;
    },
  ): Promise<string | null> {
    const { step, candidate, kind, sequence, now } = m;
    if (sequence > step.sequence) {
      step.sequence = sequence;
      await db.update(NextStepEntity, { id: step.id }, { sequence });
    }
    const organization = await db.findOneByOrFail(OrganizationEntity, { id: candidate.organizationId });
    const content = await this.content(db, { step, candidate, organization, kind, sequence, delivered: m.delivered, attendeeEmail: m.to, now });
    return this.outbox.add(db, {
      organizationId: candidate.organizationId,
      candidateId: candidate.id,
      memberId: null,
      kind,
      to: m.to,
      ...content,
      sendAfter: deliveryTime(now, 0, quietHoursOf(organization), organization.timeZone),
      now,
      calendar: { stepId: step.id, fingerprint: m.fingerprint, sequence },
    });
  }

  /**
   * A step email's content for the step and candidate as they are now: the words, the iTIP
   * message (RFC 5546: METHOD:REQUEST, or CANCEL for STEP_CANCELLED, with the given SEQUENCE and
   * the candidate as ATTENDEE) and the List-Unsubscribe headers. `delivered` is what the
   * candidate's calendar holds; read here when not given (a CANCEL of a step that lost its date
   * names the date they received).
   */
  async content(
    db: EntityManager,
    input: {
      step: NextStepEntity;
      candidate: CandidateEntity;
      organization: OrganizationEntity;
      kind: StepEmailKind;
      sequence: number;
      delivered?: DeliveredCalendarMessage | null;
      /** The email being rendered, which does not count as delivered while it is being sent. */
      exceptEmailId?: string;
      /** The ATTENDEE's address: the candidate's, or for a CANCEL the one their event was sent to. */
      attendeeEmail?: string;
      now: Date;
    },
  ): Promise<Pick<NewEmail, 'rendered' | 'headers' | 'attachments'>> {
    const { step, candidate, organization, kind, sequence, now } = input;
    const method = kind === 'STEP_CANCELLED' ? 'CANCEL' : 'REQUEST';
    const delivered = input.delivered === undefined ? await this.delivered(db, step.id, input.exceptEmailId) : input.delivered;
    const job = await db.findOneByOrFail(JobEntity, { id: candidate.jobId });
    const link = await db.findOneByOrFail(StatusLinkEntity, { candidateId: candidate.id });
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
    const ics = stepCalendar(
      { ...this.calendarStep(step, delivered, now), sequence },
      {
        method,
        jobTitle: job.title,
        organizationName: organization.name,
        statusUrl: this.statusLinks.urlOf(link),
        now,
        organizer: { name: organization.name, email: senderAddress(this.config.mail.from) },
        attendee: { name: candidate.name, email: input.attendeeEmail ?? candidate.email },
      },
    )!;
    return {
      rendered,
      headers: UnsubscribeLinks.headers(unsubscribeUrl),
      attachments: [{ filename: method === 'CANCEL' ? 'cancel.ics' : 'invite.ics', contentType: `text/calendar; charset=utf-8; method=${method}`, content: ics }],
    };
  }

  /** What the calendar rule needs to know of a step and its candidate at `now` (libs/domain step-calendar-rule.ts). */
  async calendarFacts(db: EntityManager, step: NextStepEntity, candidate: CandidateEntity, now: Date): Promise<StepCalendarFacts> {
    const stage = await db.findOneByOrFail(StageEntity, { id: candidate.stageId });
    return {
      state: step.state,
      visibleToCandidate: step.visibleToCandidate,
      dated: !!(step.startsAt ?? step.dueAt),
      teamDate: step.kind === 'DECISION',
      behind: stepIsBehind(step, now),
      // An outcome still in its undo window has not happened for the candidate yet.
      candidateInProcess: !candidate.archivedAt && (!isFinalStageKind(stage.kind) || outcomePending(candidate.outcomePendingUntil, now)),
      fingerprint: calendarFingerprint(step),
      sequence: step.sequence,
    };
  }

  /** The address the candidate received the step's last invitation or update at, if any: where its event is. */
  async deliveredTo(db: EntityManager, stepId: string): Promise<string | null> {
    const [row] = await db.query(
      `SELECT to_address FROM email_messages
        WHERE step_id = $1 AND status IN ('SENDING', 'SENT') AND calendar_fingerprint IS NOT NULL
        ORDER BY calendar_sequence DESC, created_at DESC LIMIT 1`,
      [stepId],
    );
    return row?.to_address ?? null;
  }

  /** What the candidate's calendar holds of the step: the last message sent (or being sent), if any. */
  private async delivered(db: EntityManager, stepId: string, exceptEmailId?: string): Promise<DeliveredCalendarMessage | null> {
    const [last] = await db.query(
      `SELECT calendar_fingerprint, calendar_sequence FROM email_messages
        WHERE step_id = $1 AND status IN ('SENDING', 'SENT') AND id IS DISTINCT FROM $2::uuid AND kind <> 'STEP_REMINDER'
        ORDER BY calendar_sequence DESC, created_at DESC LIMIT 1`,
      [stepId, exceptEmailId ?? null],
    );
    return last ? { fingerprint: last.calendar_fingerprint, sequence: last.calendar_sequence } : null;
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
