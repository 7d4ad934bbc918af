import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';
import { DateTimeScalar } from '../../../common/scalars/date-time.scalar';

@ObjectType({ description: "The team's reply to a check-in." })
export class CheckInReply {
  @Field() message: string;
  @Field(() => DateTimeScalar) sentAt: Date;
  @Field(() => ID, { nullable: true, description: 'The member who replied (null once removed).' }) sentById: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'The new promised reply day given with it.' }) newExpectedResponseBy: string | null;
}

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
