import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, ValidateIf } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { Email, Text } from '../../../common/input-rules';

/** "" (or blanks) means "none": the contact is removed. */
const blankToNull = Transform(({ value }) => (typeof value === 'string' && value.trim() === '' ? null : value));
const unlessCleared = ValidateIf((_, value) => value !== null && value !== undefined);

/** Changes to a job; a field left out stays as it is. */
@InputType()
export class UpdateJobInput {
  @Field(() => ID) @IsString() jobId: string;
  @Field({ nullable: true }) @IsOptional() @Text(LIMITS.jobTitle) title?: string;

  @Field(() => String, {
    nullable: true,
    description: "The contact shown on this job's status pages (a person or a team), with contactEmail; null or \"\" for both removes it.",
  })
  @blankToNull
  @unlessCleared
  @Text(LIMITS.personName)
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'The contact\'s address (may be a shared inbox), with contactName.' })
  @blankToNull
  @unlessCleared
  @Email()
  contactEmail?: string | null;
}
