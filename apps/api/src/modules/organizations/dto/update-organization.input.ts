import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min, Validate } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { Text } from '../../../common/input-rules';
import { IsTimeZone } from '../time-zone.validator';

@InputType()
export class UpdateOrganizationInput {
  @Field({ nullable: true }) @IsOptional() @Text(LIMITS.organizationName) name?: string;
  @Field({ nullable: true }) @IsOptional() @Validate(IsTimeZone) timeZone?: string;

  @Field(() => Int, { nullable: true, description: 'Days a status link keeps working after the outcome (1 to 3650).' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of days' })
  @Min(1, { message: 'must be at least 1' })
  @Max(3650, { message: 'must be at most 3650' })
  statusLinkExpiryDays?: number;
}
