import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { LIMITS } from '@candor/domain';
import { LongText } from '../../../common/input-rules';
import { DateTimeScalar } from '../../../common/scalars/date-time.scalar';

const trimmed = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** The optional details of a step, shared by adding and editing. null clears a value when editing. */
@InputType({ isAbstract: true })
export class NextStepFieldsInput {
  @Field(() => DateTimeScalar, { nullable: true }) @IsOptional() startsAt?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) @IsOptional() dueAt?: Date | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'must be a whole number of minutes' }) durationMinutes?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @LongText(LIMITS.stepLocation) location?: string | null;

  @Field(() => String, { nullable: true, description: 'A video link (http or https).' })
  @IsOptional()
  @trimmed
  @IsString()
  @MaxLength(LIMITS.url, { message: `must be at most ${LIMITS.url} characters` })
  meetingUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'What to prepare.' })
  @IsOptional()
  @LongText(LIMITS.stepInstructions)
  instructions?: string | null;

  @Field({ nullable: true, description: 'The step asks the candidate for something; the status page offers an answer form (default false).' })
  @IsOptional()
  @IsBoolean()
  requestsResponse?: boolean;

  @Field({ nullable: true, description: 'Shown on the status page (default true).' })
  @IsOptional()
  @IsBoolean()
  visibleToCandidate?: boolean;
}
