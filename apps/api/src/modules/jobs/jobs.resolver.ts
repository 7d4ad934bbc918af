import { promiseState, stageFunnel } from '@candor/domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/auth.decorators';
import { Clock } from '../../common/clock';
import { RequestContext } from '../../common/request-context';
import { CandidateEntity } from '../candidates/candidate.entity';
import { Candidate } from '../candidates/models/candidate.model';
import { CreateJobInput } from './dto/create-job.input';
import { UpdateJobInput } from './dto/update-job.input';
import { JobEntity } from './job.entity';
import { JobsService } from './jobs.service';
import { Job } from './models/job.model';
import { JobContact, jobContact } from './models/job-contact.model';
import { Stage } from './models/stage.model';
import { JobSummary } from './models/job-summary.model';
import { StageFunnel } from './models/stage-funnel.model';
import { StageEntity } from './stage.entity';

@Resolver(() => Job)
export class JobsResolver {
  constructor(
    private readonly jobsService: JobsService,
    private readonly clock: Clock,
  ) {}

  @Query(() => Job, { nullable: true })
  job(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<JobEntity> {
    return this.jobsService.findJob(actor, id);
  }

  @Query(() => [Job], { description: "The organization's jobs, newest first." })
  jobs(@CurrentActor() actor: Actor): Promise<JobEntity[]> {
    return this.jobsService.listJobs(actor);
  }

  @Mutation(() => Job, { description: 'Creates a job; the default pipeline when stages are omitted.' })
  createJob(@CurrentActor() actor: Actor, @Args('input') input: CreateJobInput): Promise<JobEntity> {
    return this.jobsService.createJob(actor, input);
  }

  @Mutation(() => Job)
  updateJob(@CurrentActor() actor: Actor, @Args('input') input: UpdateJobInput): Promise<JobEntity> {
    return this.jobsService.updateJob(actor, input);
  }

  @Mutation(() => Job, { description: 'Closes the job to new candidates; optionally gives every open candidate an outcome.' })
  closeJob(
    @CurrentActor() actor: Actor,
    @Args('jobId', { type: () => ID }) jobId: string,
    @Args('finalStageId', {
      type: () => ID,
      nullable: true,
      description: 'An outcome stage (e.g. Not selected): every candidate still in the process is moved there, with its email.',
    })
    finalStageId?: string,
  ): Promise<JobEntity> {
    return this.jobsService.setStatus(actor, jobId, 'CLOSED', finalStageId);
  }

  @Mutation(() => Job)
  reopenJob(@CurrentActor() actor: Actor, @Args('jobId', { type: () => ID }) jobId: string): Promise<JobEntity> {
    return this.jobsService.setStatus(actor, jobId, 'OPEN');
  }

  @ResolveField(() => JobContact, { nullable: true, description: "The contact shown on this job's status pages; null: none (the default)." })
  contact(@Parent() job: JobEntity): JobContact | null {
    return jobContact(job);
  }

  @ResolveField(() => [Stage])
  stages(@Parent() job: JobEntity, @Context() ctx: RequestContext): Promise<StageEntity[]> {
    return ctx.loaders.stagesByJob.load(job.id);
  }

  @ResolveField(() => [Candidate], { description: 'Candidates of this job, oldest first; archived ones on request.' })
  candidates(
    @Parent() job: JobEntity,
    @Context() ctx: RequestContext,
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
  ): Promise<CandidateEntity[]> {
    return (includeArchived ? ctx.loaders.allCandidatesByJob : ctx.loaders.candidatesByJob).load(job.id);
  }

  @ResolveField(() => JobSummary, { description: "A job card's numbers in one small read: use it instead of listing every candidate of every job." })
  async summary(@Parent() job: JobEntity, @Context() ctx: RequestContext, @CurrentActor() actor: Actor): Promise<JobSummary> {
    const [stages, candidates] = await Promise.all([ctx.loaders.stagesByJob.load(job.id), ctx.loaders.promisesByJob.load(job.id)]);
    const now = this.clock.now();
    const perStage = new Map<string, number>();
    let overdue = 0;
    for (const candidate of candidates) {
      perStage.set(candidate.stageId, (perStage.get(candidate.stageId) ?? 0) + 1);
      if (promiseState(candidate.expectedResponseBy, now, actor.timeZone) === 'OVERDUE') overdue += 1;
    }
    return { candidates: candidates.length, overdue, stages: stages.map((stage) => ({ stageId: stage.id, count: perStage.get(stage.id) ?? 0 })) };
  }

  @ResolveField(() => [StageFunnel], {
    description: 'Candidates per stage with the median days spent in each, in pipeline order; reached only narrows along the stages before the outcomes.',
  })
  async funnel(@Parent() job: JobEntity, @Context() ctx: RequestContext): Promise<StageFunnel[]> {
    const [stages, stays] = await Promise.all([ctx.loaders.stagesByJob.load(job.id), ctx.loaders.stageStaysByJob.load(job.id)]);
    const byId = new Map(stages.map((stage) => [stage.id, stage]));
    return stageFunnel(stages, stays).map((row) => ({
      stage: byId.get(row.stageId)!,
      reached: row.reached,
      current: row.current,
      medianDaysInStage: row.medianDays,
      finishedStays: row.finishedStays,
    }));
  }
}
