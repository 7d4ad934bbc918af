import { isFinalStageKind, StageKind } from './stage-kind';

/**
 * An outcome the candidate does not see yet: until `until` (the end of the outcome stage's undo
 * window) their page shows the stage and promise they had before it, their planned steps stay,
 * and nothing about it has been sent. Another move before then undoes it without a trace.
 */
export interface PendingOutcome {
  until: Date;
  /** The stage the candidate sees meanwhile: the last one before the outcome. */
  stageBeforeId: string;
  /** The promised reply day ("YYYY-MM-DD") they see meanwhile, if any. */
  promiseBefore: string | null;
}

/**
 * The outcome a move leaves pending, or null when there is none: the target is not an outcome
 * stage, or its delay window is zero minutes, so the outcome takes effect at once.
 * `delayMinutes` is the target stage's email delay (the undo window, in minutes); a move from
 * one pending outcome to another keeps what the candidate saw before the first.
 */
export function pendingOutcomeAfterMove(input: {
  targetKind: StageKind;
  delayMinutes: number;
  now: Date;
  from: { stageId: string; promise: string | null };
  pending: PendingOutcome | null;
}): PendingOutcome | null {
  if (!isFinalStageKind(input.targetKind) || input.delayMinutes <= 0) return null;
  const before = input.pending ?? { stageBeforeId: input.from.stageId, promiseBefore: input.from.promise };
  return { until: new Date(input.now.getTime() + input.delayMinutes * 60_000), stageBeforeId: before.stageBeforeId, promiseBefore: before.promiseBefore };
}

/** True while an outcome is pending at `now` (the window closes at `until`, exclusive). */
export function outcomePending(until: Date | null, now: Date): boolean {
  return until !== null && until.getTime() > now.getTime();
}

/**
 * True when a move to `targetStageId` undoes a pending outcome: it goes back, inside the undo
 * window, to the stage the candidate still sees. Such a move sends nothing (they saw nothing
 * change) and restores the promise they had.
 */
export function undoesPendingOutcome(pending: PendingOutcome | null, targetStageId: string): boolean {
  return pending !== null && pending.stageBeforeId === targetStageId;
}
