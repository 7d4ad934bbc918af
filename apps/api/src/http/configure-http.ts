import { existsSync } from 'node:fs';
import { LOGO_MAX_BASE64_CHARS } from '@candor/domain';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { ErrorRequestHandler, NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppConfig } from '../config/app-config';
import { Metrics } from '../observability/metrics';
import { APP_LOGGER } from '../observability/observability.module';
import { requestObserver } from '../observability/request-observer';

/**
 * HTTP concerns around the API: the request log and metrics, security headers, cookies, the
 * client address behind a proxy, and the built portal served from the same origin (so the portal needs no CORS).
 */
export function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', config.http.trustProxy);
  // First: every request gets its ID, its log line and its metrics, whoever answers it.
  app.use(requestObserver(app.get(APP_LOGGER), app.get(Metrics)));
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
  // JSON bodies (GraphQL): large enough for the largest logo upload, base64 in a variable, and
  // no larger (Express's default is 100 KB). Registered here, Nest does not add its own.
  app.useBodyParser('json', { limit: GRAPHQL_MAX_BODY_BYTES });
  app.use(refuseTooLarge);
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

/**
 * Largest JSON request body, in bytes: a logo upload (uploadOrganizationLogo) is the largest
 * request there is, its base64 text plus room for the query and the JSON around it.
 */
export const GRAPHQL_MAX_BODY_BYTES = LOGO_MAX_BASE64_CHARS + 16 * 1024;

/**
 * Paths the server answers itself; every other GET for HTML is a portal route. (An <img>
 * accepts any type, HTML included, so the logo route must be listed here.)
 */
const SERVER_ROUTES = ['/graphql', '/health', '/metrics', '/email/', '/branding/'];

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
 * A body over the limit is answered in GraphQL's shape (413, BAD_USER_INPUT), not as a server
 * error; on the mail event webhooks (plain JSON routes), any unreadable body (too large, not JSON)
 * is answered in their `{ error: { code, message } }` shape.
 */
const refuseTooLarge: ErrorRequestHandler = (error: { type?: unknown; status?: unknown }, req, res, next) => {
  if (req.path.startsWith('/mail/events/') && typeof error?.status === 'number' && error.status >= 400 && error.status < 500) {
    const message = error.type === 'entity.too.large' ? `The request is larger than ${Math.floor(GRAPHQL_MAX_BODY_BYTES / 1024)} KB.` : 'The body is not valid JSON.';
    res.status(error.status === 413 ? 413 : 400).setHeader('Cache-Control', 'no-store').json({ error: { code: 'BAD_USER_INPUT', message } });
    return;
  }
  if (error?.type !== 'entity.too.large') return next(error);
  const kilobytes = Math.floor(GRAPHQL_MAX_BODY_BYTES / 1024);
  res.status(413).json({
    data: null,
    errors: [{ message: `The request is larger than ${kilobytes} KB, the most Candor accepts; a logo may be at most 200 KB.`, extensions: { code: 'BAD_USER_INPUT' } }],
  });
};

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
