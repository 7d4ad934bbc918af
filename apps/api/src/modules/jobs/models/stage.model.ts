import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { STAGE_KINDS, StageKind as StageKindValue } from '@candor/domain';
import { enumOf } from '../../../common/enum-of';

export const StageKind = enumOf(STAGE_KINDS);
registerEnumType(StageKind, { name: 'StageKind' });

@ObjectType()
export class Stage {
  @Field(() => ID) id: string;
  @Field({ description: "The team's name for the stage." }) name: string;
  @Field(() => StageKind) kind: StageKindValue;
  @Field(() => Int, { description: '0-based place in the pipeline.' }) position: number;
  @Field({ description: 'What candidates read instead of the name.' }) candidateLabel: string;
  @Field() candidateDescription: string;
  @Field() visibleToCandidates: boolean;
  @Field({ description: 'Whether entering this stage emails the candidate.' }) notifyCandidates: boolean;
  @Field(() => Int, { nullable: true, description: 'Days until the candidate hears back, suggested on entry.' })
  defaultResponseDays: number | null;
  @Field(() => Int, { description: "Minutes the stage's email waits (an undo window)." }) emailDelayMinutes: number;
  @Field(() => Float, {
    nullable: true,
    description: "Median days from entering this stage to the candidate's first visible update, over its latest 50 stays that saw one; null with fewer than 5.",
  })
  typicalDaysToUpdate: number | null;
}
