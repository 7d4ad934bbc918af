import { Injectable } from '@nestjs/common';
import { DEFAULT_PIPELINE, pipelineProblems, stageTemplateFor } from '@candor/domain';
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

  /** A job with its pipeline: the given stages in order, or the default pipeline. */
  async createJob(actor: Actor, input: CreateJobInput): Promise<JobEntity> {
    const stages = input.stages ? input.stages.map(withDefaults) : DEFAULT_PIPELINE;
    const problems = pipelineProblems(stages);
    if (problems.length > 0) throw DomainException.badInput(problems);
    return this.dataSource.transaction(async (db) => {
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
    return this.dataSource.transaction(async (db) => {
      const job = await findInOrganization(db, JobEntity, actor, input.jobId, 'job', { lock: true });
      job.title = input.title;
      return db.save(job);
    });
  }

  /** Closing stops new candidates; the candidates already in the job keep their stages. */
  async setStatus(actor: Actor, jobId: string, status: JobStatus): Promise<JobEntity> {
    return this.dataSource.transaction(async (db) => {
      const job = await findInOrganization(db, JobEntity, actor, jobId, 'job', { lock: true });
      if (job.status === status) {
        throw DomainException.conflict(`This job is already ${status === 'OPEN' ? 'open' : 'closed'}.`);
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
