import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString } from 'class-validator';
import { DateTimeScalar } from '../../../common/scalars/date-time.scalar';

@ArgsType()
export class PromiseStatsArgs {
  @Field(() => DateTimeScalar, { description: 'Start of the period (inclusive).' }) @IsDate() from: Date;
  @Field(() => DateTimeScalar, { description: 'End of the period (exclusive), after from, at most LIMITS.promiseStatsDays later.' }) @IsDate() to: Date;
  @Field(() => ID, { nullable: true, description: "Only this job's promises." }) @IsOptional() @IsString() jobId?: string;
  @Field(() => ID, { nullable: true, description: "Only promises this member gave (or pre-approved)." }) @IsOptional() @IsString() memberId?: string;
}
