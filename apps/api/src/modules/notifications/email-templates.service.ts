import { Injectable } from '@nestjs/common';
import { DEFAULT_TEMPLATES, renderStageEmail, RenderedEmail, SAMPLE_VARIABLES, TEMPLATE_VARIABLES, templateProblems } from '@candor/emails';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/domain.exception';
import { findInOrganization } from '../../common/scoped-lookup';
import { CandidateEntity } from '../candidates/candidate.entity';
import { JobEntity } from '../jobs/job.entity';
import { StageEntity } from '../jobs/stage.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { PreviewStageEmailInput, UpdateEmailTemplateInput } from './dto/email-template.input';
import { EmailTemplateEntity } from './email-template.entity';
import { EmailTemplate } from './models/email-template.model';
import { StageEmailsService } from './stage-emails.service';
import { UnsubscribeLinks } from './unsubscribe-links';

const PLACEHOLDERS = Object.entries(TEMPLATE_VARIABLES).map(([name, description]) => ({ name, description }));

/** Per-stage templates: read, edit (checked on save), reset to the default, preview. */
@Injectable()
export class EmailTemplatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly stageEmails: StageEmailsService,
    private readonly unsubscribe: UnsubscribeLinks,
  ) {}

  async get(actor: Actor, stageId: string): Promise<EmailTemplate> {
    const stage = await findInOrganization(this.dataSource.manager, StageEntity, actor, stageId, 'stage');
    const custom = await this.dataSource.getRepository(EmailTemplateEntity).findOneBy({ stageId: stage.id });
    const template = custom ?? DEFAULT_TEMPLATES[stage.kind];
    return { stageId: stage.id, subject: template.subject, body: template.body, isDefault: !custom, placeholders: PLACEHOLDERS };
  }

  async update(actor: Actor, input: UpdateEmailTemplateInput): Promise<EmailTemplate> {
    const problems = templateProblems(input);
    if (problems.length > 0) throw DomainException.badInput(problems);
    await this.dataSource.transaction(async (db) => {
      const stage = await findInOrganization(db, StageEntity, actor, input.stageId, 'stage', { lock: true });
      await db.upsert(
        EmailTemplateEntity,
        { organizationId: actor.organizationId, stageId: stage.id, subject: input.subject, body: input.body, updatedById: actor.memberId, updatedAt: this.clock.now() },
        ['stageId'],
      );
    });
    return this.get(actor, input.stageId);
  }

  async reset(actor: Actor, stageId: string): Promise<EmailTemplate> {
    const stage = await findInOrganization(this.dataSource.manager, StageEntity, actor, stageId, 'stage');
    await this.dataSource.getRepository(EmailTemplateEntity).delete({ stageId: stage.id });
    return this.get(actor, stageId);
  }

  /** The stage's email, or an unsaved draft of it, for a real candidate of the job or sample data. */
  async preview(actor: Actor, input: PreviewStageEmailInput): Promise<RenderedEmail> {
    const db = this.dataSource.manager;
    const stage = await findInOrganization(db, StageEntity, actor, input.stageId, 'stage');
    const saved = await this.get(actor, stage.id);
    const template = { subject: input.subject ?? saved.subject, body: input.body ?? saved.body };
    const problems = templateProblems(template);
    if (problems.length > 0) throw DomainException.badInput(problems);
    const message = input.messageToCandidate?.trim() ?? '';
    if (!input.candidateId) {
      const organization = await OrganizationsService.ofActor(db, actor);
      const job = await db.findOneByOrFail(JobEntity, { id: stage.jobId });
      return renderStageEmail(
        template,
        {
          ...SAMPLE_VARIABLES,
          job: { title: job.title },
          organization: { name: organization.name },
          stage: { label: stage.candidateLabel, description: stage.candidateDescription },
          message,
        },
        { unsubscribeUrl: this.unsubscribe.urlFor('00000000-0000-4000-8000-000000000000') },
      );
    }
    const candidate = await findInOrganization(db, CandidateEntity, actor, input.candidateId, 'candidate');
    if (candidate.jobId !== stage.jobId) {
      throw DomainException.badInput([{ field: 'candidateId', message: "is not a candidate of this stage's job" }]);
    }
    const organization = await OrganizationsService.ofActor(db, actor);
    return this.stageEmails.render(db, candidate, stage, organization, message, this.clock.now(), template);
  }
}
