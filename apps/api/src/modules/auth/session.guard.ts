import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Permission, roleAllows } from '@candor/domain';
import { IS_PUBLIC, REQUIRED_PERMISSION, requestOf } from '../../common/auth.decorators';
import { Actor } from '../../common/actor';
import { DomainException } from '../../common/domain.exception';
import { AuthService } from './auth.service';
import { sessionTokenOf } from './session-cookies';

/**
 * Installed for every resolver and route: without @Public() a request needs a live session,
 * and with @RequirePermission() a role that allows the action.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  private readonly lookups = new WeakMap<object, Promise<Actor | null>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = requestOf(context);
    if (!req.actor) {
      // Root fields of one operation are guarded in parallel: they share one session look-up.
      let pending = this.lookups.get(req);
      if (!pending) {
        const token = sessionTokenOf(req);
        pending = token ? this.auth.authenticate(token) : Promise.resolve(null);
        this.lookups.set(req, pending);
      }
      const actor = await pending;
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
