import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../common/scalars/date-time.scalar';
import { EmailStatus as EmailStatusValue } from '../email-message.entity';

export const EmailStatus = {
  SCHEDULED: 'SCHEDULED',
  SENDING: 'SENDING',
  SENT: 'SENT',
  FAILED: 'FAILED',
  CANCELLED: 'CANCELLED',
  PAUSED: 'PAUSED',
} as const;
registerEnumType(EmailStatus, {
  name: 'EmailStatus',
  valuesMap: { PAUSED: { description: 'Held: the address bounced or its owner reported spam. Goes when the address is corrected or the mark cleared.' } },
});

@ObjectType()
export class EmailMessage {
  @Field(() => ID) id: string;
  @Field({ description: 'STAGE_CHANGED, STEP_SCHEDULED, STEP_UPDATED, STEP_CANCELLED, CHECK_IN, RESPONSE, INVITE, PASSWORD_RESET, DIGEST, PROMISE_EXTENDED (a promised reply day moved later), CHECK_IN_REPLY (the team answered a check-in), STEP_REMINDER (a reminder before a step) or PROMISE_DUE_REMINDER (to a member, the working day before promises lapse).' }) kind: string;
  @Field() to: string;
  @Field() subject: string;
  @Field(() => EmailStatus) status: EmailStatusValue;
  @Field(() => DateTimeScalar, { description: 'Not before this instant (delay window, quiet hours).' }) sendAfter: Date;
  @Field(() => DateTimeScalar, { nullable: true }) sentAt: Date | null;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, or the email was cancelled or paused.' }) lastError: string | null;
  @Field() text: string;
  @Field() html: string;
  @Field(() => DateTimeScalar) createdAt: Date;
}
