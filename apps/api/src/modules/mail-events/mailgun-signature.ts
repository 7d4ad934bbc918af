import { createHmac, timingSafeEqual } from 'node:crypto';
import { EntityManager } from 'typeorm';

/** How far a Mailgun signature's timestamp may be from Candor's clock, in seconds. */
export const MAILGUN_TIMESTAMP_TOLERANCE_SECONDS = 15 * 60;

export interface MailgunSignature {
  timestamp: string;
  token: string;
  signature: string;
}

/** The `signature` object of a Mailgun webhook body when it has the three strings; null otherwise. */
export function signatureOf(body: unknown): MailgunSignature | null {
  const signature = (body as { signature?: unknown } | null)?.signature as Record<string, unknown> | undefined;
  if (!signature || typeof signature !== 'object') return null;
  const { timestamp, token, signature: hex } = signature;
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
  if (!text(timestamp) || !text(token) || !text(hex) || text(token).length > 100 || text(timestamp).length > 20) return null;
  return { timestamp: text(timestamp), token: text(token), signature: text(hex) };
}

/**
 * Mailgun's scheme: HMAC-SHA256 over the timestamp and the token concatenated, keyed with the
 * webhook signing key, hex-encoded; compared in constant time.
 */
export function mailgunSignatureValid(signature: MailgunSignature, signingKey: string): boolean {
  const expected = createHmac('sha256', signingKey).update(signature.timestamp + signature.token).digest();
  const given = /^[0-9a-f]{64}$/i.test(signature.signature) ? Buffer.from(signature.signature, 'hex') : Buffer.alloc(0);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Whether the signed timestamp (seconds since 1970) is within the tolerance of `now`. */
export function mailgunTimestampFresh(signature: MailgunSignature, now: Date): boolean {
  const seconds = Number(signature.timestamp);
  return Number.isFinite(seconds) && Math.abs(now.getTime() / 1000 - seconds) <= MAILGUN_TIMESTAMP_TOLERANCE_SECONDS;
}

/**
 * Claims a webhook token inside the caller's transaction: false when it was used before (a
 * replay). Tokens older than twice the tolerance are forgotten: their timestamps are refused anyway.
 */
export async function claimMailgunToken(db: EntityManager, token: string, now: Date): Promise<boolean> {
  await db.query(`DELETE FROM mail_event_tokens WHERE seen_at < $1`, [new Date(now.getTime() - 2 * MAILGUN_TIMESTAMP_TOLERANCE_SECONDS * 1000)]);
  const rows: unknown[] = await db.query(`INSERT INTO mail_event_tokens (token, seen_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING token`, [`mailgun:${token}`, now]);
  return rows.length === 1;
}
