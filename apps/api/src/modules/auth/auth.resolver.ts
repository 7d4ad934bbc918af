import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/auth.decorators';
import { RequestContext } from '../../common/request-context';
import { AuthService } from './auth.service';
import { LogInInput } from './dto/log-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { AuthPayload } from './models/auth-payload.model';
import { SessionCookies } from './session-cookies';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
  ) {}

  @Mutation(() => AuthPayload, { description: 'A new organization and its first ADMIN, signed in.' })
  async signUp(@Args('input') input: SignUpInput, @Context() ctx: RequestContext): Promise<AuthPayload> {
    return this.cookies.issue(ctx, await this.auth.signUp(input, ctx.req.ip ?? ''));
  }

  @Mutation(() => AuthPayload, { description: 'With two-factor sign-in, give oneTimeCode too; without it the error says twoFactorRequired.' })
  async logIn(@Args('input') input: LogInInput, @Context() ctx: RequestContext): Promise<AuthPayload> {
    return this.cookies.issue(ctx, await this.auth.logIn(input, ctx.req.ip ?? ''));
  }

  @Mutation(() => Boolean, { description: 'Ends this session; its token stops working at once.' })
  async logOut(@CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<boolean> {
    await this.auth.logOut(actor);
    this.cookies.clear(ctx);
    return true;
  }
}
