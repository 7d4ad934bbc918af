import { endOfPromisedDay, outcomePending, promiseOutcome, TYPICAL_UPDATE_SAMPLE, typicalDaysToUpdate } from '@candor/domain';
import { EntityManager } from 'typeorm';
import { CandidateEntity } from '../candidates/candidate.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { CandidatePromiseEntity } from './candidate-promise.entity';

/** What a candidate could see change (libs/domain promise-ledger: the updates that keep a promise). */
export type VisibleUpdateKind = 'STAGE_CHANGED' | 'STEP_ADDED' | 'MESSAGE' | 'REPLY';

export interface VisibleUpdate {
  organizationId: string;
  candidateId: string;
  kind: VisibleUpdateKind;
  /** When it became visible (a pending outcome: when its undo window closed). */
  at: Date;
  /** The stage the candidate saw before it, and when that stage became visible to them. */
  stageId: string;
  stageEnteredAt: Date;
  /** False for an update that came with the open promise itself (a reply that extended it): it settles none. */
  keepsOpenPromise?: boolean;
}

/**
 * A candidate-visible update, inside the caller's transaction: the first of the candidate's stay
 * in a stage is kept (`candidate_visible_updates`) and refreshes the stage's typical days to an
 * update (refreshTypicalDays); it keeps the candidate's open promise when it came
 * before the end of the promised day (promiseOutcome), else settles it BROKEN; and it is when the
 * candidate of an earlier broken promise finally heard.
 */
export async function recordVisibleUpdate(db: EntityManager, update: VisibleUpdate): Promise<void> {
  const firstOfStay: unknown[] = await db.query(
    `INSERT INTO candidate_visible_updates (organization_id, candidate_id, stage_id, stage_entered_at, kind, visible_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (candidate_id, stage_id, stage_entered_at) DO NOTHING RETURNING id`,
    [update.organizationId, update.candidateId, update.stageId, update.stageEnteredAt, update.kind, update.at],
  );
  if (firstOfStay.length > 0) await refreshTypicalDays(db, update.stageId);
  await db.query(
    `UPDATE candidate_promises SET heard_at = $2 WHERE candidate_id = $1 AND outcome = 'BROKEN' AND heard_at IS NULL AND made_at < $2`,
    [update.candidateId, update.at],
  );
  if (update.keepsOpenPromise === false) return;
  const open = await db.findOne(CandidatePromiseEntity, { where: { candidateId: update.candidateId, outcome: 'OPEN' }, lock: { mode: 'pessimistic_write' } });
  if (!open) return;
  const { timeZone } = await db.findOneByOrFail(OrganizationEntity, { id: update.organizationId });
  // This update comes after the open promise was made, even within the same millisecond (a second
  // move at once): the update that made a promise is recorded before the promise itself.
  const madeAt = new Date(Math.min(open.madeAt.getTime(), update.at.getTime() - 1));
  const verdict = promiseOutcome({ promisedDay: open.promisedDay, madeAt, visibleUpdates: [update.at], extendedAt: null, now: update.at, timeZone });
  if (verdict.outcome === 'KEPT') {
    await db.update(CandidatePromiseEntity, { id: open.id }, { outcome: 'KEPT', settledAt: verdict.settledAt, heardAt: update.at });
  } else if (update.at.getTime() >= endOfPromisedDay(open.promisedDay, timeZone).getTime()) {
    // The day ended before the tick saw it: broken then, and heard now.
    await db.update(CandidatePromiseEntity, { id: open.id }, { outcome: 'BROKEN', settledAt: endOfPromisedDay(open.promisedDay, timeZone), heardAt: update.at });
  }
}

/**
 * The stage the candidate sees at `now` (while an outcome waits out its undo window, the stage
 * before it) and when it became visible to them.
 */
export function visibleStageOf(
  candidate: Pick<CandidateEntity, 'stageId' | 'stageEnteredAt' | 'visibleStageEnteredAt' | 'outcomePendingUntil' | 'stageBeforeOutcomeId'>,
  now: Date,
): { stageId: string; enteredAt: Date } {
  const pending = outcomePending(candidate.outcomePendingUntil, now) && candidate.stageBeforeOutcomeId;
  return {
    stageId: pending ? candidate.stageBeforeOutcomeId! : candidate.stageId,
    enteredAt: candidate.visibleStageEnteredAt ?? candidate.stageEnteredAt,
  };
}

/** A step the candidate can now see (added visible, or made visible): an update that keeps a promise. */
export function recordVisibleStep(db: EntityManager, candidate: CandidateEntity, now: Date): Promise<void> {
  const { stageId, enteredAt } = visibleStageOf(candidate, now);
  return recordVisibleUpdate(db, { organizationId: candidate.organizationId, candidateId: candidate.id, kind: 'STEP_ADDED', at: now, stageId, stageEnteredAt: enteredAt });
}

/**
 * Recomputes `stages.typical_days_to_update` (typicalDaysToUpdate) from the stage's latest
 * TYPICAL_UPDATE_SAMPLE.latest stays that saw an update: the days from entering it to the first one.
 */
export async function refreshTypicalDays(db: EntityManager, stageId: string): Promise<void> {
  const rows: { days: number }[] = await db.query(
    `SELECT EXTRACT(EPOCH FROM (visible_at - stage_entered_at)) / 86400 AS days FROM candidate_visible_updates
      WHERE stage_id = $1 ORDER BY stage_entered_at DESC LIMIT $2`,
    [stageId, TYPICAL_UPDATE_SAMPLE.latest],
  );
  await db.query(`UPDATE stages SET typical_days_to_update = $2 WHERE id = $1`, [stageId, typicalDaysToUpdate(rows.map((r) => Number(r.days)))]);
}
