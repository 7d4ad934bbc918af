import { RateLimiterRes } from 'rate-limiter-flexible';
import { DomainException, ErrorCode } from './domain.exception';

/** A used-up rate limit as the contract's TOO_MANY_REQUESTS, saying when to try again. */
export function tooManyRequests(result: unknown, what: string): DomainException {
  if (!(result instanceof RateLimiterRes)) throw result;
  const retryAfterSeconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new DomainException(
    ErrorCode.TOO_MANY_REQUESTS,
    `${what} Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
    { retryAfterSeconds },
  );
}
