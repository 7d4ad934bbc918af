/**
 * What may reach a log line: pure rules, used by the logger (logger.ts) and the request log
 * (request-observer.ts). Tokens, passwords, email addresses and people's names never do.
 */

/** Public routes whose path carries a capability (a token or a signature), as they are logged. */
const CAPABILITY_ROUTES: readonly [RegExp, string][] = [
  // List-Unsubscribe links: /email/unsubscribe/<candidate id>.<signature>
  [/^\/email\/unsubscribe\/[^/]+/, '/email/unsubscribe/:token'],
  // The portal's capability pages carry their token after '#', which never reaches a server;
  // a token pasted into the path instead is hidden all the same.
  [/^\/(status|invite|reset-password)\/.+$/, '/$1/:token'],
  // Logo IDs are no secret, but one line per ID says nothing more than one line in all.
  [/^\/branding\/[^/]+\/logo$/, '/branding/:logoId/logo'],
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** 16 characters of a token already say too much (the log guard catches a token's first 16). */
const SECRET_RUN = /[A-Za-z0-9_-]{16,}/;
const MAX_PATH = 200;
/** A built portal file, one name under /assets/ (`..` or a further folder is not one). */
const BUILT_ASSET = /^\/assets\/[A-Za-z0-9._-]{1,100}$/;
/** A run as long as Candor's tokens (43): no built file name has one. */
const TOKEN_RUN = /[A-Za-z0-9_-]{40,}/;

/**
 * The path of a request URL as it may be logged: no query string (GraphQL GETs carry the query
 * and its variables there), capability routes with `:token` for their secret, and any other
 * segment that could be a token (16 or more token characters, not a UUID) as `:redacted`.
 * Built portal assets (/assets/<name>) are public file names and kept, unless the name has a run
 * as long as a token.
 */
export function loggedPath(url: string): string {
  const path = url.split(/[?#]/, 1)[0] || '/';
  for (const [pattern, replacement] of CAPABILITY_ROUTES) {
    if (pattern.test(path)) return path.replace(pattern, replacement);
  }
  if (BUILT_ASSET.test(path) && !TOKEN_RUN.test(path)) return path;
  const segments = path.split('/').map((segment) => (!UUID.test(segment) && SECRET_RUN.test(segment) ? ':redacted' : segment));
  const joined = segments.join('/');
  return joined.length > MAX_PATH ? `${joined.slice(0, MAX_PATH)}...` : joined;
}

/**
 * A GraphQL operation's name as logged: the client chose it, so an unknown name with a run as long
 * as a token (`query X<token>`) is not written; known names (`known`) always are.
 */
export function loggedOperationName(name: string | null, known: boolean): string {
  if (name === null) return '(anonymous)';
  return known || !TOKEN_RUN.test(name) ? name : '(redacted)';
}

/** The kinds of HTTP requests metrics count: a bounded label set. */
export type RouteClass = 'graphql' | 'health' | 'metrics' | 'unsubscribe' | 'calendar' | 'logo' | 'portal' | 'other';

/** Which kind of request a path is (metrics label `route`). */
export function routeClass(method: string, url: string): RouteClass {
  const path = url.split(/[?#]/, 1)[0];
  if (path === '/graphql') return 'graphql';
  if (path === '/health' || path.startsWith('/health/')) return 'health';
  if (path === '/metrics') return 'metrics';
  if (path.startsWith('/email/unsubscribe/')) return 'unsubscribe';
  if (path === '/status/calendar') return 'calendar';
  if (path.startsWith('/branding/')) return 'logo';
  if (method === 'GET' || method === 'HEAD') return 'portal';
  return 'other';
}

const METHODS = new Set(['GET', 'POST', 'HEAD', 'OPTIONS']);

/** The request method as a metrics label: GET, POST, HEAD, OPTIONS, or OTHER. */
export function methodClass(method: string): string {
  return METHODS.has(method) ? method : 'OTHER';
}

/**
 * Keys whose values never reach a log: credentials, tokens, addresses, people's names, and the
 * text and variables of GraphQL operations.
 */
const SECRET_KEY = /(password|passphrase|token|secret|authorization|cookie|email|recoveryCodes|apiKey)$|^(to|name|fullName|firstName|lastName|candidateName|memberName|displayName|query|variables|code|uri)$/i;

export const REDACTED = '[redacted]';

/**
 * An address, as is or URL-encoded, as Candor accepts them (input-rules.ts): any local part without
 * delimiters (o'brien, jörg), a domain in any script (bücher.de) or without a dot (localhost),
 * whose last label has a letter; not a package path such as node_modules/@nestjs/core (no local
 * part before its `@`) nor a version such as pino@10.4.0.
 */
const EMAIL_ADDRESS = /[^\s"(),:;<>@[\]\\/=&?]+(?:@|%40)(?:[\p{L}\p{N}-]+\.)*[\p{N}-]*\p{L}[\p{L}\p{N}-]*/gu;
const CAPABILITY_FRAGMENT = /#[A-Za-z0-9_-]{16,}/g;
const UNSUBSCRIBE_PATH = /\/email\/unsubscribe\/[^\s"'<>]+/g;

/** Text with email addresses and capability links (a `#token` fragment, an unsubscribe path) replaced. */
export function scrubText(text: string): string {
  return text
    .replace(EMAIL_ADDRESS, '[email]')
    .replace(CAPABILITY_FRAGMENT, '#[token]')
    .replace(UNSUBSCRIBE_PATH, '/email/unsubscribe/:token');
}

/**
 * A log record with secret-named fields replaced by `[redacted]` and strings scrubbed
 * (scrubText), at any depth up to 8. Only plain objects and arrays are walked: errors and
 * requests are left to their serializers (the error serializer scrubs too). Returns a copy.
 */
export function redactRecord<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return scrubText(value) as T;
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redactRecord(item, depth + 1)) as T;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = SECRET_KEY.test(key) && item !== undefined && item !== null ? REDACTED : redactRecord(item, depth + 1);
  }
  return copy as T;
}

/**
 * The request ID a client sent (X-Request-Id), when it is a sane one: 1 to 64 characters of
 * letters, digits and `._:-`, and nothing shaped like one of Candor's tokens (40 or more
 * base64url characters in a row, unless lower-case hex as trace IDs are). Anything else is
 * ignored and a new ID is made.
 */
export function acceptedRequestId(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value || !/^[A-Za-z0-9._:-]{1,64}$/.test(value)) return undefined;
  // A token cut by the separators allowed here (`<half>:<half>`) is still one.
  const tokenShaped = /[A-Za-z0-9_-]{40,}/.exec(value.replace(/[.:]/g, ''));
  return tokenShaped && !/^[0-9a-f-]+$/.test(tokenShaped[0]) ? undefined : value;
}
