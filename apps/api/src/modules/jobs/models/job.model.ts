import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../common/scalars/date-time.scalar';
import { JobStatus as JobStatusValue } from '../job.entity';

export const JobStatus = { OPEN: 'OPEN', CLOSED: 'CLOSED' } as const;
registerEnumType(JobStatus, { name: 'JobStatus' });

/** Stages and candidates are resolved by JobsResolver's field resolvers. */
@ObjectType()
export class Job {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => JobStatus) status: JobStatusValue;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) closedAt: Date | null;
}
