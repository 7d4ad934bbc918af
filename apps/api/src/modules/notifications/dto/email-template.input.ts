import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { TEMPLATE_LIMITS } from '@candor/emails';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';

@InputType()
export class UpdateEmailTemplateInput {
  @Field(() => ID) @IsString() stageId: string;
  @Field() @IsString() @MaxLength(TEMPLATE_LIMITS.subject, { message: `must be at most ${TEMPLATE_LIMITS.subject} characters` }) subject: string;
  @Field() @IsString() @MaxLength(TEMPLATE_LIMITS.body, { message: `must be at most ${TEMPLATE_LIMITS.body} characters` }) body: string;
}

@InputType()
export class PreviewStageEmailInput {
  @Field(() => ID) @IsString() stageId: string;
  @Field(() => ID, { nullable: true, description: 'A real candidate of the job; sample data when omitted.' })
  @IsOptional()
  @IsString()
  candidateId?: string;
  @Field({ nullable: true, description: 'An unsaved subject to preview.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEMPLATE_LIMITS.subject, { message: `must be at most ${TEMPLATE_LIMITS.subject} characters` })
  subject?: string;
  @Field({ nullable: true, description: 'An unsaved body to preview.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEMPLATE_LIMITS.body, { message: `must be at most ${TEMPLATE_LIMITS.body} characters` })
  body?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.messageToCandidate, { message: `must be at most ${LIMITS.messageToCandidate} characters` }) messageToCandidate?: string;
  @Field(() => CalendarDateScalar, {
    nullable: true,
    description:
      'For a real candidate: the promised reply day the move will set, exactly as moveCandidate takes it (null: none; omitted: the stage\'s usual one). The preview shows it, and refuses what the move would refuse.',
  })
  @IsOptional()
  expectedResponseBy?: string | null;
}
