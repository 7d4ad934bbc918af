import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { NewPassword, Text } from '../../../common/input-rules';

@InputType()
export class AcceptInviteInput {
  @Field({ description: 'The token from the invite link (the text after #).' })
  @IsString()
  @MaxLength(100)
  token: string;

  @Field() @Text(LIMITS.personName) name: string;

  @Field({ description: 'At least 15 characters, not a common or leaked password (NIST SP 800-63B-4 §3.1.1.2).' })
  @NewPassword()
  password: string;
}
