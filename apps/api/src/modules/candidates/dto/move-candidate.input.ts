import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { LongText, FallbackExtensionDays } from '../../../common/input-rules';
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

  @Field(() => Int, {
    nullable: true,
    description: `Pre-approves one extension of the promise by this many business days (1 to 20): if nothing the candidate sees happens by the organization's extension time (default 16:00) on the promised day, Candor tells them and moves the day. Null: none.`,
  })
  @FallbackExtensionDays()
  fallbackExtensionDays?: number | null;

  @Field(() => String, { nullable: true, description: 'Why the reply day moves later than the one the candidate was given; they are emailed it and see it on their page. Needed for such a change.' })
  @IsOptional()
  @LongText(LIMITS.promiseChangeReason)
  promiseChangeReason?: string;
}
