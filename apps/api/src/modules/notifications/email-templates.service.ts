import { Inject, Injectable } from '@nestjs/common';
import { ARGUMENT_ACCESS, roleAllows } from '@candor/domain';
import { DEFAULT_TEMPLATES, renderStageEmail, RenderedEmail, sampleVariables, TEMPLATE_VARIABLES, TemplateRenderError } from '@candor/emails';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/domain.exception';
import { findInOrganization } from '../../common/scoped-lookup';
import { AuditLog } from '../audit/audit-log';
import { CandidateEntity } from '../candidates/candidate.entity';
import { promiseForStage } from '../candidates/candidate-rules';
import { JobEntity } from '../jobs/job.entity';
import { StageEntity } from '../jobs/stage.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { RateLimits } from '../rate-limits/rate-limits';
import { PreviewStageEmailInput, UpdateEmailTemplateInput } from './dto/email-template.input';
import { EmailOutbox } from './email-outbox';
import { EmailTemplateEntity } from './email-template.entity';
import { EmailTemplate } from './models/email-template.model';
import { StageEmailsService } from './stage-emails.service';
import { assertTemplateRenders, renderingBusy as busy } from './template-checks';
import { TemplatePool } from './template-pool';

const PLACEHOLDERS = Object.entries(TEMPLATE_VARIABLES).map(([name, description]) => ({ name, description }));


/**
 * Per-stage templates: read, edit (checked on save: syntax, placeholders, and a trial render
 * within the rendering limits), reset to the default, preview (rate-limited per member).
 */
@Injectable()
export class EmailTemplatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly stageEmails: StageEmailsService,
    private readonly templates: TemplatePool,
    private readonly limits: RateLimits,
    private readonly audit: AuditLog,
    private readonly outbox: EmailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(actor: Actor, stageId: string): Promise<EmailTemplate> {
    const stage = await findInOrganization(this.dataSource.manager, StageEntity, actor, stageId, 'stage');
    const custom = await this.dataSource.getRepository(EmailTemplateEntity).findOneBy({ stageId: stage.id });
    const template = custom ?? DEFAULT_TEMPLATES[stage.kind];
    return { stageId: stage.id, subject: template.subject, body: template.body, isDefault: !custom, placeholders: PLACEHOLDERS };
  }

  async update(actor: Actor, input: UpdateEmailTemplateInput): Promise<EmailTemplate> {
    await this.limits.consume('template-save', actor.memberId);
    await findInOrganization(this.dataSource.manager, StageEntity, actor, input.stageId, 'stage');
    await assertTemplateRenders(this.templates, input, 'STAGE', this.config.publicUrl);
    await this.dataSource.transaction(async (db) => {
      const stage = await findInOrganization(db, StageEntity, actor, input.stageId, 'stage', { lock: true });
      await db.upsert(
        EmailTemplateEntity,
        { organizationId: actor.organizationId, stageId: stage.id, subject: input.subject, body: input.body, updatedById: actor.memberId, updatedAt: this.clock.now() },
        ['stageId'],
      );
      await this.audit.record(db, { organizationId: actor.organizationId, actorMemberId: actor.memberId, action: 'EMAIL_TEMPLATE_UPDATED', target: { type: 'STAGE', id: stage.id } });
      await this.outbox.refreshHeld(db, { stageId: stage.id });
    });
    return this.get(actor, input.stageId);
  }

  async reset(actor: Actor, stageId: string): Promise<EmailTemplate> {
    await this.dataSource.transaction(async (db) => {
      const stage = await findInOrganization(db, StageEntity, actor, stageId, 'stage', { lock: true });
      const { affected } = await db.delete(EmailTemplateEntity, { stageId: stage.id });
      if (affected) {
        await this.audit.record(db, { organizationId: actor.organizationId, actorMemberId: actor.memberId, action: 'EMAIL_TEMPLATE_RESET', target: { type: 'STAGE', id: stage.id } });
        await this.outbox.refreshHeld(db, { stageId: stage.id });
      }
    });
    return this.get(actor, stageId);
  }

  /**
   * The stage's email, or an unsaved draft of it, for a real candidate of the job or sample data.
   * A draft (subject or body given) needs the templates:edit permission; every preview counts
   * against the member's preview limit.
   */
  async preview(actor: Actor, input: PreviewStageEmailInput): Promise<RenderedEmail> {
    const draft = input.subject !== undefined || input.body !== undefined;
    if (draft && !roleAllows(actor.role, ARGUMENT_ACCESS.previewStageEmailDraft)) {
      throw DomainException.forbidden(`Your role (${actor.role}) may preview saved templates only; ask a recruiter or an admin to change the template.`);
    }
    await this.limits.consume('preview', actor.memberId);
    const db = this.dataSource.manager;
    const stage = await findInOrganization(db, StageEntity, actor, input.stageId, 'stage');
    const saved = await this.get(actor, stage.id);
    const template = { subject: input.subject ?? saved.subject, body: input.body ?? saved.body };
    // Candor's own words are rendered in-process; anything an organization wrote, in a worker.
    const trusted = !draft && saved.isDefault;
    const message = input.messageToCandidate?.trim() ?? '';
    try {
      if (!trusted) {
        const problems = await this.templates.check(template);
        if (problems.length > 0) throw DomainException.badInput(problems);
      }
      if (!input.candidateId) {
        const organization = await OrganizationsService.ofActor(db, actor);
        const job = await db.findOneByOrFail(JobEntity, { id: stage.jobId });
        return await renderStageEmail(
          this.templates,
          template,
          {
            ...sampleVariables(this.config.publicUrl),
            job: { title: job.title },
            organization: { name: organization.name },
            stage: { label: stage.candidateLabel, description: stage.candidateDescription },
            message,
          },
          { unsubscribeUrl: `${this.config.publicUrl}/email/unsubscribe/sample`, trusted },
        );
      }
      const candidate = await findInOrganization(db, CandidateEntity, actor, input.candidateId, 'candidate');
      if (candidate.jobId !== stage.jobId) {
        throw DomainException.badInput([{ field: 'candidateId', message: "is not a candidate of this stage's job" }]);
      }
      const organization = await OrganizationsService.ofActor(db, actor);
      const now = this.clock.now();
      // The promise the move will make, by the move's own rule (and its refusals).
      const promised = { ...candidate, expectedResponseBy: promiseForStage(stage, input.expectedResponseBy, now, organization.timeZone) };
      return await this.stageEmails.render(db, promised, stage, organization, message, now, trusted ? undefined : template);
    } catch (error) {
      if (!(error instanceof TemplateRenderError)) throw error;
      if (error.reason === 'BUSY') throw busy();
      throw DomainException.badInput([{ field: input.subject !== undefined && input.body === undefined ? 'subject' : 'body', message: error.message }]);
    }
  }
}
