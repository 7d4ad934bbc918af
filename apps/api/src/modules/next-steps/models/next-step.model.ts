import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NEXT_STEP_KINDS, NEXT_STEP_STATES, NextStepKind as NextStepKindValue, NextStepState as NextStepStateValue } from '@candor/domain';
import { enumOf } from '../../../common/enum-of';
import { DateTimeScalar } from '../../../common/scalars/date-time.scalar';

export const NextStepKind = enumOf(NEXT_STEP_KINDS);
registerEnumType(NextStepKind, { name: 'NextStepKind' });
export const NextStepState = enumOf(NEXT_STEP_STATES);
registerEnumType(NextStepState, { name: 'NextStepState' });

@ObjectType()
export class NextStep {
  @Field(() => ID) id: string;
  @Field(() => NextStepKind) kind: NextStepKindValue;
  @Field() title: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When an event (interview, call) starts.' }) startsAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When a task (test, take-home) is due.' }) dueAt: Date | null;
  @Field(() => Int, { nullable: true }) durationMinutes: number | null;
  @Field(() => String, { nullable: true }) location: string | null;
  @Field(() => String, { nullable: true }) meetingUrl: string | null;
  @Field(() => String, { nullable: true, description: 'What to prepare.' }) instructions: string | null;
  @Field() visibleToCandidate: boolean;
  @Field({ description: 'The candidate can answer it from the status page.' }) requestsResponse: boolean;
  @Field(() => NextStepState) state: NextStepStateValue;
  @Field(() => Int) position: number;
  @Field(() => DateTimeScalar, { nullable: true }) completedAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) cancelledAt: Date | null;
}
