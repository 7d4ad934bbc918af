import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { Email, Text, FallbackExtensionDays } from '../../../common/input-rules';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';

@InputType()
export class AddCandidateInput {
  @Field(() => ID) @IsString() jobId: string;
  @Field() @Text(LIMITS.candidateName) name: string;
  @Field() @Email() email: string;

  @Field(() => ID, { nullable: true, description: 'The stage to start in; the first stage when omitted.' })
  @IsOptional()
  @IsString()
  stageId?: string;

  @Field(() => CalendarDateScalar, { nullable: true, description: "When omitted, the stage's default reply days apply." })
  @IsOptional()
  expectedResponseBy?: string | null;

  @Field({
    nullable: true,
    defaultValue: true,
    description: "Send the stage's email (for the first stage: the application is received, with the status link). False for imports the candidate should not hear about.",
  })
  @IsOptional()
  @IsBoolean()
  notify?: boolean;

  @Field(() => Int, {
    nullable: true,
    description: `Pre-approves one extension of the promise by this many business days (1 to 20): if nothing the candidate sees happens by the organization's extension time (default 16:00) on the promised day, Candor tells them and moves the day. Null: none.`,
  })
  @FallbackExtensionDays()
  fallbackExtensionDays?: number | null;
}
