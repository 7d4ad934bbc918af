import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { Text } from '../../../common/input-rules';

@InputType()
export class AcceptInviteInput {
  @Field({ description: 'The token from the invite link (the text after #).' })
  @IsString()
  @MaxLength(100)
  token: string;

  @Field() @Text(LIMITS.personName) name: string;

  @Field()
  @IsString()
  @MinLength(LIMITS.passwordMin, { message: `must be at least ${LIMITS.passwordMin} characters` })
  @MaxLength(LIMITS.passwordMax, { message: `must be at most ${LIMITS.passwordMax} characters` })
  password: string;
}
