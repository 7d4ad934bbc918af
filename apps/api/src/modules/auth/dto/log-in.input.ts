import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { EmailLookup } from '../../../common/input-rules';

@InputType()
export class LogInInput {
  @Field() @EmailLookup() email: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(LIMITS.passwordMax, { message: `must be at most ${LIMITS.passwordMax} characters` })
  password: string;

  @Field({ nullable: true, description: 'For members with two-factor sign-in: the 6-digit code of their authenticator app, or a recovery code.' })
  @IsOptional()
  @IsString()
  @MaxLength(32, { message: 'must be at most 32 characters' })
  oneTimeCode?: string;
}
