import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { suggestedResponseDate } from '@candor/domain';
import { Clock } from '../../common/clock';
import { CalendarDateScalar } from '../../common/scalars/calendar-date.scalar';
import { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/auth.decorators';
import { AddStageInput } from './dto/add-stage.input';
import { ReorderStagesInput } from './dto/reorder-stages.input';
import { UpdateStageInput } from './dto/update-stage.input';
import { JobEntity } from './job.entity';
import { Job } from './models/job.model';
import { Stage } from './models/stage.model';
import { StageEntity } from './stage.entity';
import { StagesService } from './stages.service';

@Resolver(() => Stage)
export class StagesResolver {
  constructor(
    private readonly stages: StagesService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => CalendarDateScalar, {
    nullable: true,
    description: "The reply date a move into this stage suggests today: today plus the stage's default days, in the organization's time zone.",
  })
  suggestedResponseBy(@Parent() stage: StageEntity, @CurrentActor() actor: Actor): string | null {
    return suggestedResponseDate(stage.defaultResponseDays, this.clock.now(), actor.timeZone);
  }

  @Mutation(() => Stage, { description: 'Adds a stage; before the outcome stages unless a position is given.' })
  addStage(@CurrentActor() actor: Actor, @Args('input') input: AddStageInput): Promise<StageEntity> {
    return this.stages.addStage(actor, input);
  }

  @Mutation(() => Stage, { description: 'Renames a stage or changes what candidates see of it.' })
  updateStage(@CurrentActor() actor: Actor, @Args('input') input: UpdateStageInput): Promise<StageEntity> {
    return this.stages.updateStage(actor, input);
  }

  @Mutation(() => Job)
  reorderStages(@CurrentActor() actor: Actor, @Args('input') input: ReorderStagesInput): Promise<JobEntity> {
    return this.stages.reorderStages(actor, input);
  }

  @Mutation(() => Job, { description: 'Removes a stage that no candidate is in.' })
  removeStage(@CurrentActor() actor: Actor, @Args('stageId', { type: () => ID }) stageId: string): Promise<JobEntity> {
    return this.stages.removeStage(actor, stageId);
  }
}
