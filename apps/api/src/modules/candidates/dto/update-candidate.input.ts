import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { Email, Text, FallbackExtensionDays, LongText } from '../../../common/input-rules';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';

@InputType()
export class UpdateCandidateInput {
  @Field(() => ID) @IsString() candidateId: string;
  @Field({ nullable: true }) @IsOptional() @Text(LIMITS.candidateName) name?: string;
  @Field({ nullable: true }) @IsOptional() @Email() email?: string;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'A new promised reply day; null removes the promise.' })
  @IsOptional()
  expectedResponseBy?: string | null;

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
