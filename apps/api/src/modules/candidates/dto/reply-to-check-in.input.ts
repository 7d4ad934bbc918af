import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { LongText } from '../../../common/input-rules';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';

@InputType()
export class ReplyToCheckInInput {
  @Field(() => ID) @IsString() checkInId: string;

  @Field({ description: 'The reply the candidate reads on their page and in an email.' })
  @LongText(LIMITS.checkInReply)
  message: string;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: 'A new promised reply day, told with the reply. Later than an open promise that has not lapsed: it is extended, with the reply as its reason.',
  })
  @IsOptional()
  expectedResponseBy?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the reply day moves later, when it extends an open promise; the reply itself when omitted.' })
  @IsOptional()
  @LongText(LIMITS.promiseChangeReason)
  promiseChangeReason?: string;

  @Field(() => Int, { nullable: true, description: 'Optimistic lock on the candidate (with a new day): CONFLICT when the candidate changed since.' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}
