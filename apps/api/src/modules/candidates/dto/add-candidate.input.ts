import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { Email, Text } from '../../../common/input-rules';
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
}
