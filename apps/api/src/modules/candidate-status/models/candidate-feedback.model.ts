import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';
import { DateTimeScalar } from '../../../common/scalars/date-time.scalar';

@ObjectType({ description: 'A check-in from the candidate after a promised date lapsed.' })
export class CheckIn {
  @Field(() => ID) id: string;
  @Field(() => CalendarDateScalar, { description: 'The promised date that lapsed.' }) promisedDate: string;
  @Field(() => String, { nullable: true }) message: string | null;
  @Field(() => DateTimeScalar) createdAt: Date;
}

@ObjectType({ description: 'What the candidate sent in answer to a request for information.' })
export class CandidateResponse {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) nextStepId: string | null;
  @Field() message: string;
  @Field(() => [String]) links: string[];
  @Field(() => DateTimeScalar) createdAt: Date;
}
