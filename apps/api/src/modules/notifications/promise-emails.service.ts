import { Injectable, Logger } from '@nestjs/common';
import { deliveryTime, PromiseOutcome } from '@candor/domain';
import { DEFAULT_PROMISE_EXTENDED_TEMPLATE, EmailTemplate, PromiseEmailVariables, renderPromiseEmail, RenderedEmail, TemplateRenderError } from '@candor/emails';
import { EntityManager } from 'typeorm';
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

/** What a PROMISE_EXTENDED email says: the days as "YYYY-MM-DD" in the organization's zone, the reason as the candidate reads it. */
export interface PromiseExtensionFacts {
  previousDay: string;
  newDay: string;
  reason: string;
  /** Business days a pre-approved extension added; null for a change a member made. */
  businessDays: number | null;
}

/** A promised reply day that moved later before it lapsed (the ledger decides when). */
export interface PromiseExtended extends PromiseExtensionFacts {
  candidate: CandidateEntity;
  /** The NEW open promise. */
  promiseId: string;
  now: Date;
}

/** The promise an email announces, as the ledger holds it now. */
export interface LedgerPromise {
  outcome: PromiseOutcome;
  /** Null when the ledger has no promise this one replaced. */
  facts: PromiseExtensionFacts | null;
}

/** How long a change waits for a template worker thread before it sends the default words, in ms. */
const CHANGE_RENDER_WAIT_MS = 1_000;

/**
 * The email that tells a candidate their promised reply day moved later: decided and queued
 * inside the caller's transaction (after quiet hours), rendered again when it is sent
 * (EmailRecomposer), and cancelled then when the promise it announces is no longer OPEN.
 */
@Injectable()
export class PromiseEmailsService {
  private readonly logger = new Logger('PromiseEmails');

  constructor(
    private readonly outbox: EmailOutbox,
    private readonly statusLinks: StatusLinksService,
    private readonly unsubscribe: UnsubscribeLinks,
    private readonly templates: TemplatePool,
  ) {}

  /**
   * Queues the email for `e`, inside the caller's transaction: the email's ID, or null when the
   * candidate asked for no more emails or is archived. An earlier such email not yet sent is
   * cancelled: only the latest day is told.
   */
  async onPromiseExtended(db: EntityManager, e: PromiseExtended): Promise<string | null> {
    const { candidate, now } = e;
    await db.query(
      `UPDATE email_messages SET status = 'CANCELLED', last_error = 'Replaced by a later change of the promised day before it was sent.', updated_at = $2
        WHERE candidate_id = $1 AND kind = 'PROMISE_EXTENDED' AND status = 'SCHEDULED'`,
      [candidate.id, now],
    );
    if (candidate.unsubscribedAt || candidate.archivedAt) return null;
    const organization = await db.findOneByOrFail(OrganizationEntity, { id: candidate.organizationId });
    const content = await this.content(db, candidate, organization, e, now, CHANGE_RENDER_WAIT_MS);
    return this.outbox.add(db, {
      organizationId: candidate.organizationId,
      candidateId: candidate.id,
      memberId: null,
      kind: 'PROMISE_EXTENDED',
      to: candidate.email,
      ...content,
      sendAfter: deliveryTime(now, 0, quietHoursOf(organization), organization.timeZone),
      now,
      promiseId: e.promiseId,
    });
  }

  /**
   * The promise `promiseId` as the ledger holds it now, with the day it replaced (the promise
   * whose `extended_by_id` it is) and, for one Candor made on a pre-approval, the business days
   * that pre-approval gave; null when there is no such promise.
   */
  async ledgerPromise(db: EntityManager, promiseId: string): Promise<LedgerPromise | null> {
    const [row] = (await db.query(
      `SELECT p.outcome, p.promised_day::text AS "newDay", p.reason, p.automatic,
              prev.promised_day::text AS "previousDay", prev.fallback_extension_days AS "fallbackDays"
         FROM candidate_promises p
         LEFT JOIN LATERAL (SELECT promised_day, fallback_extension_days FROM candidate_promises
                             WHERE extended_by_id = p.id ORDER BY made_at DESC LIMIT 1) prev ON true
        WHERE p.id = $1`,
      [promiseId],
    )) as { outcome: PromiseOutcome; newDay: string; reason: string | null; automatic: boolean; previousDay: string | null; fallbackDays: number | null }[];
    if (!row) return null;
    const facts = row.previousDay
      ? { previousDay: row.previousDay, newDay: row.newDay, reason: row.reason ?? '', businessDays: row.automatic ? row.fallbackDays : null }
      : null;
    return { outcome: row.outcome, facts };
  }

  /**
   * The email's content for the candidate and data as they are now: its words (the
   * organization's template; the default words when that fails its limits) and its
   * List-Unsubscribe headers (RFC 8058). With `maxWaitMs` a busy template pool also gives the
   * default words; without it (at send time) it throws TemplateRenderError BUSY, to be tried again.
   */
  async content(
    db: EntityManager,
    candidate: CandidateEntity,
    organization: OrganizationEntity,
    facts: PromiseExtensionFacts,
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
    facts: PromiseExtensionFacts,
    now: Date,
    templateOverride?: EmailTemplate,
  ): Promise<RenderedEmail> {
    return (await this.compose(db, candidate, organization, facts, now, { templateOverride })).rendered;
  }

  /** The placeholders' values for a real candidate (their stage as they see it now: candidateEmailBasics). */
  async variables(db: EntityManager, candidate: CandidateEntity, organization: OrganizationEntity, facts: PromiseExtensionFacts, now: Date): Promise<PromiseEmailVariables> {
    return {
      ...(await candidateEmailBasics(db, this.statusLinks, candidate, organization, now)),
      previous_date: formatCalendarDay(facts.previousDay),
      promised_date: formatCalendarDay(facts.newDay),
      reason: facts.reason,
      extension_days: facts.businessDays === null ? '' : String(facts.businessDays),
    };
  }

  private async compose(
    db: EntityManager,
    candidate: CandidateEntity,
    organization: OrganizationEntity,
    facts: PromiseExtensionFacts,
    now: Date,
    { templateOverride, maxWaitMs }: { templateOverride?: EmailTemplate; maxWaitMs?: number },
  ): Promise<{ rendered: RenderedEmail; unsubscribeUrl: string }> {
    const variables = await this.variables(db, candidate, organization, facts, now);
    const link = await db.findOneByOrFail(StatusLinkEntity, { candidateId: candidate.id });
    const unsubscribeUrl = this.unsubscribe.urlFor(link);
    const custom = templateOverride ? null : await db.findOneBy(OrganizationEmailTemplateEntity, { organizationId: organization.id, kind: 'PROMISE_EXTENDED' });
    const theirs = templateOverride ?? (custom ? { subject: custom.subject, body: custom.body } : null);
    const ours = () => renderPromiseEmail(this.templates, DEFAULT_PROMISE_EXTENDED_TEMPLATE, variables, { unsubscribeUrl, trusted: true });
    if (!theirs) return { rendered: await ours(), unsubscribeUrl };
    try {
      return { rendered: await renderPromiseEmail(this.templates, theirs, variables, { unsubscribeUrl, maxWaitMs }), unsubscribeUrl };
    } catch (error) {
      // A draft's failure is for the editor to show; a busy pool at send time is tried again later.
      if (!(error instanceof TemplateRenderError) || templateOverride) throw error;
      if (error.reason === 'BUSY' && maxWaitMs === undefined) throw error;
      // The candidate still hears from us, in Candor's words. Logged with the kind of failure only, never rendered values.
      this.logger.warn(`The PROMISE_EXTENDED template of organization ${organization.id} could not be rendered (${error.reason}); the default template was used.`);
      return { rendered: await ours(), unsubscribeUrl };
    }
  }
}
