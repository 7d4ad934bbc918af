import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { Text } from '../../../common/input-rules';
import { StageInput } from './stage.input';

@InputType()
export class CreateJobInput {
  @Field() @Text(LIMITS.jobTitle) title: string;

  @Field(() => [StageInput], { nullable: true, description: 'The pipeline in order; the default pipeline when omitted.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.stagesPerJob, { message: `may have at most ${LIMITS.stagesPerJob} stages` })
  @ValidateNested({ each: true })
  @Type(() => StageInput)
  stages?: StageInput[];
}
