import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';
import { DateTimeScalar } from '../../../common/scalars/date-time.scalar';
import { Candidate } from '../../candidates/models/candidate.model';
import { NextStep } from '../../next-steps/models/next-step.model';
import { CheckIn } from '../../candidate-status/models/candidate-feedback.model';

export const AttentionReason = {
  CHECK_IN_OVERDUE: 'CHECK_IN_OVERDUE',
  PROMISE_AUTO_EXTENDED: 'PROMISE_AUTO_EXTENDED',
  PROMISE_OVERDUE: 'PROMISE_OVERDUE',
  PROMISE_DUE_SOON: 'PROMISE_DUE_SOON',
  STEP_PAST_NOT_DONE: 'STEP_PAST_NOT_DONE',
  CHECK_IN_WAITING: 'CHECK_IN_WAITING',
  RESPONSE_WAITING: 'RESPONSE_WAITING',
  EMAIL_UNDELIVERABLE: 'EMAIL_UNDELIVERABLE',
} as const;
export type AttentionReasonValue = keyof typeof AttentionReason;
registerEnumType(AttentionReason, {
  name: 'AttentionReason',
  valuesMap: {
    CHECK_IN_OVERDUE: {
      description: 'A check-in left unanswered for one business day (weekends and holidays skipped): answer it first (dueOn: the day it was to be answered by).',
    },
    PROMISE_AUTO_EXTENDED: {
      description: 'Candor extended the reply date on a pre-approval (the candidate was told): decide by the new day (dueOn); a second lapse is not extended.',
    },
    EMAIL_UNDELIVERABLE: { description: "Email to the candidate is paused: their address bounced or reported spam (Candidate.emailUndeliverable)." },
  },
});

@ObjectType({ description: 'Something the team owes a candidate, soonest first.' })
export class AttentionItem {
  @Field(() => AttentionReason) reason: AttentionReasonValue;
  @Field(() => Candidate) candidate: Candidate;
  @Field(() => NextStep, { nullable: true, description: 'The past step, for STEP_PAST_NOT_DONE.' }) nextStep: NextStep | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'The promised day, for promises.' }) dueOn: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the step ended or was due.' }) dueAt: Date | null;
  @Field(() => CheckIn, { nullable: true, description: 'The check-in, for CHECK_IN_WAITING and CHECK_IN_OVERDUE (answer it with replyToCheckIn).' }) checkIn?: CheckIn | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the check-in or answer arrived, or the bounce or complaint was reported.' }) receivedAt: Date | null;
}
