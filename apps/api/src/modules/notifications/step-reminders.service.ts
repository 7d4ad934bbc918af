import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { isFinalStageKind, NEXT_STEP_KIND_LABELS, outcomePending, stepReminderDecision } from '@candor/domain';
import { DEFAULT_STEP_REMINDER_TEMPLATE, EmailTemplate, firstName, renderStepReminderEmail, RenderedEmail, StepReminderVariables, TemplateRenderError } from '@candor/emails';
import { DataSource, EntityManager } from 'typeorm';
import { CandidateEntity } from '../candidates/candidate.entity';
import { JobEntity } from '../jobs/job.entity';
import { StageEntity } from '../jobs/stage.entity';
import { NextStepEntity } from '../next-steps/next-step.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { StatusLinkEntity } from '../status-links/status-link.entity';
import { StatusLinksService } from '../status-links/status-links.service';
import { formatInstant } from './email-formatting';
import { EmailOutbox } from './email-outbox';
import { OrganizationEmailTemplateEntity } from './organization-email-template.entity';
import { quietHoursOf } from './quiet-hours';
import { SchedulerTick } from './scheduler-tick';
import { TemplatePool } from './template-pool';
import { UnsubscribeLinks } from './unsubscribe-links';

/** How long a tick waits for a template worker thread before it sends the default words, in ms. */
const TICK_RENDER_WAIT_MS = 1_000;

/** Steps one tick decides at most (the rest wait for the next tick, a minute later). */
const REMINDERS_PER_TICK = 200;

/** Why a queued reminder no longer goes, or null when it still does (EmailRecomposer, at send time). */
export function reminderStillDue(step: NextStepEntity | null, sequence: number | null, candidate: CandidateEntity, stageKind: string, now: Date): string | null {
  if (!step) return 'The step was deleted.';
  if (step.state !== 'PLANNED') return `The step is ${step.state.toLowerCase()}.`;
  if (!step.visibleToCandidate) return 'The step is hidden from the candidate.';
  if (sequence !== null && step.sequence !== sequence) return 'The step moved after this reminder was written: its new time gets its own reminder.';
  const at = step.startsAt ?? step.dueAt;
  if (!at || at.getTime() <= now.getTime()) return 'The step has begun or lost its date.';
  if (candidate.archivedAt) return 'The candidate was archived.';
  // An outcome still in its undo window counts too: a reminder of an interview the candidate is
  // about to hear they will not have is worse than none (undone, the next tick reminds them).
  if (isFinalStageKind(stageKind as never)) {
    return outcomePending(candidate.outcomePendingUntil, now) ? 'The candidate has an outcome waiting out its undo window.' : 'The candidate reached an outcome.';
  }
  return null;
}

/**
 * Reminders to candidates before their steps (STEP_REMINDER), decided on each scheduler tick:
 * for each PLANNED step the candidate sees, dated (its start; for a deadline-only step its due
 * time), not a DECISION (a date for the team), whose reminder time (the time minus the
 * organization's `stepReminderHours`, real hours) has come, one email per step version
 * (`sequence`): the version is claimed on `next_steps.reminded_sequence` by one conditional
 * UPDATE and the email has a Message-ID made of step and version, so repeated or concurrent
 * ticks queue it once. stepReminderDecision (libs/domain) decides: none for a past step, none
 * when the candidate was emailed this version within the window (a step made or moved less than
 * that many hours before it), held by quiet hours but skipped when they would hold it past the
 * start. None for archived candidates, candidates with an outcome (even one still in its undo
 * window), or who unsubscribed (they are not claimed: a later change of theirs, an undone outcome
 * say, is seen by the next tick). Rendered again at send time
 * (EmailRecomposer) and cancelled then if the step changed, was cancelled or hidden, or the candidate left.
 */
@Injectable()
export class StepRemindersService implements OnModuleInit {
  private readonly logger = new Logger('StepReminders');

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EmailOutbox,
    private readonly statusLinks: StatusLinksService,
    private readonly unsubscribe: UnsubscribeLinks,
    private readonly templates: TemplatePool,
    private readonly scheduler: SchedulerTick,
  ) {}

  onModuleInit(): void {
    this.scheduler.useStep('stepReminders', (now) => this.tick(now));
  }

  /** Decides the reminders due at `now`; returns how many were queued. */
  async tick(now: Date): Promise<number> {
    const rows = (await this.dataSource.query(
      `SELECT s.id FROM next_steps s
         JOIN candidates c ON c.id = s.candidate_id
         JOIN organizations o ON o.id = s.organization_id
        WHERE s.state = 'PLANNED' AND s.visible_to_candidate AND s.kind <> 'DECISION'
          AND COALESCE(s.starts_at, s.due_at) > $1
          -- The widest window an organization may choose (168 hours): the index reads only these.
          AND COALESCE(s.starts_at, s.due_at) <= $1::timestamptz + interval '168 hours'
          AND o.step_reminder_hours IS NOT NULL
          AND COALESCE(s.starts_at, s.due_at) - make_interval(hours => o.step_reminder_hours) <= $1
          AND s.reminded_sequence IS DISTINCT FROM s.sequence
          AND c.archived_at IS NULL AND c.unsubscribed_at IS NULL
          AND (c.outcome_pending_until IS NULL OR c.outcome_pending_until <= $1)
        ORDER BY COALESCE(s.starts_at, s.due_at) LIMIT $2`,
      [now, REMINDERS_PER_TICK],
    )) as { id: string }[];
    let queued = 0;
    for (const { id } of rows) {
      try {
        if (await this.dataSource.transaction((db) => this.remind(db, id, now))) queued += 1;
      } catch (error) {
        // One step's failure holds back no other; the next tick tries it again.
        this.logger.error(`Reminding of step ${id} failed at ${now.toISOString()}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return queued;
  }

  /** One step's reminder, in its own transaction: claims the version, then queues the email (or skips it for good). */
  private async remind(db: EntityManager, stepId: string, now: Date): Promise<boolean> {
    // The step row is locked by the claim: a concurrent tick waits, then finds it claimed.
    const [claimed] = (await db.query(
      `UPDATE next_steps SET reminded_sequence = sequence
        WHERE id = $1 AND state = 'PLANNED' AND visible_to_candidate AND reminded_sequence IS DISTINCT FROM sequence
        RETURNING sequence`,
      [stepId],
    )) as [{ sequence: number }[], number];
    if (claimed.length === 0) return false;
    const step = await db.findOneByOrFail(NextStepEntity, { id: stepId });
    const candidate = await db.findOneByOrFail(CandidateEntity, { id: step.candidateId });
    const stage = await db.findOneByOrFail(StageEntity, { id: candidate.stageId });
    const organization = await db.findOneByOrFail(OrganizationEntity, { id: step.organizationId });
    const at = step.startsAt ?? step.dueAt;
    if (!at || organization.stepReminderHours === null || reminderStillDue(step, step.sequence, candidate, stage.kind, now) || candidate.unsubscribedAt) return false;
    const [last] = (await db.query(
      // When it was (or is to be) sent, on Candor's clock (created_at is the database's).
      `SELECT max(send_after) AS at FROM email_messages
        WHERE step_id = $1 AND kind IN ('STEP_SCHEDULED', 'STEP_UPDATED') AND calendar_sequence = $2 AND status NOT IN ('CANCELLED', 'FAILED')`,
      [step.id, step.sequence],
    )) as { at: Date | null }[];
    const decision = stepReminderDecision({ at, lastStepEmailAt: last?.at ?? null }, organization.stepReminderHours, now, quietHoursOf(organization), organization.timeZone);
    if (decision.action === 'WAIT') {
      // Not yet (the organization's hours changed since the search): released for a later tick.
      await db.query(`UPDATE next_steps SET reminded_sequence = NULL WHERE id = $1`, [step.id]);
      return false;
    }
    if (decision.action === 'SKIP') return false;
    const content = await this.content(db, step, candidate, organization, TICK_RENDER_WAIT_MS);
    const id = await this.outbox.add(db, {
      organizationId: organization.id,
      candidateId: candidate.id,
      memberId: null,
      kind: 'STEP_REMINDER',
      to: candidate.email,
      ...content,
      sendAfter: decision.sendAfter,
      now,
      messageKey: `step-reminder.${step.id}.${step.sequence}`,
      // The step and the version reminded of (no calendar part: the fingerprint stays null).
      calendar: { stepId: step.id, fingerprint: null, sequence: step.sequence },
    });
    return id !== null;
  }

  /**
   * The reminder's content for the step and candidate as they are now: its words (the
   * organization's template; the default words when that fails its limits) and its
   * List-Unsubscribe headers. With `maxWaitMs` a busy pool gives the default words; without it
   * (at send time) it throws TemplateRenderError BUSY, to be tried again.
   */
  async content(
    db: EntityManager,
    step: NextStepEntity,
    candidate: CandidateEntity,
    organization: OrganizationEntity,
    maxWaitMs?: number,
  ): Promise<{ rendered: RenderedEmail; headers: Record<string, string> }> {
    const { rendered, unsubscribeUrl } = await this.compose(db, step, candidate, organization, { maxWaitMs });
    return { rendered, headers: UnsubscribeLinks.headers(unsubscribeUrl) };
  }

  /**
   * The reminder for this step, rendered but not sent (previews). With a `templateOverride` (an
   * unsaved draft) a failure to render is thrown, for the editor to show.
   */
  async render(db: EntityManager, step: NextStepEntity, candidate: CandidateEntity, organization: OrganizationEntity, templateOverride?: EmailTemplate): Promise<RenderedEmail> {
    return (await this.compose(db, step, candidate, organization, { templateOverride })).rendered;
  }

  /** The placeholders' values: the time as the step emails write it (formatInstant, the organization's zone). */
  async variables(db: EntityManager, step: NextStepEntity, candidate: CandidateEntity, organization: OrganizationEntity): Promise<StepReminderVariables> {
    const job = await db.findOneByOrFail(JobEntity, { id: candidate.jobId });
    const link = await db.findOneByOrFail(StatusLinkEntity, { candidateId: candidate.id });
    const at = step.startsAt ?? step.dueAt;
    return {
      candidate: { name: candidate.name, first_name: firstName(candidate.name) },
      job: { title: job.title },
      organization: { name: organization.name },
      step: {
        title: step.title,
        kind: NEXT_STEP_KIND_LABELS[step.kind],
        when: at ? `${step.startsAt ? '' : 'Due '}${formatInstant(at, organization.timeZone)}` : '',
        location: step.location ?? '',
        meeting_url: step.meetingUrl ?? '',
        instructions: step.instructions ?? '',
      },
      status_link: this.statusLinks.urlOf(link),
    };
  }

  private async compose(
    db: EntityManager,
    step: NextStepEntity,
    candidate: CandidateEntity,
    organization: OrganizationEntity,
    { templateOverride, maxWaitMs }: { templateOverride?: EmailTemplate; maxWaitMs?: number },
  ): Promise<{ rendered: RenderedEmail; unsubscribeUrl: string }> {
    const variables = await this.variables(db, step, candidate, organization);
    const link = await db.findOneByOrFail(StatusLinkEntity, { candidateId: candidate.id });
    const unsubscribeUrl = this.unsubscribe.urlFor(link);
    const custom = templateOverride ? null : await db.findOneBy(OrganizationEmailTemplateEntity, { organizationId: organization.id, kind: 'STEP_REMINDER' });
    const theirs = templateOverride ?? (custom ? { subject: custom.subject, body: custom.body } : null);
    const ours = () => renderStepReminderEmail(this.templates, DEFAULT_STEP_REMINDER_TEMPLATE, variables, { unsubscribeUrl, trusted: true });
    if (!theirs) return { rendered: await ours(), unsubscribeUrl };
    try {
      return { rendered: await renderStepReminderEmail(this.templates, theirs, variables, { unsubscribeUrl, maxWaitMs }), unsubscribeUrl };
    } catch (error) {
      if (!(error instanceof TemplateRenderError) || templateOverride) throw error;
      if (error.reason === 'BUSY' && maxWaitMs === undefined) throw error;
      this.logger.warn(`The STEP_REMINDER template of organization ${organization.id} could not be rendered (${error.reason}); the default template was used.`);
      return { rendered: await ours(), unsubscribeUrl };
    }
  }
}
