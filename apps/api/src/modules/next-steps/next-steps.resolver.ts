import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/auth.decorators';
import { AddNextStepInput } from './dto/add-next-step.input';
import { ReorderNextStepsInput } from './dto/reorder-next-steps.input';
import { UpdateNextStepInput } from './dto/update-next-step.input';
import { NextStep } from './models/next-step.model';
import { NextStepEntity } from './next-step.entity';
import { NextStepsService } from './next-steps.service';

@Resolver(() => NextStep)
export class NextStepsResolver {
  constructor(private readonly steps: NextStepsService) {}

  @Mutation(() => NextStep, { description: "Adds a step to the end of the candidate's roadmap." })
  addNextStep(@CurrentActor() actor: Actor, @Args('input') input: AddNextStepInput): Promise<NextStepEntity> {
    return this.steps.add(actor, input);
  }

  @Mutation(() => NextStep, { description: 'Changes a planned step; null clears an optional field.' })
  updateNextStep(@CurrentActor() actor: Actor, @Args('input') input: UpdateNextStepInput): Promise<NextStepEntity> {
    return this.steps.update(actor, input);
  }

  @Mutation(() => [NextStep])
  reorderNextSteps(@CurrentActor() actor: Actor, @Args('input') input: ReorderNextStepsInput): Promise<NextStepEntity[]> {
    return this.steps.reorder(actor, input);
  }

  @Mutation(() => NextStep)
  completeNextStep(@CurrentActor() actor: Actor, @Args('stepId', { type: () => ID }) stepId: string): Promise<NextStepEntity> {
    return this.steps.finish(actor, stepId, 'DONE');
  }

  @Mutation(() => NextStep)
  cancelNextStep(@CurrentActor() actor: Actor, @Args('stepId', { type: () => ID }) stepId: string): Promise<NextStepEntity> {
    return this.steps.finish(actor, stepId, 'CANCELLED');
  }
}
