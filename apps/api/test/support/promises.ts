import { CandidateEntity } from '../../src/modules/candidates/candidate.entity';
import { PromiseEmailsService } from '../../src/modules/notifications/promise-emails.service';
import { TestApp } from './test-app';

export interface Extension {
  previousDay: string;
  newDay: string;
  reason: string;
  /** Business days of a pre-approved extension (the new promise is then Candor's own); null for a member's change. */
  businessDays: number | null;
}

/**
 * Moves a candidate's promised day later as the ledger records it (the promise for
 * `previousDay` EXTENDED and pointing at a new OPEN one for `newDay`; an OPEN promise the
 * candidate already had is settled first), then calls PromiseEmailsService.onPromiseExtended in
 * the same transaction. Returns the new promise's ID and the email's (null when none is queued).
 */
export function extendPromise(t: TestApp, candidateId: string, e: Extension): Promise<{ promiseId: string; emailId: string | null }> {
  const now = t.clock.now();
  return t.dataSource.transaction(async (db) => {
    const [c] = await db.query(`SELECT c.organization_id, c.job_id, c.stage_id, s.name FROM candidates c JOIN stages s ON s.id = c.stage_id WHERE c.id = $1`, [candidateId]);
    await db.query(`UPDATE candidate_promises SET outcome = 'EXTENDED', settled_at = $2 WHERE candidate_id = $1 AND outcome = 'OPEN'`, [candidateId, now]);
    const [promise] = await db.query(
      `INSERT INTO candidate_promises (organization_id, candidate_id, job_id, stage_id, stage_name, automatic, made_at, promised_day, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [c.organization_id, candidateId, c.job_id, c.stage_id, c.name, e.businessDays !== null, now, e.newDay, e.reason],
    );
    await db.query(
      `INSERT INTO candidate_promises (organization_id, candidate_id, job_id, stage_id, stage_name, made_at, promised_day, fallback_extension_days, outcome, settled_at, extended_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'EXTENDED', $9, $10)`,
      [c.organization_id, candidateId, c.job_id, c.stage_id, c.name, new Date(now.getTime() - 86_400_000), e.previousDay, e.businessDays, now, promise.id],
    );
    const candidate = await db.findOneByOrFail(CandidateEntity, { id: candidateId });
    const emailId = await t.app.get(PromiseEmailsService).onPromiseExtended(db, { candidate, promiseId: promise.id, ...e, now });
    return { promiseId: promise.id as string, emailId };
  });
}
