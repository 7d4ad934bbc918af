import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../common/scalars/date-time.scalar';
import { EmailStatus as EmailStatusValue } from '../email-message.entity';

export const EmailStatus = {
  SCHEDULED: 'SCHEDULED',
  SENDING: 'SENDING',
  SENT: 'SENT',
  FAILED: 'FAILED',
  CANCELLED: 'CANCELLED',
} as const;
registerEnumType(EmailStatus, { name: 'EmailStatus' });

@ObjectType()
export class EmailMessage {
  @Field(() => ID) id: string;
  @Field() to: string;
  @Field() subject: string;
  @Field(() => EmailStatus) status: EmailStatusValue;
  @Field(() => DateTimeScalar) createdAt: Date;
}
