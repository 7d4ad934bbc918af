import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { EmailLookup, NewPassword } from '../../../common/input-rules';

const CODE_MAX = 32;

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @IsNotEmpty({ message: 'must not be empty' }) @MaxLength(LIMITS.passwordMax) currentPassword: string;
  @Field({ description: 'At least 15 characters (8 with two-factor sign-in), not a common or leaked password.' })
  @NewPassword(LIMITS.passwordMinWithSecondFactor)
  newPassword: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field() @EmailLookup() email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the reset link (the text after #).' }) @IsString() @MaxLength(100) token: string;
  @Field({ description: 'At least 15 characters (8 with two-factor sign-in), not a common or leaked password.' })
  @NewPassword(LIMITS.passwordMinWithSecondFactor)
  password: string;
}

@InputType()
export class TwoFactorCodeInput {
  @Field({ description: 'A 6-digit code of the authenticator app (or, where accepted, a recovery code).' })
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(CODE_MAX, { message: `must be at most ${CODE_MAX} characters` })
  code: string;
}

@InputType()
export class DisableTwoFactorInput {
  @Field() @IsString() @IsNotEmpty({ message: 'must not be empty' }) @MaxLength(LIMITS.passwordMax) password: string;
  @Field({ description: 'A current code of the authenticator app, or a recovery code.' })
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(CODE_MAX, { message: `must be at most ${CODE_MAX} characters` })
  code: string;
}
