import { Injectable, LoggerService } from '@nestjs/common';
import { Logger as NestPinoLogger, PinoLogger } from 'nestjs-pino';
import pino, { DestinationStream, Logger, LoggerOptions } from 'pino';
import { AppConfig } from '../config/app-config';
import { redactRecord, scrubText } from './log-redaction';

export type AppLogger = Logger;

/**
 * Candor's one logger (pino): JSON lines (LOG_FORMAT=json, production's default) or readable
 * text (pretty, elsewhere, when pino-pretty is installed), at LOG_LEVEL. Every record goes
 * through redactRecord (secret-named fields, email addresses, capability links) and every
 * message through scrubText; errors are serialized with their message and stack scrubbed.
 * `destination` replaces stdout (tests record every line for the log guard).
 */
export function createAppLogger(options: AppConfig['observability'], destination?: DestinationStream): AppLogger {
  const pretty = !destination && options.logFormat === 'pretty' ? prettyStream() : undefined;
  const settings: LoggerOptions = {
    level: options.logLevel,
    timestamp: pino.stdTimeFunctions.isoTime,
    // JSON readers get "level":"info"; pino-pretty wants pino's numbers.
    formatters: { log: (record) => redactRecord(record), ...(pretty ? {} : { level: (label) => ({ level: label }) }) },
    serializers: { err: scrubbedError },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)) as Parameters<typeof method>);
      },
    },
  };
  if (destination) return pino(settings, destination);
  if (pretty) return pino(settings, pretty);
  const stdout = pino.destination({ dest: 1, sync: false });
  // Lines still buffered when the process exits are written, not lost.
  process.once('exit', () => stdout.flushSync());
  return pino(settings, stdout);
}

/**
 * Nest's own logs through pino. Nest's start-up chatter (one line per module, route and
 * resolver) goes to debug, so the default level shows only what a person needs.
 */
@Injectable()
export class CandorNestLogger extends NestPinoLogger {
  private static readonly QUIET = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication', 'GraphQLModule']);

  override log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams.at(-1);
    if (typeof context === 'string' && CandorNestLogger.QUIET.has(context)) return this.debug(message, ...optionalParams);
    super.log(message, ...optionalParams);
  }
}

/** A Nest LoggerService writing through `logger`, for use before and outside the application's injector. */
export function nestLoggerFor(logger: AppLogger): LoggerService {
  return new CandorNestLogger(new PinoLogger({ pinoHttp: { logger } }), {});
}

function scrubbedError(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  if (!serialized || typeof serialized !== 'object') return serialized;
  return redactRecord({ ...serialized });
}

/** pino-pretty when it is installed (a development dependency); none in a production install. */
function prettyStream(): DestinationStream | undefined {
  let build: ((options: Record<string, unknown>) => DestinationStream) | undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    build = require('pino-pretty');
  } catch {
    return undefined;
  }
  return build!({
    colorize: process.stdout.isTTY === true,
    translateTime: 'SYS:HH:MM:ss',
    // A request line's message already says its method, path, status, duration and operation.
    ignore: 'pid,hostname,context,method,path,status,durationMs,operation,operationType',
    messageFormat: '{if context}[{context}] {end}{msg}',
    singleLine: true,
    sync: true,
  });
}
