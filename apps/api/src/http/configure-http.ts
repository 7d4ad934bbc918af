import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppConfig } from '../config/app-config';

/**
 * HTTP concerns around the API: security headers, cookies, the client address behind a proxy,
 * and the built portal served from the same origin (so the portal needs no CORS).
 */
export function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', config.http.trustProxy);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'frame-ancestors': ["'none'"],
          'form-action': ["'self'"],
        },
      },
      // Status links and invite links carry secrets: never tell other sites where a visitor came from.
      referrerPolicy: { policy: 'no-referrer' },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(cookieParser());
  // Nothing Candor serves is for search engines or shared caches: it is private to a team or a candidate.
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('X-Robots-Tag', 'noindex, nofollow');
    next();
  });
  app.use('/graphql', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    capResponseSize(res, config.http.maxResponseBytes);
    next();
  });
  app.use('/robots.txt', (_req: Request, res: Response) => {
    res.type('text/plain').send('User-agent: *\nDisallow: /status\nDisallow: /invite\nDisallow: /graphql\n');
  });
  servePortal(app, config.http.portalDir);
}

/** Paths the server answers itself; every other GET for HTML is a portal route. */
const SERVER_ROUTES = ['/graphql', '/health', '/email/'];

function servePortal(app: NestExpressApplication, portalDir: string): void {
  const index = join(portalDir, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(portalDir, { index: false, maxAge: '1h', setHeaders: immutableAssets });
  // Client-side routes (/, /login, /status, ...) all get the portal's index.html.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || SERVER_ROUTES.some((prefix) => req.path.startsWith(prefix)) || !req.accepts('html')) {
      return next();
    }
    res.setHeader('Cache-Control', 'no-store');
    res.sendFile(index);
  });
}

function immutableAssets(res: Response, path: string): void {
  if (path.includes(`${join('/', 'assets', '/')}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}

/**
 * A backstop after the query-cost check: a GraphQL answer of more than `maxBytes` bytes (its
 * UTF-8 JSON, as sent) is replaced by a BAD_USER_INPUT error. It looks at the body Apollo already serialized,
 * so an answer is never serialized twice.
 */
function capResponseSize(res: Response, maxBytes: number): void {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit: short answers are not even measured.
    if (typeof body === 'string' && body.length * 3 > maxBytes && Buffer.byteLength(body, 'utf8') > maxBytes) {
      const megabytes = (maxBytes / 1_000_000).toLocaleString('en-US');
      return send(
        JSON.stringify({
          data: null,
          errors: [{ message: `The answer would be larger than ${megabytes} MB; ask for fewer fields or items.`, extensions: { code: 'BAD_USER_INPUT' } }],
        }),
      );
    }
    return send(body);
  };
}
