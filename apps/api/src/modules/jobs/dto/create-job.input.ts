import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, ValidateNested } from 'class-validator';
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

  @Field({
    nullable: true,
    defaultValue: true,
    description:
      'false: refuse (CONFLICT, extensions.reason DUPLICATE_JOB_TITLE, extensions.existingJob) when an open job of the organization already has this title, ignoring case and white space. The portal sends false, then true once the member confirms.',
  })
  @IsOptional()
  @IsBoolean()
  allowDuplicateTitle?: boolean;
}
