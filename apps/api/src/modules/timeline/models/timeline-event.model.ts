import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../common/scalars/date-time.scalar';

/** actorName and summary come from TimelineResolver. */
@ObjectType()
export class TimelineEvent {
  @Field(() => ID) id: string;
  @Field({ description: 'e.g. STAGE_CHANGED, STEP_ADDED, PROMISE_CHANGED.' }) type: string;
  @Field(() => DateTimeScalar) at: Date;
}
