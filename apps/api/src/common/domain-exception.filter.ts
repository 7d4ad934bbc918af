import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { DomainException, ErrorCode } from './domain.exception';

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/**
 * In GraphQL every error passes untouched to the one formatter (graphql-error.formatter.ts),
 * which maps and, for unexpected ones, logs it once. On plain HTTP routes a domain exception
 * becomes a JSON answer with its status; anything else gets Nest's default handling.
 */
@Catch()
export class DomainExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    if (exception instanceof DomainException) {
      const res = host.switchToHttp().getResponse<Response>();
      res.status(HTTP_STATUS[exception.code]).json({ code: exception.code, message: exception.message });
      return undefined;
    }
    return super.catch(exception, host);
  }
}
