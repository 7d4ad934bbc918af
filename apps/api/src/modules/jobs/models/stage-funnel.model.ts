import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Stage } from './stage.model';

@ObjectType({ description: "One stage of a job's funnel: who reached it, who is there now, and how long they stay." })
export class StageFunnel {
  @Field(() => Stage) stage: Stage;
  @Field(() => Int, {
    description:
      'Candidates who got at least this far: for a stage before the outcomes, those who were in it or in a later stage before the outcomes (never more than the first stage); for an outcome stage, those who were in it.',
  })
  reached: number;
  @Field(() => Int, { description: 'Candidates in this stage now (archived ones not counted).' }) current: number;
  @Field(() => Float, { nullable: true, description: 'Median days a finished stay in this stage lasted, to a tenth; null before anyone left it.' })
  medianDaysInStage: number | null;
  @Field(() => Int, { description: 'Finished stays the median is taken over.' }) finishedStays: number;
}
