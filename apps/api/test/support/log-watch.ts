import { ConsoleLogger, LogLevel } from '@nestjs/common';

/**
 * Watches everything a test file's apps log, at every level, for secrets and personal data.
 *
 * - `watchSecrets` records what a test has seen that must never reach a log line: session,
 *   status, invite, reset and API tokens, and email addresses (candidates' and members').
 *   `TestApp.gql` feeds it every such value in its variables and answers.
 * - `RecordingLogger` is the test apps' logger: warnings and errors print (and go through the
 *   stdout/stderr tap like any write); the other levels are kept unprinted, so a secret logged
 *   at debug level is caught as surely as one printed.
 * - `pinoRecorder` is where the test apps' pino logger writes (the request log: one line per
 *   request, and anything logged through pino), at every level: each line is recorded as
 *   written, after the app's own redaction; errors print.
 * - `log-guard.ts` (a jest setup file of every API spec, setupFilesAfterEnv) taps stdout and stderr and, after the
 *   file's tests, fails the file when any watched value is in what was logged or written.
 *
 * State lives on globalThis so the setup file and the spec's own module registry share it.
 */
interface LogWatchState {
  secrets: Map<string, string>;
  lines: string[];
}

const KEY = Symbol.for('candor.logWatch');

export function logWatch(): LogWatchState {
  const holder = globalThis as unknown as Record<symbol, LogWatchState>;
  holder[KEY] ??= { secrets: new Map(), lines: [] };
  return holder[KEY];
}

const TOKEN = /^[A-Za-z0-9_-]{32,}$/;
const CAPABILITY_FRAGMENT = /#([A-Za-z0-9_-]{32,})$/;
const EMAIL_ADDRESS = /^[^@\s"'<>]+@[^@\s"'<>]+\.[^@\s"'<>]+$/;
const TOKEN_KEYS = /token$|^secret$|^uri$|^recoveryCodes$/i;
const SECRET_TEXT = /^[A-Za-z0-9_\-:/?=&%.]{16,}$/;

/** Records every secret-shaped value in a GraphQL operation's variables or answer. */
export function watchSecrets(value: unknown, key = ''): void {
  if (typeof value === 'string') {
    const fragment = CAPABILITY_FRAGMENT.exec(value);
    if (fragment) logWatch().secrets.set(fragment[1], `a capability URL's token (${key})`);
    else if (TOKEN_KEYS.test(key) && (TOKEN.test(value) || SECRET_TEXT.test(value))) logWatch().secrets.set(value, `a secret (${key})`);
    else if (EMAIL_ADDRESS.test(value)) logWatch().secrets.set(value.toLowerCase(), 'an email address');
    return;
  }
  if (Array.isArray(value)) value.forEach((item) => watchSecrets(item, key));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) watchSecrets(v, k);
}

/** Tokens and links read from delivered emails (SmtpSink): capability fragments and unsubscribe paths. */
export function watchEmailText(text: string): void {
  for (const match of text.matchAll(/#([A-Za-z0-9_-]{32,})/g)) logWatch().secrets.set(match[1], "an emailed capability URL's token");
  // The candidate's ID before the dot is no secret (IDs may be logged); the signature after it is.
  for (const match of text.matchAll(/\/email\/unsubscribe\/[0-9a-f-]{36}\.([A-Za-z0-9_-]{20,})/g)) logWatch().secrets.set(match[1], 'an unsubscribe signature');
}

/** A token is caught by its first 16 characters too: a log that cuts it short still leaks most of it. */
const PREFIX = 16;

/** What was logged or written that holds a watched value (as is, URL-encoded, or a token's start): one line per finding. */
export function leaksIn(text: string): string[] {
  const lower = text.toLowerCase();
  const found: string[] = [];
  for (const [secret, what] of logWatch().secrets) {
    const forms = what === 'an email address' ? [secret, encodeURIComponent(secret)] : [secret, encodeURIComponent(secret), secret.slice(0, PREFIX)];
    for (const form of forms) {
      const at = what === 'an email address' ? lower.indexOf(form.toLowerCase()) : text.indexOf(form);
      if (at < 0) continue;
      found.push(`${what} in: ${text.slice(Math.max(0, at - 80), at + form.length + 40).replace(/\s+/g, ' ')}`);
      break;
    }
  }
  return found;
}

const PRINTED: readonly LogLevel[] = ['error', 'warn', 'fatal'];

/** A pino destination: every line is recorded for the guard; error and fatal lines also print to stderr. */
export const pinoRecorder = {
  write(line: string): void {
    logWatch().lines.push(line);
    if (/"level":"(error|fatal)"/.test(line)) process.stderr.write(line);
  },
};

/** Logs every level: warnings and errors print as usual; the rest is only recorded for the guard. */
export class RecordingLogger extends ConsoleLogger {
  constructor() {
    super({ logLevels: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] });
  }

  protected printMessages(messages: unknown[], context?: string, logLevel?: LogLevel, writeStreamType?: 'stdout' | 'stderr', errorStack?: unknown): void {
    if (logLevel && PRINTED.includes(logLevel)) return super.printMessages(messages, context, logLevel, writeStreamType, errorStack);
    const text = messages.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
    logWatch().lines.push(`${logLevel} [${context ?? ''}] ${text}`);
  }
}
