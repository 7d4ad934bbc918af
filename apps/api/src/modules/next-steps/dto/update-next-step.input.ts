import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { LIMITS, NEXT_STEP_KINDS, NextStepKind as NextStepKindValue } from '@candor/domain';
import { Text } from '../../../common/input-rules';
import { NextStepKind } from '../models/next-step.model';
import { NextStepFieldsInput } from './next-step-fields.input';

@InputType()
export class UpdateNextStepInput extends NextStepFieldsInput {
  @Field(() => ID) @IsString() stepId: string;

  @Field(() => NextStepKind, { nullable: true })
  @IsOptional()
  @IsIn(NEXT_STEP_KINDS as unknown as string[], { message: `must be one of ${NEXT_STEP_KINDS.join(', ')}` })
  kind?: NextStepKindValue;

  @Field({ nullable: true }) @IsOptional() @Text(LIMITS.stepTitle) title?: string;
}
