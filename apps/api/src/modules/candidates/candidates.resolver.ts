import { promiseState, PromiseState as PromiseStateValue } from '@candor/domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/auth.decorators';
import { Clock } from '../../common/clock';
import { RequestContext } from '../../common/request-context';
import { CandidateResponseEntity } from '../candidate-status/candidate-response.entity';
import { CheckInEntity } from '../candidate-status/check-in.entity';
import { CandidateResponse, CheckIn } from '../candidate-status/models/candidate-feedback.model';
import { JobEntity } from '../jobs/job.entity';
import { Job } from '../jobs/models/job.model';
import { Stage } from '../jobs/models/stage.model';
import { StageEntity } from '../jobs/stage.entity';
import { NextStep } from '../next-steps/models/next-step.model';
import { NextStepEntity } from '../next-steps/next-step.entity';
import { StatusLinksService } from '../status-links/status-links.service';
import { TimelineEvent } from '../timeline/models/timeline-event.model';
import { TimelineEventEntity } from '../timeline/timeline-event.entity';
import { CandidateEntity } from './candidate.entity';
import { CandidatesService } from './candidates.service';
import { AddCandidateInput } from './dto/add-candidate.input';
import { MoveCandidateInput } from './dto/move-candidate.input';
import { BulkMoveCandidatesInput } from './dto/bulk-move-candidates.input';
import { BulkMoveResult } from './models/bulk-move-result.model';
import { UpdateCandidateInput } from './dto/update-candidate.input';
import { EmailMessageEntity } from '../notifications/email-message.entity';
import { Candidate, PromiseState } from './models/candidate.model';
import { EmailMessage } from '../notifications/models/email-message.model';

@Resolver(() => Candidate)
export class CandidatesResolver {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly statusLinks: StatusLinksService,
    private readonly clock: Clock,
  ) {}

  @Query(() => Candidate, { nullable: true })
  candidate(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<CandidateEntity> {
    return this.candidates.findCandidate(actor, id);
  }

  @Mutation(() => Candidate, { description: 'Adds a candidate to a job, in its first stage unless told otherwise.' })
  addCandidate(@CurrentActor() actor: Actor, @Args('input') input: AddCandidateInput): Promise<CandidateEntity> {
    return this.candidates.addCandidate(actor, input);
  }

  @Mutation(() => Candidate, { description: 'Changes name, email or the promised reply date.' })
  updateCandidate(@CurrentActor() actor: Actor, @Args('input') input: UpdateCandidateInput): Promise<CandidateEntity> {
    return this.candidates.updateCandidate(actor, input);
  }

  @Mutation(() => Candidate, { description: 'Moves a candidate to another stage of their job.' })
  moveCandidate(@CurrentActor() actor: Actor, @Args('input') input: MoveCandidateInput): Promise<CandidateEntity> {
    return this.candidates.moveCandidate(actor, input);
  }

  @Mutation(() => BulkMoveResult, { description: 'Moves several candidates to one stage; reports per candidate.' })
  bulkMoveCandidates(@CurrentActor() actor: Actor, @Args('input') input: BulkMoveCandidatesInput): Promise<BulkMoveResult> {
    return this.candidates.bulkMove(actor, input);
  }

  @Mutation(() => Candidate)
  archiveCandidate(@CurrentActor() actor: Actor, @Args('candidateId', { type: () => ID }) id: string): Promise<CandidateEntity> {
    return this.candidates.setArchived(actor, id, true);
  }

  @Mutation(() => Candidate)
  restoreCandidate(@CurrentActor() actor: Actor, @Args('candidateId', { type: () => ID }) id: string): Promise<CandidateEntity> {
    return this.candidates.setArchived(actor, id, false);
  }

  @Mutation(() => Candidate, { description: 'Replaces the status link; the old link stops working at once.' })
  rotateStatusLink(@CurrentActor() actor: Actor, @Args('candidateId', { type: () => ID }) id: string): Promise<CandidateEntity> {
    return this.statusLinks.rotate(actor, id);
  }

  @ResolveField(() => Job)
  async job(@Parent() candidate: CandidateEntity, @Context() ctx: RequestContext): Promise<JobEntity> {
    return (await ctx.loaders.job.load(candidate.jobId))!;
  }

  @ResolveField(() => Stage)
  async stage(@Parent() candidate: CandidateEntity, @Context() ctx: RequestContext): Promise<StageEntity> {
    // Through the job's stages: a board of many candidates loads its stages once.
    const stages = await ctx.loaders.stagesByJob.load(candidate.jobId);
    return stages.find((s) => s.id === candidate.stageId)!;
  }

  @ResolveField(() => String, { description: "The candidate's private status page; the token follows the last #." })
  async statusUrl(@Parent() candidate: CandidateEntity, @Context() ctx: RequestContext): Promise<string> {
    return this.statusLinks.urlOf((await ctx.loaders.statusLink.load(candidate.id))!);
  }

  @ResolveField(() => PromiseState)
  promiseState(@Parent() candidate: CandidateEntity, @CurrentActor() actor: Actor): PromiseStateValue {
    return promiseState(candidate.expectedResponseBy, this.clock.now(), actor.timeZone);
  }

  @ResolveField(() => [NextStep], { description: 'Every step in order, done and cancelled ones included.' })
  nextSteps(@Parent() candidate: CandidateEntity, @Context() ctx: RequestContext): Promise<NextStepEntity[]> {
    return ctx.loaders.nextStepsByCandidate.load(candidate.id);
  }

  @ResolveField(() => [TimelineEvent], { description: 'What happened, oldest first.' })
  timeline(@Parent() candidate: CandidateEntity, @Context() ctx: RequestContext): Promise<TimelineEventEntity[]> {
    return ctx.loaders.timelineByCandidate.load(candidate.id);
  }

  @ResolveField(() => [CheckIn], { description: "The candidate's check-ins, oldest first." })
  checkIns(@Parent() candidate: CandidateEntity, @Context() ctx: RequestContext): Promise<CheckInEntity[]> {
    return ctx.loaders.checkInsByCandidate.load(candidate.id);
  }

  @ResolveField(() => [CandidateResponse], { description: "The candidate's answers to requests, oldest first." })
  responses(@Parent() candidate: CandidateEntity, @Context() ctx: RequestContext): Promise<CandidateResponseEntity[]> {
    return ctx.loaders.responsesByCandidate.load(candidate.id);
  }

  @ResolveField(() => [EmailMessage])
  emails(@Parent() candidate: CandidateEntity, @Context() ctx: RequestContext): Promise<EmailMessageEntity[]> {
    return ctx.loaders.emailsByCandidate.load(candidate.id);
  }
}
