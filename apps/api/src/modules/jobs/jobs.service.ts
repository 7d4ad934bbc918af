import { Injectable } from '@nestjs/common';
import { ConflictReason, DEFAULT_PIPELINE, FINAL_STAGE_KINDS, isFinalStageKind, jobWithSameTitle, pipelineProblems, stageTemplateFor } from '@candor/domain';
import { CandidateEntity } from '../candidates/candidate.entity';
import { CandidatesService } from '../candidates/candidates.service';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/domain.exception';
import { findInOrganization } from '../../common/scoped-lookup';
import { CreateJobInput } from './dto/create-job.input';
import { StageInput } from './dto/stage.input';
import { UpdateJobInput } from './dto/update-job.input';
import { JobEntity, JobStatus } from './job.entity';
import { StageEntity } from './stage.entity';

@Injectable()
export class JobsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly candidates: CandidatesService,
  ) {}

  findJob(actor: Actor, id: string): Promise<JobEntity> {
    return findInOrganization(this.dataSource.manager, JobEntity, actor, id, 'job');
  }

  listJobs(actor: Actor): Promise<JobEntity[]> {
    return this.dataSource.getRepository(JobEntity).find({
      where: { organizationId: actor.organizationId },
      order: { createdAt: 'DESC' },
    });
  }

  /**
   * A job with its pipeline: the given stages in order, or the default pipeline. With
   * allowDuplicateTitle false, an open job of the same title (jobTitleKey) is a CONFLICT.
   */
  async createJob(actor: Actor, input: CreateJobInput): Promise<JobEntity> {
    const stages = input.stages ? input.stages.map(withDefaults) : DEFAULT_PIPELINE;
    const problems = pipelineProblems(stages);
    if (problems.length > 0) throw DomainException.badInput(problems);
    return this.dataSource.transaction(async (db) => {
      if (input.allowDuplicateTitle === false) await assertTitleFree(db, actor, input.title);
      const job = await db.save(
        db.create(JobEntity, { organizationId: actor.organizationId, title: input.title, status: 'OPEN' }),
      );
      await db.insert(
        StageEntity,
        stages.map((stage, position) => ({ ...stage, organizationId: actor.organizationId, jobId: job.id, position })),
      );
      return job;
    });
  }

  async updateJob(actor: Actor, input: UpdateJobInput): Promise<JobEntity> {
    const contact = contactChange(input);
    return this.dataSource.transaction(async (db) => {
      const job = await findInOrganization(db, JobEntity, actor, input.jobId, 'job', { lock: true });
      if (input.title !== undefined && input.title !== null) job.title = input.title;
      if (contact !== undefined) Object.assign(job, contact);
      return db.save(job);
    });
  }

  /**
   * Closing stops new candidates. With an outcome stage, every candidate still in the process
   * gets that outcome (and its email) in the same transaction; otherwise they keep their stages.
   */
  async setStatus(actor: Actor, jobId: string, status: JobStatus, finalStageId?: string): Promise<JobEntity> {
    return this.dataSource.transaction(async (db) => {
      const job = await findInOrganization(db, JobEntity, actor, jobId, 'job', { lock: true });
      if (job.status === status) {
        throw DomainException.conflict(`This job is already ${status === 'OPEN' ? 'open' : 'closed'}.`);
      }
      if (finalStageId) {
        const final = await findInOrganization(db, StageEntity, actor, finalStageId, 'stage');
        if (final.jobId !== job.id || !isFinalStageKind(final.kind)) {
          throw DomainException.badInput([{ field: 'finalStageId', message: 'must be an outcome stage (hired, not selected, withdrawn) of this job' }]);
        }
        const open = await db
          .getRepository(CandidateEntity)
          .createQueryBuilder('c')
          .innerJoin(StageEntity, 's', 's.id = c.stageId')
          .where('c.jobId = :job', { job: job.id })
          .andWhere('c.archivedAt IS NULL')
          .andWhere('s.kind NOT IN (:...final)', { final: FINAL_STAGE_KINDS })
          .getMany();
        for (const candidate of open) {
          await this.candidates.moveWithin(db, actor, { candidateId: candidate.id, stageId: final.id, notify: true });
        }
      }
      job.status = status;
      job.closedAt = status === 'CLOSED' ? this.clock.now() : null;
      return db.save(job);
    });
  }

  /** The job, locked so that pipeline edits of one job happen one after another. */
  static lockJob(db: EntityManager, actor: Actor, jobId: string): Promise<JobEntity> {
    return findInOrganization(db, JobEntity, actor, jobId, 'job', { lock: true });
  }
}

/**
 * Refuses a title an open job of the organization already has. Creations that check are taken one
 * at a time per organization (a transaction-level advisory lock), so two at once cannot both pass.
 */
async function assertTitleFree(db: EntityManager, actor: Actor, title: string): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`job-title:${actor.organizationId}`]);
  const open = await db.find(JobEntity, {
    select: { id: true, title: true },
    where: { organizationId: actor.organizationId, status: 'OPEN' },
    order: { createdAt: 'ASC' },
  });
  const existing = jobWithSameTitle(open, title);
  if (existing) {
    throw DomainException.conflict(`An open job is already called "${existing.title}". Send allowDuplicateTitle: true to create another.`, {
      reason: ConflictReason.DUPLICATE_JOB_TITLE,
      existingJob: { id: existing.id, title: existing.title },
    });
  }
}

/**
 * The contact change an update asks for: undefined when it names no contact field; both fields
 * null to remove the contact; both given to set it. One without the other is refused.
 */
function contactChange(input: UpdateJobInput): Pick<JobEntity, 'contactName' | 'contactEmail'> | undefined {
  const { contactName, contactEmail } = input;
  if (contactName === undefined && contactEmail === undefined) return undefined;
  const name = contactName ?? null;
  const email = contactEmail ?? null;
  if ((name === null) !== (email === null)) {
    throw DomainException.badInput([
      name === null
        ? { field: 'contactName', message: 'must be given with the contact email (or leave both empty to show no contact)' }
        : { field: 'contactEmail', message: 'must be given with the contact name (or leave both empty to show no contact)' },
    ]);
  }
  return { contactName: name, contactEmail: email };
}

function withDefaults(input: StageInput) {
  const template = stageTemplateFor(input.name, input.kind);
  return {
    name: input.name,
    kind: input.kind,
    candidateLabel: input.candidateLabel ?? template.candidateLabel,
    candidateDescription: input.candidateDescription ?? template.candidateDescription,
    visibleToCandidates: input.visibleToCandidates ?? template.visibleToCandidates,
    notifyCandidates: input.notifyCandidates ?? template.notifyCandidates,
    defaultResponseDays: input.defaultResponseDays === undefined ? template.defaultResponseDays : input.defaultResponseDays,
    emailDelayMinutes: input.emailDelayMinutes ?? template.emailDelayMinutes,
  };
}

export { withDefaults as stageWithDefaults };
