import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { LongText } from '../../../common/input-rules';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';

@InputType()
export class MoveCandidateInput {
  @Field(() => ID) @IsString() candidateId: string;
  @Field(() => ID) @IsString() stageId: string;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: "The day the candidate will hear back by. Omitted: the stage's default; null: no promise.",
  })
  @IsOptional()
  expectedResponseBy?: string | null;

  @Field({ nullable: true, description: "A personal note included in the stage's email." })
  @IsOptional()
  @LongText(LIMITS.messageToCandidate)
  messageToCandidate?: string;

  @Field({ nullable: true, defaultValue: true, description: "Send the stage's email (when the stage notifies)." })
  @IsOptional()
  @IsBoolean()
  notify?: boolean;

  @Field(() => Int, { nullable: true, description: 'Optimistic lock: CONFLICT when the candidate changed since.' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}
