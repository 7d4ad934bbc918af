import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsString } from 'class-validator';
import { LIMITS } from '@candor/domain';

@InputType()
export class ReorderStagesInput {
  @Field(() => ID) @IsString() jobId: string;

  @Field(() => [ID], { description: 'Every stage of the job, once each, in the new order.' })
  @IsArray()
  @ArrayMaxSize(LIMITS.stagesPerJob)
  @IsString({ each: true })
  stageIds: string[];
}
