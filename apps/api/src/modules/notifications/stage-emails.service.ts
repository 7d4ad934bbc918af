import { Injectable, Logger } from '@nestjs/common';
import { deliveryTime, NEXT_STEP_KIND_LABELS } from '@candor/domain';
import { DEFAULT_TEMPLATES, EmailTemplate, firstName, renderStageEmail, RenderedEmail, StageEmailVariables, TemplateRenderError } from '@candor/emails';
import { EntityManager } from 'typeorm';
import { CandidateEntity } from '../candidates/candidate.entity';
import { JobEntity } from '../jobs/job.entity';
import { StageEntity } from '../jobs/stage.entity';
import { NextStepEntity } from '../next-steps/next-step.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { StatusLinkEntity } from '../status-links/status-link.entity';
import { StatusLinksService } from '../status-links/status-links.service';
import { formatCalendarDay, formatInstant } from './email-formatting';
import { EmailOutbox } from './email-outbox';
import { EmailTemplateEntity } from './email-template.entity';
import { quietHoursOf } from './quiet-hours';
import { TemplatePool } from './template-pool';
import { UnsubscribeLinks } from './unsubscribe-links';

export interface StageChange {
  candidate: CandidateEntity;
  stage: StageEntity;
  /** The mover's `notify` (the stage's own switch is checked here). */
  notify: boolean;
  messageToCandidate: string | null;
  now: Date;
  /** The stage the candidate sees after the change (the stage before a pending outcome): its held email is kept. */
  visibleStageId: string;
}

/** How long a move waits for a template worker thread before it sends the default words, in ms. */
const MOVE_RENDER_WAIT_MS = 1_000;

interface ComposedEmail {
  rendered: RenderedEmail;
  unsubscribeUrl: string;
}

/**
 * The email a stage change sends: decided and queued inside the move's transaction, with the
 * stage and the mover's message recorded, and rendered again when it is sent (EmailRecomposer).
 */
@Injectable()
export class StageEmailsService {
  private readonly logger = new Logger('StageEmails');

  constructor(
    private readonly outbox: EmailOutbox,
    private readonly statusLinks: StatusLinksService,
    private readonly unsubscribe: UnsubscribeLinks,
    private readonly templates: TemplatePool,
  ) {}

  async onStageChanged(db: EntityManager, change: StageChange): Promise<string | null> {
    const { candidate, stage, now } = change;
    // Only the latest applicable stage email goes: a move inside a delay window cancels the
    // pending one, except the email of the stage the candidate still sees (a pending outcome).
    await db.query(
      `UPDATE email_messages SET status = 'CANCELLED', last_error = 'Replaced by a later move before it was sent.', updated_at = $2
        WHERE candidate_id = $1 AND kind = 'STAGE_CHANGED' AND status = 'SCHEDULED' AND stage_id IS DISTINCT FROM $3`,
      [candidate.id, now, change.visibleStageId],
    );
    if (!change.notify || !stage.notifyCandidates || candidate.unsubscribedAt) return null;
    const organization = await db.findOneByOrFail(OrganizationEntity, { id: candidate.organizationId });
    const messageToCandidate = change.messageToCandidate ?? '';
    const content = await this.content(db, candidate, stage, organization, messageToCandidate, now, MOVE_RENDER_WAIT_MS);
    const quiet = quietHoursOf(organization);
    const sendAfter = deliveryTime(now, stage.emailDelayMinutes, quiet, organization.timeZone);
    return this.outbox.add(db, {
      organizationId: candidate.organizationId,
      candidateId: candidate.id,
      memberId: null,
      kind: 'STAGE_CHANGED',
      to: candidate.email,
      ...content,
      sendAfter,
      now,
      stageEvent: { stageId: stage.id, messageToCandidate },
    });
  }

  /**
   * The stage email's content for the candidate and data as they are now: its words (the
   * stage's template; the default words when the template fails its limits) and its
   * List-Unsubscribe headers (RFC 8058). With `maxWaitMs` (inside a move) a busy template pool
   * also gives the default words; without it (at send time) it throws TemplateRenderError BUSY,
   * and the email is tried again later with its own words.
   */
  async content(
    db: EntityManager,
    candidate: CandidateEntity,
    stage: StageEntity,
    organization: OrganizationEntity,
    messageToCandidate: string,
    now: Date,
    maxWaitMs?: number,
  ): Promise<{ rendered: RenderedEmail; headers: Record<string, string> }> {
    const { rendered, unsubscribeUrl } = await this.compose(db, candidate, stage, organization, messageToCandidate, now, { maxWaitMs });
    return { rendered, headers: UnsubscribeLinks.headers(unsubscribeUrl) };
  }

  /**
   * The stage's email for this candidate, rendered but not sent (for previews). With a
   * `templateOverride` (an unsaved draft) a failure to render is thrown, for the editor to show.
   * @throws TemplateRenderError when the draft exceeds a rendering limit.
   */
  async render(
    db: EntityManager,
    candidate: CandidateEntity,
    stage: StageEntity,
    organization: OrganizationEntity,
    messageToCandidate: string,
    now: Date,
    templateOverride?: EmailTemplate,
  ): Promise<RenderedEmail> {
    return (await this.compose(db, candidate, stage, organization, messageToCandidate, now, { templateOverride })).rendered;
  }

  private async compose(
    db: EntityManager,
    candidate: CandidateEntity,
    stage: StageEntity,
    organization: OrganizationEntity,
    messageToCandidate: string,
    now: Date,
    { templateOverride, maxWaitMs }: { templateOverride?: EmailTemplate; maxWaitMs?: number },
  ): Promise<ComposedEmail> {
    // One after another: inside a transaction these share one connection.
    const job = await db.findOneByOrFail(JobEntity, { id: candidate.jobId });
    const link = await db.findOneByOrFail(StatusLinkEntity, { candidateId: candidate.id });
    const steps = await db.find(NextStepEntity, { where: { candidateId: candidate.id, state: 'PLANNED', visibleToCandidate: true } });
    const custom = templateOverride ? null : await db.findOneBy(EmailTemplateEntity, { stageId: stage.id });
    const next = steps
      .map((s) => ({ step: s, at: s.startsAt ?? s.dueAt }))
      .filter((s): s is { step: NextStepEntity; at: Date } => !!s.at && s.at.getTime() >= now.getTime())
      .sort((a, b) => a.at.getTime() - b.at.getTime())[0];
    const variables: StageEmailVariables = {
      candidate: { name: candidate.name, first_name: firstName(candidate.name) },
      job: { title: job.title },
      organization: { name: organization.name },
      stage: { label: stage.candidateLabel, description: stage.candidateDescription },
      next_step: next
        ? { title: next.step.title, kind: NEXT_STEP_KIND_LABELS[next.step.kind], when: formatInstant(next.at, organization.timeZone) }
        : null,
      promised_date: candidate.expectedResponseBy ? formatCalendarDay(candidate.expectedResponseBy) : '',
      message: messageToCandidate,
      status_link: this.statusLinks.urlOf(link),
    };
    const unsubscribeUrl = this.unsubscribe.urlFor(link);
    const ours = DEFAULT_TEMPLATES[stage.kind];
    const theirs = templateOverride ?? (custom ? { subject: custom.subject, body: custom.body } : null);
    if (!theirs) return { rendered: await renderStageEmail(this.templates, ours, variables, { unsubscribeUrl, trusted: true }), unsubscribeUrl };
    try {
      // Inside a move's transaction a caller waits for a worker thread briefly, then sends the default words.
      return { rendered: await renderStageEmail(this.templates, theirs, variables, { unsubscribeUrl, maxWaitMs }), unsubscribeUrl };
    } catch (error) {
      // A draft's failure is for the editor to show; a busy pool at send time is tried again later.
      if (!(error instanceof TemplateRenderError) || templateOverride) throw error;
      if (error.reason === 'BUSY' && maxWaitMs === undefined) throw error;
      // The candidate still hears from us: with the stage kind's default words, rendered in-process
      // (so neither a hostile template nor a busy pool can fail the move). Logged with the
      // template's ID and the kind of failure only, never values that were rendered.
      this.logger.warn(`Email template ${custom!.id} (stage ${stage.id}) could not be rendered (${error.reason}); the default template was used.`);
      return { rendered: await renderStageEmail(this.templates, ours, variables, { unsubscribeUrl, trusted: true }), unsubscribeUrl };
    }
  }
}
