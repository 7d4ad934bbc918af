import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Validate } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { Text } from '../../../common/input-rules';
import { IsTimeZone } from '../time-zone.validator';

@InputType()
export class UpdateOrganizationInput {
  @Field({ nullable: true }) @IsOptional() @Text(LIMITS.organizationName) name?: string;
  @Field({ nullable: true }) @IsOptional() @Validate(IsTimeZone) timeZone?: string;
}
