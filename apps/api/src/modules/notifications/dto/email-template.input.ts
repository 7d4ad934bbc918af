import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { TEMPLATE_LIMITS } from '@candor/emails';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';
import { TemplateText, LongText } from '../../../common/input-rules';

@InputType()
export class UpdateEmailTemplateInput {
  @Field(() => ID) @IsString() stageId: string;
  @Field() @TemplateText(TEMPLATE_LIMITS.subject) subject: string;
  @Field() @TemplateText(TEMPLATE_LIMITS.body) body: string;
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
  @TemplateText(TEMPLATE_LIMITS.subject)
  subject?: string;
  @Field({ nullable: true, description: 'An unsaved body to preview.' })
  @IsOptional()
  @TemplateText(TEMPLATE_LIMITS.body)
  body?: string;
  @Field({ nullable: true }) @IsOptional() @LongText(LIMITS.messageToCandidate) messageToCandidate?: string;
  @Field(() => CalendarDateScalar, {
    nullable: true,
    description:
      'For a real candidate: the promised reply day the move will set, exactly as moveCandidate takes it (null: none; omitted: the stage\'s usual one). The preview shows it, and refuses what the move would refuse.',
  })
  @IsOptional()
  expectedResponseBy?: string | null;
}
