import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsString } from 'class-validator';
import { LIMITS } from '@candor/domain';

@InputType()
export class ReorderNextStepsInput {
  @Field(() => ID) @IsString() candidateId: string;

  @Field(() => [ID], { description: "Every one of the candidate's steps, once each, in the new order." })
  @IsArray()
  @ArrayMaxSize(LIMITS.stepsPerCandidate)
  @IsString({ each: true })
  stepIds: string[];
}
