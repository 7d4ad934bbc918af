import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Validate } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { Email, NewPassword, Text } from '../../../common/input-rules';
import { IsTimeZone } from '../../organizations/time-zone.validator';

@InputType()
export class SignUpInput {
  @Field() @Text(LIMITS.organizationName) organizationName: string;
  @Field() @Text(LIMITS.personName) name: string;
  @Field() @Email() email: string;

  @Field({ description: 'At least 15 characters, not a common or leaked password (NIST SP 800-63B-4 §3.1.1.2).' })
  @NewPassword()
  password: string;

  @Field({ nullable: true, description: 'IANA time zone of the organization, e.g. Europe/Berlin. Default UTC.' })
  @IsOptional()
  @Validate(IsTimeZone)
  timeZone?: string;
}
