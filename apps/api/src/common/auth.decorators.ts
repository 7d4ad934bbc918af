import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor } from './actor';
import { DomainException } from './domain.exception';
import { CandorRequest } from './request-context';

export const IS_PUBLIC = 'candor:isPublic';

/**
 * Opens an HTTP route to callers without a session. (GraphQL operations are opened or
 * restricted by OPERATION_ACCESS in libs/domain, which the session guard reads.)
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);

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
