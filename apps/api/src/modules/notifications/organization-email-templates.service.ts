import { Inject, Injectable } from '@nestjs/common';
import { addBusinessDays, ARGUMENT_ACCESS, calendarDateInZone, roleAllows } from '@candor/domain';
import {
  CHECK_IN_REPLY_EMAIL_VARIABLES,
  DEFAULT_CHECK_IN_REPLY_TEMPLATE,
  DEFAULT_PROMISE_EXTENDED_TEMPLATE,
  DEFAULT_STEP_REMINDER_TEMPLATE,
  PROMISE_EMAIL_VARIABLES,
  renderCheckInReplyEmail,
  renderPromiseEmail,
  RenderedEmail,
  renderStepReminderEmail,
  sampleCheckInReplyVariables,
  samplePromiseVariables,
  sampleStepReminderVariables,
  STEP_REMINDER_EMAIL_VARIABLES,
  TemplateRenderError,
} from '@candor/emails';
import { CheckInReplyEmailsService, CheckInReplyFacts } from './check-in-reply-emails.service';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/domain.exception';
import { findInOrganization } from '../../common/scoped-lookup';
import { AuditLog } from '../audit/audit-log';
import { CandidateEntity } from '../candidates/candidate.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { OrganizationEntity } from '../organizations/organization.entity';
import { RateLimits } from '../rate-limits/rate-limits';
import { PreviewOrganizationEmailInput, UpdateOrganizationEmailTemplateInput } from './dto/organization-email-template.input';
import { EmailOutbox } from './email-outbox';
import { OrganizationEmailKind, OrganizationEmailTemplateEntity } from './organization-email-template.entity';
import { OrganizationEmailTemplate } from './models/organization-email-template.model';
import { PromiseEmailsService, PromiseExtensionFacts } from './promise-emails.service';
import { StepRemindersService } from './step-reminders.service';
import { NextStepEntity } from '../next-steps/next-step.entity';
import { assertTemplateRenders, renderingBusy } from './template-checks';
import { TemplatePool } from './template-pool';

/** Candor's words and the placeholders, per kind of organization email. */
const KINDS: Record<OrganizationEmailKind, { template: { subject: string; body: string }; placeholders: { name: string; description: string }[] }> = {
  PROMISE_EXTENDED: {
    template: DEFAULT_PROMISE_EXTENDED_TEMPLATE,
    placeholders: Object.entries(PROMISE_EMAIL_VARIABLES).map(([name, description]) => ({ name, description })),
  },
  CHECK_IN_REPLY: {
    template: DEFAULT_CHECK_IN_REPLY_TEMPLATE,
    placeholders: Object.entries(CHECK_IN_REPLY_EMAIL_VARIABLES).map(([name, description]) => ({ name, description })),
  },
  STEP_REMINDER: {
    template: DEFAULT_STEP_REMINDER_TEMPLATE,
    placeholders: Object.entries(STEP_REMINDER_EMAIL_VARIABLES).map(([name, description]) => ({ name, description })),
  },
};

/** The business days a preview's sample extension adds when the candidate's promise names none. */
const SAMPLE_EXTENSION_DAYS = 3;

/**
 * The organization's emails that belong to no stage (PROMISE_EXTENDED, CHECK_IN_REPLY): read, edit (checked on
 * save like stage templates: syntax, placeholders, a trial render within the limits), reset to
 * Candor's words, preview with sample data or a real candidate (rate-limited per member).
 */
@Injectable()
export class OrganizationEmailTemplatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly promiseEmails: PromiseEmailsService,
    private readonly checkInReplyEmails: CheckInReplyEmailsService,
    private readonly stepReminders: StepRemindersService,
    private readonly templates: TemplatePool,
    private readonly limits: RateLimits,
    private readonly audit: AuditLog,
    private readonly outbox: EmailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(actor: Actor, kind: OrganizationEmailKind, db: EntityManager = this.dataSource.manager): Promise<OrganizationEmailTemplate> {
    const custom = await db.findOneBy(OrganizationEmailTemplateEntity, { organizationId: actor.organizationId, kind });
    const template = custom ?? KINDS[kind].template;
    return { kind, subject: template.subject, body: template.body, isDefault: !custom, placeholders: KINDS[kind].placeholders };
  }

  async update(actor: Actor, input: UpdateOrganizationEmailTemplateInput): Promise<OrganizationEmailTemplate> {
    await this.limits.consume('template-save', actor.memberId);
    const template = { subject: input.subject, body: input.body };
    await assertTemplateRenders(this.templates, template, input.kind, this.config.publicUrl);
    await this.dataSource.transaction(async (db) => {
      await db.upsert(
        OrganizationEmailTemplateEntity,
        { organizationId: actor.organizationId, kind: input.kind, ...template, updatedById: actor.memberId, updatedAt: this.clock.now() },
        ['organizationId', 'kind'],
      );
      await this.record(db, actor, 'EMAIL_TEMPLATE_UPDATED', input.kind);
    });
    return this.get(actor, input.kind);
  }

  async reset(actor: Actor, kind: OrganizationEmailKind): Promise<OrganizationEmailTemplate> {
    await this.dataSource.transaction(async (db) => {
      const { affected } = await db.delete(OrganizationEmailTemplateEntity, { organizationId: actor.organizationId, kind });
      if (affected) await this.record(db, actor, 'EMAIL_TEMPLATE_RESET', kind);
    });
    return this.get(actor, kind);
  }

  /**
   * The email, or an unsaved draft of it, with sample data or for a real candidate of the
   * organization (their current or last promise; a sample extension of it when it replaced none).
   * A draft needs the templates:edit permission; every preview counts against the member's limit.
   */
  async preview(actor: Actor, input: PreviewOrganizationEmailInput): Promise<RenderedEmail> {
    const draft = input.subject !== undefined || input.body !== undefined;
    if (draft && !roleAllows(actor.role, ARGUMENT_ACCESS.previewOrganizationEmailDraft)) {
      throw DomainException.forbidden(`Your role (${actor.role}) may preview saved templates only; ask a recruiter or an admin to change the template.`);
    }
    await this.limits.consume('preview', actor.memberId);
    const db = this.dataSource.manager;
    const saved = await this.get(actor, input.kind);
    const template = { subject: input.subject ?? saved.subject, body: input.body ?? saved.body };
    // Candor's own words are rendered in-process; anything an organization wrote, in a worker.
    const trusted = !draft && saved.isDefault;
    try {
      if (!trusted) {
        const problems = await this.templates.check(template, input.kind);
        if (problems.length > 0) throw DomainException.badInput(problems);
      }
      const organization = await OrganizationsService.ofActor(db, actor);
      if (input.kind === 'CHECK_IN_REPLY') {
        const unsubscribeUrl = `${this.config.publicUrl}/email/unsubscribe/sample`;
        if (!input.candidateId) {
          const sample = { ...sampleCheckInReplyVariables(this.config.publicUrl), organization: { name: organization.name } };
          return await renderCheckInReplyEmail(this.templates, template, sample, { unsubscribeUrl, trusted });
        }
        const candidate = await findInOrganization(db, CandidateEntity, actor, input.candidateId, 'candidate');
        const facts = await this.replyPreviewFacts(db, candidate.id);
        return await this.checkInReplyEmails.render(db, candidate, organization, facts, this.clock.now(), trusted ? undefined : template);
      }
      if (input.kind === 'STEP_REMINDER') return await this.previewReminder(db, actor, input.candidateId, organization, template, trusted);
      if (!input.candidateId) {
        return await renderPromiseEmail(
          this.templates,
          template,
          { ...samplePromiseVariables(this.config.publicUrl), organization: { name: organization.name } },
          { unsubscribeUrl: `${this.config.publicUrl}/email/unsubscribe/sample`, trusted },
        );
      }
      const candidate = await findInOrganization(db, CandidateEntity, actor, input.candidateId, 'candidate');
      const now = this.clock.now();
      const facts = await this.previewFacts(db, candidate.id, organization.holidays, now, organization.timeZone);
      return await this.promiseEmails.render(db, candidate, organization, facts, now, trusted ? undefined : template);
    } catch (error) {
      if (!(error instanceof TemplateRenderError)) throw error;
      if (error.reason === 'BUSY') throw renderingBusy();
      throw DomainException.badInput([{ field: input.subject !== undefined && input.body === undefined ? 'subject' : 'body', message: error.message }]);
    }
  }

  /**
   * The STEP_REMINDER email with sample data, or for a real candidate: their next planned step
   * they see (dated ones first, the earliest), else the sample step with their own details.
   */
  private async previewReminder(
    db: EntityManager,
    actor: Actor,
    candidateId: string | undefined | null,
    organization: OrganizationEntity,
    template: { subject: string; body: string },
    trusted: boolean,
  ): Promise<RenderedEmail> {
    const unsubscribeUrl = `${this.config.publicUrl}/email/unsubscribe/sample`;
    const sample = { ...sampleStepReminderVariables(this.config.publicUrl), organization: { name: organization.name } };
    if (!candidateId) return renderStepReminderEmail(this.templates, template, sample, { unsubscribeUrl, trusted });
    const candidate = await findInOrganization(db, CandidateEntity, actor, candidateId, 'candidate');
    const [next] = await db
      .createQueryBuilder(NextStepEntity, 's')
      .where('s.candidateId = :id AND s.state = :state AND s.visibleToCandidate', { id: candidate.id, state: 'PLANNED' })
      .orderBy('COALESCE(s.starts_at, s.due_at)', 'ASC', 'NULLS LAST')
      .addOrderBy('s.position', 'ASC')
      .limit(1)
      .getMany();
    if (next) return this.stepReminders.render(db, next, candidate, organization, trusted ? undefined : template);
    const step = { ...sample.step } as const;
    const mine = await this.stepReminders.variables(db, { title: step.title, kind: 'VIDEO_INTERVIEW', startsAt: null, dueAt: null, location: null, meetingUrl: step.meeting_url, instructions: step.instructions } as NextStepEntity, candidate, organization);
    return renderStepReminderEmail(this.templates, template, { ...mine, step }, { unsubscribeUrl, trusted });
  }

  /**
   * A candidate's current promise (else their last): what its extension said when it replaced
   * one; otherwise a sample extension of it by its pre-approved business days (or 3). Without
   * any promise, the sample days.
   */
  private async previewFacts(db: EntityManager, candidateId: string, holidays: string[], now: Date, timeZone: string): Promise<PromiseExtensionFacts> {
    const [latest] = (await db.query(
      `SELECT id, promised_day::text AS "day", fallback_extension_days AS "fallbackDays" FROM candidate_promises
        WHERE candidate_id = $1 ORDER BY (outcome = 'OPEN') DESC, made_at DESC, seq DESC LIMIT 1`,
      [candidateId],
    )) as { id: string; day: string; fallbackDays: number | null }[];
    if (latest) {
      const ledger = await this.promiseEmails.ledgerPromise(db, latest.id);
      if (ledger?.facts) return ledger.facts;
    }
    const days = latest?.fallbackDays ?? SAMPLE_EXTENSION_DAYS;
    const previousDay = latest?.day ?? calendarDateInZone(now, timeZone);
    return { previousDay, newDay: addBusinessDays(previousDay, days, holidays), reason: `the team needs ${days} more business days`, businessDays: days };
  }

  /** A real candidate's latest check-in and its reply; sample words where they have none. */
  private async replyPreviewFacts(db: EntityManager, candidateId: string): Promise<CheckInReplyFacts> {
    const [latest] = (await db.query(
      `SELECT message, reply_message AS "reply", reply_new_day::text AS "newDay" FROM check_ins WHERE candidate_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [candidateId],
    )) as { message: string | null; reply: string | null; newDay: string | null }[];
    const sample = sampleCheckInReplyVariables(this.config.publicUrl);
    if (!latest) return { checkInMessage: sample.check_in_message, reply: sample.reply, newDay: null };
    return { checkInMessage: latest.message, reply: latest.reply ?? sample.reply, newDay: latest.newDay };
  }

  /** The audit record of a change, and the held emails of that kind shown again as they would go now. */
  private async record(db: EntityManager, actor: Actor, action: 'EMAIL_TEMPLATE_UPDATED' | 'EMAIL_TEMPLATE_RESET', kind: OrganizationEmailKind): Promise<void> {
    await this.audit.record(db, { organizationId: actor.organizationId, actorMemberId: actor.memberId, action, target: { type: 'ORGANIZATION', id: actor.organizationId }, details: { kind } });
    await this.outbox.refreshHeld(db, { organizationId: actor.organizationId, kind });
  }
}
