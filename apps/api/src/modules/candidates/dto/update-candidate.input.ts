import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { Email, Text } from '../../../common/input-rules';
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
}
