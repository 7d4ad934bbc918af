import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Permission } from '@candor/domain';
import { Actor } from './actor';
import { DomainException } from './domain.exception';
import { CandorRequest } from './request-context';

export const IS_PUBLIC = 'candor:isPublic';
export const REQUIRED_PERMISSION = 'candor:permission';

/** Opens a resolver or route to callers without a session. Every other one needs a session. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The member's role must allow this (see roleAllows in libs/domain). */
export const RequirePermission = (permission: Permission) => SetMetadata(REQUIRED_PERMISSION, permission);

export function requestOf(context: ExecutionContext): CandorRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: CandorRequest }>().req;
  }
  return context.switchToHttp().getRequest<CandorRequest>();
}

/** The verified actor of this request (set by SessionGuard). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw DomainException.unauthenticated();
  return actor;
});
