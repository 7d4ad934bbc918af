import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength, Validate } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { Email, Text } from '../../../common/input-rules';
import { IsTimeZone } from '../../organizations/time-zone.validator';

@InputType()
export class SignUpInput {
  @Field() @Text(LIMITS.organizationName) organizationName: string;
  @Field() @Text(LIMITS.personName) name: string;
  @Field() @Email() email: string;

  @Field()
  @IsString()
  @MinLength(LIMITS.passwordMin, { message: `must be at least ${LIMITS.passwordMin} characters` })
  @MaxLength(LIMITS.passwordMax, { message: `must be at most ${LIMITS.passwordMax} characters` })
  password: string;

  @Field({ nullable: true, description: 'IANA time zone of the organization, e.g. Europe/Berlin. Default UTC.' })
  @IsOptional()
  @Validate(IsTimeZone)
  timeZone?: string;
}
