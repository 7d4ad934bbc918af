import { Injectable, Logger } from '@nestjs/common';
import { deliveryTime } from '@candor/domain';
import { CheckInReplyEmailVariables, DEFAULT_CHECK_IN_REPLY_TEMPLATE, EmailTemplate, renderCheckInReplyEmail, RenderedEmail, TemplateRenderError } from '@candor/emails';
import { EntityManager } from 'typeorm';
import { CheckInEntity } from '../candidate-status/check-in.entity';
import { CandidateEntity } from '../candidates/candidate.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { StatusLinkEntity } from '../status-links/status-link.entity';
import { StatusLinksService } from '../status-links/status-links.service';
import { formatCalendarDay } from './email-formatting';
import { EmailOutbox } from './email-outbox';
import { OrganizationEmailTemplateEntity } from './organization-email-template.entity';
import { quietHoursOf } from './quiet-hours';
import { TemplatePool } from './template-pool';
import { UnsubscribeLinks } from './unsubscribe-links';
import { candidateEmailBasics } from './candidate-email-basics';

/** What a CHECK_IN_REPLY email says: the candidate's words (null: none), the reply, the new day ("YYYY-MM-DD") or null. */
export interface CheckInReplyFacts {
  checkInMessage: string | null;
  reply: string;
  newDay: string | null;
}

/** How long a reply waits for a template worker thread before it sends the default words, in ms. */
const REPLY_RENDER_WAIT_MS = 1_000;

/**
 * The email that brings the team's answer to a candidate's check-in: queued inside the caller's
 * transaction (after quiet hours), rendered again from the check-in row when it is sent
 * (EmailRecomposer), and cancelled then when the candidate was archived or the check-in deleted.
 */
@Injectable()
export class CheckInReplyEmailsService {
  private readonly logger = new Logger('CheckInReplyEmails');

  constructor(
    private readonly outbox: EmailOutbox,
    private readonly statusLinks: StatusLinksService,
    private readonly unsubscribe: UnsubscribeLinks,
    private readonly templates: TemplatePool,
  ) {}

  /** Queues the reply's email: its ID, or null when the candidate asked for no more emails or is archived. */
  async onReply(db: EntityManager, candidate: CandidateEntity, checkIn: CheckInEntity, now: Date): Promise<string | null> {
    if (candidate.unsubscribedAt || candidate.archivedAt) return null;
    const organization = await db.findOneByOrFail(OrganizationEntity, { id: candidate.organizationId });
    const content = await this.content(db, candidate, organization, CheckInReplyEmailsService.factsOf(checkIn), now, REPLY_RENDER_WAIT_MS);
    return this.outbox.add(db, {
      organizationId: candidate.organizationId,
      candidateId: candidate.id,
      memberId: null,
      kind: 'CHECK_IN_REPLY',
      to: candidate.email,
      ...content,
      sendAfter: deliveryTime(now, 0, quietHoursOf(organization), organization.timeZone),
      now,
      checkInId: checkIn.id,
      messageKey: `check-in-reply-${checkIn.id}`,
    });
  }

  /** The facts of an answered check-in (its reply must be set). */
  static factsOf(checkIn: CheckInEntity): CheckInReplyFacts {
    return { checkInMessage: checkIn.message, reply: checkIn.replyMessage ?? '', newDay: checkIn.replyNewDay };
  }

  /**
   * The email's content for the candidate and data as they are now (the organization's template;
   * the default words when that fails its limits) and its List-Unsubscribe headers. With
   * `maxWaitMs` a busy pool gives the default words; without it (at send time) it throws BUSY.
   */
  async content(
    db: EntityManager,
    candidate: CandidateEntity,
    organization: OrganizationEntity,
    facts: CheckInReplyFacts,
    now: Date,
    maxWaitMs?: number,
  ): Promise<{ rendered: RenderedEmail; headers: Record<string, string> }> {
    const { rendered, unsubscribeUrl } = await this.compose(db, candidate, organization, facts, now, { maxWaitMs });
    return { rendered, headers: UnsubscribeLinks.headers(unsubscribeUrl) };
  }

  /**
   * The email for this candidate, rendered but not sent (for previews). With a `templateOverride`
   * (an unsaved draft) a failure to render is thrown, for the editor to show.
   * @throws TemplateRenderError when the draft exceeds a rendering limit.
   */
  async render(
    db: EntityManager,
    candidate: CandidateEntity,
    organization: OrganizationEntity,
    facts: CheckInReplyFacts,
    now: Date,
    templateOverride?: EmailTemplate,
  ): Promise<RenderedEmail> {
    return (await this.compose(db, candidate, organization, facts, now, { templateOverride })).rendered;
  }

  /** The placeholders' values for a real candidate (their stage as they see it now: candidateEmailBasics). */
  async variables(db: EntityManager, candidate: CandidateEntity, organization: OrganizationEntity, facts: CheckInReplyFacts, now: Date): Promise<CheckInReplyEmailVariables> {
    return {
      ...(await candidateEmailBasics(db, this.statusLinks, candidate, organization, now)),
      check_in_message: facts.checkInMessage ?? '',
      reply: facts.reply,
      promised_date: facts.newDay ? formatCalendarDay(facts.newDay) : '',
    };
  }

  private async compose(
    db: EntityManager,
    candidate: CandidateEntity,
    organization: OrganizationEntity,
    facts: CheckInReplyFacts,
    now: Date,
    { templateOverride, maxWaitMs }: { templateOverride?: EmailTemplate; maxWaitMs?: number },
  ): Promise<{ rendered: RenderedEmail; unsubscribeUrl: string }> {
    const variables = await this.variables(db, candidate, organization, facts, now);
    const link = await db.findOneByOrFail(StatusLinkEntity, { candidateId: candidate.id });
    const unsubscribeUrl = this.unsubscribe.urlFor(link);
    const custom = templateOverride ? null : await db.findOneBy(OrganizationEmailTemplateEntity, { organizationId: organization.id, kind: 'CHECK_IN_REPLY' });
    const theirs = templateOverride ?? (custom ? { subject: custom.subject, body: custom.body } : null);
    const ours = () => renderCheckInReplyEmail(this.templates, DEFAULT_CHECK_IN_REPLY_TEMPLATE, variables, { unsubscribeUrl, trusted: true });
    if (!theirs) return { rendered: await ours(), unsubscribeUrl };
    try {
      return { rendered: await renderCheckInReplyEmail(this.templates, theirs, variables, { unsubscribeUrl, maxWaitMs }), unsubscribeUrl };
    } catch (error) {
      if (!(error instanceof TemplateRenderError) || templateOverride) throw error;
      if (error.reason === 'BUSY' && maxWaitMs === undefined) throw error;
      this.logger.warn(`The CHECK_IN_REPLY template of organization ${organization.id} could not be rendered (${error.reason}); the default template was used.`);
      return { rendered: await ours(), unsubscribeUrl };
    }
  }
}
