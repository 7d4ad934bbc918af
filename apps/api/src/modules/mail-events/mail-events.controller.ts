import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { mailgunEventReport } from '@candor/domain';
import type { NextFunction, Request, Response } from 'express';
import { raw } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth.decorators';
import { Clock } from '../../common/clock';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { parseDeliveryReport, REPORT_MAX_BYTES } from './delivery-report-parser';
import { claimMailgunToken, mailgunSignatureValid, mailgunTimestampFresh, signatureOf } from './mailgun-signature';
import { recordUndeliverable, reportsAboutSentMessage } from './undeliverable-addresses';

/** The media types POST /mail/events/dsn reads as a raw message. */
const REPORT_TYPES = ['message/rfc822', 'multipart/report', 'text/plain', 'application/octet-stream'];

/** Addresses one report may mark; Candor's messages have one recipient, so more is noise or an attack. */
const MAX_REPORTS_PER_MESSAGE = 50;

type Problem = [status: number, code: string, message: string];

/**
 * Bounces and complaints coming back (RFC 3464 and RFC 5965 reports, Mailgun's webhook): each
 * permanent failure or complaint marks its address undeliverable (undeliverable-addresses.ts),
 * which pauses candidate email to it. Each route is off (404) until its secret is configured;
 * a wrong secret or signature is 401 and writes nothing; a body that is no report is 400;
 * answers are JSON, `{ recorded }` or `{ error: { code, message } }` with a contract error code.
 * Nothing here logs an address or a report.
 */
@Controller('mail/events')
export class MailEventsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A delivery status notification or feedback report, posted as the raw message with `Authorization: Bearer <MAIL_EVENTS_TOKEN>`. */
  @Public()
  @Post('dsn')
  @HttpCode(200)
  async dsn(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = this.config.mail.events.token;
    if (!token) return answer(res, [404, 'NOT_FOUND', 'Delivery reports are not accepted here: MAIL_EVENTS_TOKEN is not set.']);
    if (!bearerMatches(req.headers.authorization, token)) return answer(res, [401, 'UNAUTHENTICATED', 'Send Authorization: Bearer <MAIL_EVENTS_TOKEN>.']);
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
      return answer(res, [400, 'BAD_USER_INPUT', `Post the report as the raw message, with Content-Type ${REPORT_TYPES.slice(0, 2).join(' or ')}.`]);
    }
    // A multipart/report body without its headers: its Content-Type (with the boundary) is the request's.
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const source = mediaType === 'multipart/report' ? Buffer.concat([Buffer.from(`MIME-Version: 1.0\r\nContent-Type: ${req.headers['content-type']}\r\n\r\n`), req.body]) : req.body;
    const parsed = await parseDeliveryReport(source);
    if ('problem' in parsed) return answer(res, [400, 'BAD_USER_INPUT', parsed.problem]);
    const recorded = await this.dataSource.transaction(async (db) => {
      const about = await reportsAboutSentMessage(db, parsed.reports.slice(0, MAX_REPORTS_PER_MESSAGE), parsed.originalMessageId);
      return recordUndeliverable(db, about, parsed.source, this.clock.now());
    });
    res.status(200).json({ recorded });
  }

  /** Mailgun's webhook (JSON: `signature` and `event-data`), for the "Permanent Failure" and "Spam Complaints" events. */
  @Public()
  @Post('mailgun')
  @HttpCode(200)
  async mailgun(@Req() req: Request, @Res() res: Response): Promise<void> {
    const key = this.config.mail.events.mailgunSigningKey;
    if (!key) return answer(res, [404, 'NOT_FOUND', 'Mailgun events are not accepted here: MAILGUN_WEBHOOK_SIGNING_KEY is not set.']);
    const body: unknown = req.body;
    if (!body || typeof body !== 'object' || Buffer.isBuffer(body) || Array.isArray(body)) {
      return answer(res, [400, 'BAD_USER_INPUT', 'Post the webhook as JSON (Content-Type: application/json).']);
    }
    const signature = signatureOf(body);
    if (!signature || !mailgunSignatureValid(signature, key)) return answer(res, [401, 'UNAUTHENTICATED', 'The signature does not match MAILGUN_WEBHOOK_SIGNING_KEY.']);
    const now = this.clock.now();
    // 406: Mailgun does not retry a request answered so.
    if (!mailgunTimestampFresh(signature, now)) return answer(res, [406, 'BAD_USER_INPUT', 'The signature is too old or from the future (more than 15 minutes off).']);
    const report = mailgunEventReport((body as Record<string, unknown>)['event-data']);
    if (report === 'malformed') return answer(res, [400, 'BAD_USER_INPUT', 'event-data must name the event and the recipient.']);
    const outcome = await this.dataSource.transaction(async (db) => {
      if (!(await claimMailgunToken(db, signature.token, now))) return 'replayed' as const;
      return report ? recordUndeliverable(db, [report], 'MAILGUN', now) : 0;
    });
    if (outcome === 'replayed') return answer(res, [406, 'CONFLICT', 'This webhook token was already used.']);
    res.status(200).json({ recorded: outcome });
  }
}

/**
 * The raw body of POST /mail/events/dsn, at most REPORT_MAX_BYTES; larger is 413 in the
 * controller's shape. (JSON bodies, Mailgun's, go through the app's JSON parser.)
 */
export function mailEventBodies(req: Request, res: Response, next: NextFunction): void {
  raw({ type: REPORT_TYPES, limit: REPORT_MAX_BYTES })(req, res, (error?: unknown) => {
    if ((error as { type?: string } | undefined)?.type === 'entity.too.large') {
      return answer(res, [413, 'BAD_USER_INPUT', `A report may be at most ${REPORT_MAX_BYTES / 1024} KB.`]);
    }
    // A body that cannot be read (a bad or unknown Content-Encoding, an unknown charset, a broken
    // stream) is the sender's mistake: the contract's 400 or 415, not an ERROR line with a stack.
    const status = (error as { status?: unknown } | undefined)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return answer(res, [status === 415 ? 415 : 400, 'BAD_USER_INPUT', 'The body could not be read: post the raw message, uncompressed or gzip/deflate-encoded.']);
    }
    next(error);
  });
}

function answer(res: Response, [status, code, message]: Problem): void {
  res.status(status).setHeader('Cache-Control', 'no-store').json({ error: { code, message } });
}

/** Constant-time comparison of a bearer token with the configured one (hashed first: equal lengths). */
function bearerMatches(header: string | undefined, expected: string): boolean {
  const given = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  if (!given) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
