import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UndeliverableKind } from '@candor/domain';
import { DateTimeScalar } from '../../../common/scalars/date-time.scalar';

export const EmailUndeliverableKind = { BOUNCE: 'BOUNCE', COMPLAINT: 'COMPLAINT' } as const;
registerEnumType(EmailUndeliverableKind, {
  name: 'EmailUndeliverableKind',
  valuesMap: {
    BOUNCE: { description: 'The receiving server refused the address for good (a 5.x.x delivery status).' },
    COMPLAINT: { description: "The address's owner reported an email from Candor as spam." },
  },
});

@ObjectType({ description: "Why email to a candidate's address is paused; it stays paused until the address is corrected or the mark cleared." })
export class EmailUndeliverable {
  @Field(() => EmailUndeliverableKind) kind: UndeliverableKind;
  @Field({ description: 'What the report said, e.g. "5.1.1 smtp; 550 user unknown" or "abuse".' }) reason: string;
  @Field(() => DateTimeScalar, { description: 'When the address was last reported.' }) reportedAt: Date;
}
