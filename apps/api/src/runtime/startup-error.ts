import { ConfigError } from '../config/app-config';

/** A start-up failure a person can act on: its message is printed alone, without a stack. */
export class StartupError extends Error {}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET']);
/** PostgreSQL's SQLSTATEs for a refused log-in or a missing database. */
const REFUSED = new Set(['28P01', '28000', '3D000', '57P03']);

/** A database address fit for a log line: host, port and database, never the password. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL (not a valid URL)';
  }
}

/**
 * The one message printed when Candor cannot start: what went wrong and what to do. `port` and
 * `databaseUrl` name the address in question. With `verbose` (LOG_LEVEL=debug or verbose) the
 * stack of an unexpected error follows the message.
 */
export function describeStartupError(error: unknown, context: { port?: number; databaseUrl?: string; verbose?: boolean } = {}): string {
  if (error instanceof ConfigError || error instanceof StartupError) return error.message;
  const { code, message, stack } = (error ?? {}) as { code?: string; message?: string; stack?: string };
  const detail = message || String(error);
  let text: string | undefined;
  if (code === 'EADDRINUSE') {
    text = `Port ${context.port ?? '(PORT)'} is already in use by another program. Stop it, or start Candor on another port with PORT=<number>.`;
  } else if (code === 'EACCES' && /listen/.test(detail)) {
    text = `Candor may not listen on port ${context.port ?? '(PORT)'} (${detail}). Use a port above 1023 with PORT=<number>.`;
  } else if (context.databaseUrl && code && (UNREACHABLE.has(code) || REFUSED.has(code))) {
    text = `Candor cannot use the database at ${describeDatabaseUrl(context.databaseUrl)}: ${detail}. Check DATABASE_URL and that PostgreSQL is running there.`;
  }
  if (context.verbose) return [text ?? `Candor could not start: ${detail}`, stack].filter(Boolean).join('\n');
  return text ?? `Candor could not start: ${detail}${stack ? '\n(Run with LOG_LEVEL=debug to see where it happened.)' : ''}`;
}

/** LOG_LEVEL=debug or verbose asks for stacks. */
export const verboseErrors = (env: NodeJS.ProcessEnv = process.env): boolean => /^(debug|verbose|trace)$/i.test(env.LOG_LEVEL ?? '');
