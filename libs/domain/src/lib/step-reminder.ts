import { deliveryTime, QuietHours } from './delivery-time';

/** The hours before a step its reminder goes when an organization never chose (Organization.stepReminderHours). */
export const DEFAULT_STEP_REMINDER_HOURS = 24;

/** A step as its reminder rule reads it. */
export interface ReminderStep {
  /** The appointment's start; for a deadline-only step (a written test, say), its due instant. */
  at: Date;
  /** When the candidate was last emailed this version of the step (invitation or update), if ever. */
  lastStepEmailAt: Date | null;
}

/** What to do with a step's reminder at a tick: not yet, send it (held until `sendAfter`), or never for this version. */
export type ReminderDecision = { action: 'WAIT' } | { action: 'SEND'; sendAfter: Date } | { action: 'SKIP'; reason: 'PAST' | 'JUST_TOLD' | 'QUIET_HOURS' };

/**
 * The reminder of one version of a step, decided at `now` (instants; `hours` are real hours, 3 600 000 ms
 * each, so a daylight-saving change between the reminder and the step moves nothing):
 * - WAIT before `at - hours`;
 * - SKIP 'PAST' once the step has started (`at <= now`);
 * - SKIP 'JUST_TOLD' when the candidate was emailed this version of the step at or after the reminder's time
 *   (a step made or moved less than `hours` before it: that email said the same, a moment ago);
 * - SKIP 'QUIET_HOURS' when quiet hours would hold the reminder until the step's start or later
 *   (a reminder after the step is useless; one in the night is what quiet hours forbid);
 * - else SEND, held by quiet hours (deliveryTime) but always before `at`.
 */
export function stepReminderDecision(step: ReminderStep, hours: number, now: Date, quietHours: QuietHours | null, timeZone: string): ReminderDecision {
  const remindAt = step.at.getTime() - hours * 3_600_000;
  if (step.at.getTime() <= now.getTime()) return { action: 'SKIP', reason: 'PAST' };
  if (now.getTime() < remindAt) return { action: 'WAIT' };
  if (step.lastStepEmailAt && step.lastStepEmailAt.getTime() >= remindAt) return { action: 'SKIP', reason: 'JUST_TOLD' };
  const sendAfter = deliveryTime(now, 0, quietHours, timeZone);
  if (sendAfter.getTime() >= step.at.getTime()) return { action: 'SKIP', reason: 'QUIET_HOURS' };
  return { action: 'SEND', sendAfter };
}
