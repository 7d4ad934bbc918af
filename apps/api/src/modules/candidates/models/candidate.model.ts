import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';
import { DateTimeScalar } from '../../../common/scalars/date-time.scalar';

export const PromiseState = { NONE: 'NONE', ON_TRACK: 'ON_TRACK', DUE_SOON: 'DUE_SOON', OVERDUE: 'OVERDUE' } as const;
registerEnumType(PromiseState, {
  name: 'PromiseState',
  description: 'How the promised reply date stands today in the organization time zone.',
});

/** job, stage, statusUrl, nextSteps, timeline, emails and promiseState come from CandidatesResolver. */
@ObjectType()
export class Candidate {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() email: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'The day the candidate will hear back by.' })
  expectedResponseBy: string | null;
  @Field(() => Int, { description: 'Rises with each change; pass it as expectedVersion to avoid overwriting.' })
  version: number;
  @Field(() => DateTimeScalar) stageEnteredAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) archivedAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'The candidate asked for no more emails (the status link still works).' })
  unsubscribedAt: Date | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'An outcome waiting out its undo window takes effect for the candidate then (their page, steps and calendar change, its email goes); a move back before it sends nothing.',
  })
  outcomePendingUntil: Date | null;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar) updatedAt: Date;
}
