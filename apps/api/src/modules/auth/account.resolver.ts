import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/auth.decorators';
import { RequestContext } from '../../common/request-context';
import { AccountService } from './account.service';
import { ChangePasswordInput, DisableTwoFactorInput, RequestPasswordResetInput, ResetPasswordInput, TwoFactorCodeInput } from './dto/account.input';
import { TwoFactorSetup } from './models/two-factor-setup.model';
import { TwoFactorService } from './two-factor.service';

/** A member's own account: password, password reset by email, two-factor sign-in. */
@Resolver()
export class AccountResolver {
  constructor(
    private readonly account: AccountService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  @Mutation(() => Boolean, { description: 'Changes your password; your other sessions end.' })
  changePassword(@CurrentActor() actor: Actor, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    return this.account.changePassword(actor, input.currentPassword, input.newPassword);
  }

  @Mutation(() => Boolean, { description: 'Emails a reset link (valid 30 minutes, once) if the address has an account; the answer is the same either way.' })
  requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @Context() ctx: RequestContext): Promise<boolean> {
    return this.account.requestPasswordReset(input.email, ctx.req.ip ?? '');
  }

  @Mutation(() => Boolean, { description: 'Sets a new password with a reset link; every session of the account ends. Log in afterwards.' })
  resetPassword(@Args('input') input: ResetPasswordInput, @Context() ctx: RequestContext): Promise<boolean> {
    return this.account.resetPassword(input.token, input.password, ctx.req.ip ?? '');
  }

  @Mutation(() => TwoFactorSetup, { description: 'Starts two-factor sign-in: a new authenticator seed, to confirm with its first code.' })
  beginTwoFactorSetup(@CurrentActor() actor: Actor): Promise<TwoFactorSetup> {
    return this.twoFactor.begin(actor);
  }

  @Mutation(() => [String], { description: 'Turns two-factor sign-in on with the first code; returns 10 one-time recovery codes, shown only now.' })
  confirmTwoFactorSetup(@CurrentActor() actor: Actor, @Args('input') input: TwoFactorCodeInput): Promise<string[]> {
    return this.twoFactor.confirm(actor, input.code);
  }

  @Mutation(() => [String], { description: 'New recovery codes (the old ones stop working), given a current code.' })
  regenerateRecoveryCodes(@CurrentActor() actor: Actor, @Args('input') input: TwoFactorCodeInput): Promise<string[]> {
    return this.twoFactor.regenerateRecoveryCodes(actor, input.code);
  }

  @Mutation(() => Boolean, { description: 'Turns two-factor sign-in off (password and a code); not while the organization requires it.' })
  disableTwoFactor(@CurrentActor() actor: Actor, @Args('input') input: DisableTwoFactorInput): Promise<boolean> {
    return this.account.disableTwoFactor(actor, input.password, input.code);
  }
}
