import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { OPERATIONS_BEFORE_TWO_FACTOR, operationAccess, roleAllows } from '@candor/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { IS_PUBLIC, requestOf } from '../../common/auth.decorators';
import { DomainException } from '../../common/domain.exception';
import { AuthService } from './auth.service';

/**
 * Installed for every resolver and route.
 * - GraphQL operations: the access table in libs/domain (OPERATION_ACCESS) decides. An
 *   operation missing from it is refused; 'PUBLIC' ones need no session; every other one needs
 *   a live session whose role holds the permission. While the organization requires two-factor
 *   sign-in and the member has not set it up, only the set-up operations are open.
 * - HTTP routes: @Public() opens a route; any other needs a live session.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  private readonly logger = new Logger('SessionGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() === 'graphql') return this.admitOperation(context);
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    await this.signedIn(context);
    return true;
  }

  private async admitOperation(context: ExecutionContext): Promise<boolean> {
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    const operation = info.fieldName;
    const access = operationAccess(operation);
    if (access === undefined) {
      this.logger.error(`Operation ${operation} is not in OPERATION_ACCESS; refused.`);
      throw DomainException.forbidden('This operation is not available.');
    }
    if (access === 'PUBLIC') return true;
    const actor = await this.signedIn(context);
    if (actor.twoFactorRequired && !actor.twoFactorEnabled && !OPERATIONS_BEFORE_TWO_FACTOR.includes(operation)) {
      throw DomainException.forbidden('Your organization requires two-factor sign-in: set it up in your account settings first.');
    }
    if (!roleAllows(actor.role, access)) {
      throw DomainException.forbidden(`Your role (${actor.role}) does not allow this; ask an admin of your organization.`);
    }
    return true;
  }

  private async signedIn(context: ExecutionContext) {
    const req = requestOf(context);
    req.actor ??= (await this.auth.actorOf(req)) ?? undefined;
    if (!req.actor) throw DomainException.unauthenticated();
    return req.actor;
  }
}
