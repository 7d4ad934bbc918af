import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsOptional, IsString } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { LongText, FallbackExtensionDays } from '../../../common/input-rules';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';

export const BULK_MOVE_LIMIT = 1000;

@InputType()
export class BulkMoveCandidatesInput {
  @Field(() => [ID])
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one candidate' })
  @ArrayMaxSize(BULK_MOVE_LIMIT, { message: `may name at most ${BULK_MOVE_LIMIT} candidates` })
  @IsString({ each: true })
  candidateIds: string[];

  @Field(() => ID) @IsString() stageId: string;

  @Field(() => CalendarDateScalar, { nullable: true, description: "Omitted: the stage's default; null: no promise." })
  @IsOptional()
  expectedResponseBy?: string | null;

  @Field({ nullable: true }) @IsOptional() @LongText(LIMITS.messageToCandidate) messageToCandidate?: string;
  @Field({ nullable: true, defaultValue: true }) @IsOptional() @IsBoolean() notify?: boolean;

  @Field(() => Int, {
    nullable: true,
    description: `Pre-approves one extension of the promise by this many business days (1 to 20): if nothing the candidate sees happens by the organization's extension time (default 16:00) on the promised day, Candor tells them and moves the day. Null: none.`,
  })
  @FallbackExtensionDays()
  fallbackExtensionDays?: number | null;
}
