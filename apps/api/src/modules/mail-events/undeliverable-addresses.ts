import { UndeliverableKind, UndeliverableReport } from '@candor/domain';
import { EntityManager } from 'typeorm';

/** Where a report came from: an RFC 3464 bounce, an RFC 5965 complaint, Mailgun's webhook, or the SMTP server refusing the address while sending. */
export type ReportSource = 'DSN' | 'ARF' | 'MAILGUN' | 'SMTP';

/** Why mail to a candidate's address is paused, as the team sees it. */
export interface UndeliverableMark {
  kind: UndeliverableKind;
  reason: string;
  /** When the address was last reported (the report that counts). */
  reportedAt: Date;
}

/**
 * Records reports in `undeliverable_addresses`, one row per address: the first and last time it
 * was reported; a complaint is never turned back into a bounce (it is the stronger signal).
 * Returns how many addresses were written.
 */
export async function recordUndeliverable(db: EntityManager, reports: readonly UndeliverableReport[], source: ReportSource, now: Date): Promise<number> {
  for (const report of reports) {
    await db.query(
      `INSERT INTO undeliverable_addresses (address, kind, reason, source, first_seen_at, last_seen_at)
       VALUES ($1, $2, $3, $4, $5, $5)
       ON CONFLICT (address) DO UPDATE SET
         last_seen_at = GREATEST(undeliverable_addresses.last_seen_at, EXCLUDED.last_seen_at),
         kind = CASE WHEN undeliverable_addresses.kind = 'COMPLAINT' THEN 'COMPLAINT' ELSE EXCLUDED.kind END,
         reason = CASE WHEN undeliverable_addresses.kind = 'COMPLAINT' AND EXCLUDED.kind = 'BOUNCE' THEN undeliverable_addresses.reason ELSE EXCLUDED.reason END,
         source = CASE WHEN undeliverable_addresses.kind = 'COMPLAINT' AND EXCLUDED.kind = 'BOUNCE' THEN undeliverable_addresses.source ELSE EXCLUDED.source END`,
      [report.address, report.kind, report.reason, source, now],
    );
  }
  return reports.length;
}

/**
 * The reports of a posted DSN or feedback report that are about a message Candor sent: the
 * returned original's Message-ID names a sent email, and the report's address is that email's
 * recipient. Anyone can write to the bounce mailbox a relay pipes to POST /mail/events/dsn, and
 * Candor's Message-IDs are random, so a forged report cannot name one it never received.
 */
export async function reportsAboutSentMessage(db: EntityManager, reports: readonly UndeliverableReport[], messageId: string | null): Promise<UndeliverableReport[]> {
  if (!messageId || reports.length === 0) return [];
  const rows: { address: string }[] = await db.query(`SELECT lower(to_address) AS address FROM email_messages WHERE message_id = $1 AND sent_at IS NOT NULL`, [messageId]);
  const sentTo = new Set(rows.map((row) => row.address));
  return reports.filter((report) => sentTo.has(report.address));
}

/**
 * Whether mail to `address` is paused, for this candidate: the address was reported after the
 * candidate's team last cleared a mark (never, when `candidateId` is null). null: mail goes.
 */
export async function undeliverableMark(db: EntityManager, address: string, candidateId: string | null): Promise<UndeliverableMark | null> {
  const rows: { kind: UndeliverableKind; reason: string; last_seen_at: Date }[] = await db.query(
    `SELECT u.kind, u.reason, u.last_seen_at
       FROM undeliverable_addresses u
       LEFT JOIN candidates c ON c.id = $2
      WHERE u.address = lower($1)
        AND (c.email_undeliverable_cleared_at IS NULL OR u.last_seen_at > c.email_undeliverable_cleared_at)`,
    [address, candidateId],
  );
  return rows[0] ? { kind: rows[0].kind, reason: rows[0].reason, reportedAt: new Date(rows[0].last_seen_at) } : null;
}

/** The marks of these candidates of one organization (by candidate ID; absent: mail goes). */
export async function undeliverableMarksOf(db: EntityManager, organizationId: string, candidateIds: readonly string[]): Promise<Map<string, UndeliverableMark>> {
  const rows: { id: string; kind: UndeliverableKind; reason: string; last_seen_at: Date }[] = await db.query(
    `SELECT c.id, u.kind, u.reason, u.last_seen_at
       FROM candidates c
       JOIN undeliverable_addresses u ON u.address = lower(c.email)
      WHERE c.organization_id = $1 AND c.id = ANY($2::uuid[])
        AND (c.email_undeliverable_cleared_at IS NULL OR u.last_seen_at > c.email_undeliverable_cleared_at)`,
    [organizationId, [...candidateIds]],
  );
  return new Map(rows.map((row) => [row.id, { kind: row.kind, reason: row.reason, reportedAt: new Date(row.last_seen_at) }]));
}

/** The current candidates of an organization whose address is marked, most recently reported first. */
export async function undeliverableCandidateIds(db: EntityManager, organizationId: string): Promise<{ candidateId: string; reportedAt: Date }[]> {
  const rows: { id: string; last_seen_at: Date }[] = await db.query(
    `SELECT c.id, u.last_seen_at
       FROM candidates c
       JOIN undeliverable_addresses u ON u.address = lower(c.email)
      WHERE c.organization_id = $1 AND c.archived_at IS NULL
        AND (c.email_undeliverable_cleared_at IS NULL OR u.last_seen_at > c.email_undeliverable_cleared_at)
      ORDER BY u.last_seen_at DESC, c.id`,
    [organizationId],
  );
  return rows.map((row) => ({ candidateId: row.id, reportedAt: new Date(row.last_seen_at) }));
}

/**
 * Hands a candidate's PAUSED emails back to the outbox, inside the caller's transaction: they
 * are due now and are checked again when sent (a stage email the candidate has since left is
 * cancelled then; an address still marked pauses it again). Returns their IDs, for the caller to queue.
 */
export async function resumePausedEmails(db: EntityManager, candidateId: string, now: Date): Promise<string[]> {
  const [rows]: [{ id: string }[], number] = await db.query(
    `UPDATE email_messages SET status = 'SCHEDULED', queued_at = $2, last_error = NULL, updated_at = $2
      WHERE candidate_id = $1 AND member_id IS NULL AND status = 'PAUSED'
      RETURNING id`,
    [candidateId, now],
  );
  return rows.map((row) => row.id);
}

/** The line a paused email carries in `last_error`. */
export function pausedReason(mark: UndeliverableMark): string {
  const what = mark.kind === 'COMPLAINT' ? 'its owner reported an earlier email as spam' : `it bounced (${mark.reason})`;
  return `Paused: mail to this address stopped because ${what}. Correct the address or clear the mark on the candidate to send it.`;
}
