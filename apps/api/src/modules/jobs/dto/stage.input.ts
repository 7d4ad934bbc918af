import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { LIMITS, STAGE_KINDS, StageKind as StageKindValue } from '@candor/domain';
import { LongText, Text } from '../../../common/input-rules';
import { StageKind } from '../models/stage.model';

/** Candidate-facing settings a stage may be given when it is created or edited. */
@InputType({ isAbstract: true })
export class StageSettingsInput {
  @Field({ nullable: true }) @IsOptional() @Text(LIMITS.stageLabel) candidateLabel?: string;
  @Field({ nullable: true }) @IsOptional() @LongText(LIMITS.stageDescription) candidateDescription?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() visibleToCandidates?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() notifyCandidates?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of days' })
  @Min(0, { message: 'must be 0 or more' })
  @Max(LIMITS.defaultResponseDaysMax, { message: `must be at most ${LIMITS.defaultResponseDaysMax}` })
  defaultResponseDays?: number | null;

  @Field(() => Int, { nullable: true, description: "Minutes the stage's email waits; moving the candidate again in that time cancels it." })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(0, { message: 'must be 0 or more' })
  @Max(10080, { message: 'must be at most 10080 (a week)' })
  emailDelayMinutes?: number;
}

@InputType()
export class StageInput extends StageSettingsInput {
  @Field() @Text(LIMITS.stageName) name: string;

  @Field(() => StageKind)
  @IsIn(STAGE_KINDS as unknown as string[], { message: `must be one of ${STAGE_KINDS.join(', ')}` })
  kind: StageKindValue;
}
