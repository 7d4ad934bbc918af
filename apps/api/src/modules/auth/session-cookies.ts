import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { RequestContext } from '../../common/request-context';
import { IssuedSession } from './auth.service';

export const SESSION_COOKIE = 'candor_session';

/** The portal's session travels in an HttpOnly cookie, out of reach of page scripts. */
@Injectable()
export class SessionCookies {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Sets the cookie and returns the session for the GraphQL answer. */
  issue(ctx: RequestContext, session: IssuedSession): IssuedSession {
    ctx.res.cookie(SESSION_COOKIE, session.accessToken, { ...this.options, expires: session.expiresAt });
    return session;
  }

  clear(ctx: RequestContext): void {
    ctx.res.clearCookie(SESSION_COOKIE, this.options);
  }

  private get options() {
    return { httpOnly: true, sameSite: 'lax' as const, secure: this.config.auth.secureCookies, path: '/' };
  }
}

/** A bearer token from `Authorization`, else the portal's cookie. */
export function sessionTokenOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header) return /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const cookie = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof cookie === 'string' ? cookie : undefined;
}
