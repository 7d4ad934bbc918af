import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Permission, roleAllows } from '@candor/domain';
import { IS_PUBLIC, REQUIRED_PERMISSION, requestOf } from '../../common/auth.decorators';
import { DomainException } from '../../common/domain.exception';
import { AuthService } from './auth.service';
import { sessionTokenOf } from './session-cookies';

/**
 * Installed for every resolver and route: without @Public() a request needs a live session,
 * and with @RequirePermission() a role that allows the action.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = requestOf(context);
    if (!req.actor) {
      const token = sessionTokenOf(req);
      const actor = token ? await this.auth.authenticate(token) : null;
      if (!actor) throw DomainException.unauthenticated();
      req.actor = actor;
    }
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    if (permission && !roleAllows(req.actor.role, permission)) {
      throw DomainException.forbidden(`Your role (${req.actor.role}) does not allow this; ask an admin of your organization.`);
    }
    return true;
  }
}
