import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "How many of the job's current candidates are in one stage." })
export class StageCount {
  @Field(() => ID) stageId: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'The numbers of a job card: current candidates (not archived), overdue reply promises, candidates per stage.' })
export class JobSummary {
  @Field(() => Int) candidates: number;
  @Field(() => Int, { description: 'Candidates whose promised reply date has passed (promiseState OVERDUE).' }) overdue: number;
  @Field(() => [StageCount], { description: 'Every stage of the job, in pipeline order, with its count (0 included).' }) stages: StageCount[];
}
