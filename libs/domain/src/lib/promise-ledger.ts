import { addDays, calendarDateInZone, CalendarDate, daysBetween } from './calendar-date';
import { deliveryTime, QuietHours } from './delivery-time';
import { median } from './stage-funnel';
import { wallClockToInstant } from './wall-clock';

/**
 * The promise ledger: every promised reply day ("you will hear back by") is a record with an
 * outcome, so a team can see whether it keeps its word.
 * - OPEN: the promised day has not ended and nothing settled it yet.
 * - KEPT: a candidate-visible update (a stage change the candidate sees, a new visible step, a
 *   message, a reply) became visible by the end of the promised day in the organization's time
 *   zone. An outcome held in its undo window becomes visible when the window closes; hidden steps
 *   are never visible.
 * - EXTENDED: before the day ended, and before any such update, a later day was given with a
 *   reason the candidate sees (by a member, or by Candor on the member's pre-approval).
 * - BROKEN: the day ended with neither.
 */
export type PromiseOutcome = 'OPEN' | 'KEPT' | 'EXTENDED' | 'BROKEN';

export const PROMISE_OUTCOMES: readonly PromiseOutcome[] = ['OPEN', 'KEPT', 'EXTENDED', 'BROKEN'];

export interface PromiseFacts {
  /** The promised reply day, in the organization's time zone. */
  promisedDay: CalendarDate;
  /** When the promise was made; updates at or before this instant made it, they do not keep it. */
  madeAt: Date;
  /** Instants at which candidate-visible updates became visible to the candidate (any order). */
  visibleUpdates: readonly Date[];
  /** When a later day was given with a reason the candidate sees, if it was. */
  extendedAt: Date | null;
  now: Date;
  /** The organization's IANA time zone. */
  timeZone: string;
}

export interface PromiseVerdict {
  outcome: PromiseOutcome;
  /** When the outcome was decided: the update, the extension, or the end of the promised day; null while OPEN. */
  settledAt: Date | null;
}

/**
 * The first instant after the promised day in `timeZone`: its next midnight on the wall clock.
 * Where the clocks skip midnight (America/Santiago in September), it is the jump itself, the
 * first instant whose wall clock is past the day (wallClockToInstant reads a skipped time with
 * the offset before the jump, RFC 5545 §3.3.5).
 */
export function endOfPromisedDay(promisedDay: CalendarDate, timeZone: string): Date {
  return wallClockToInstant(`${addDays(promisedDay, 1)}T00:00`, timeZone)!;
}

/**
 * The outcome of one promise at `now`: the earliest of a visible update (KEPT) and an extension
 * (EXTENDED) before the end of the promised day decides it; an update and an extension at the same
 * instant count as the update. With neither, it is BROKEN from the end of the day, OPEN before.
 */
export function promiseOutcome(facts: PromiseFacts): PromiseVerdict {
  const deadline = endOfPromisedDay(facts.promisedDay, facts.timeZone).getTime();
  const made = facts.madeAt.getTime();
  const now = facts.now.getTime();
  const inTime = (at: number) => at > made && at < deadline && at <= now;
  const update = facts.visibleUpdates.map((d) => d.getTime()).filter(inTime).sort((a, b) => a - b)[0];
  const extension = facts.extendedAt && inTime(facts.extendedAt.getTime()) ? facts.extendedAt.getTime() : undefined;
  if (update !== undefined && (extension === undefined || update <= extension)) return { outcome: 'KEPT', settledAt: new Date(update) };
  if (extension !== undefined) return { outcome: 'EXTENDED', settledAt: new Date(extension) };
  if (now >= deadline) return { outcome: 'BROKEN', settledAt: new Date(deadline) };
  return { outcome: 'OPEN', settledAt: null };
}

/**
 * Whole days a broken promise is late: from the promised day to the day the candidate heard
 * (`heardAt`, their first visible update after it), or to today while they still wait; both
 * read in the organization's time zone. At least 1: a broken promise is late by its day's end.
 */
export function daysLate(promisedDay: CalendarDate, heardAt: Date | null, now: Date, timeZone: string): number {
  return Math.max(1, daysBetween(promisedDay, calendarDateInZone(heardAt ?? now, timeZone)));
}

/** True on Saturdays and Sundays (the ISO weekend) of the calendar day, which has no zone. */
export function isWeekend(day: CalendarDate): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * The business day `days` business days after `from` (from itself not counted): weekends and the
 * organization's `holidays` are skipped. `days` below 1 gives `from`.
 */
export function addBusinessDays(from: CalendarDate, days: number, holidays: readonly CalendarDate[]): CalendarDate {
  const closed = new Set(holidays);
  let day = from;
  for (let counted = 0; counted < days; ) {
    day = addDays(day, 1);
    if (!isWeekend(day) && !closed.has(day)) counted += 1;
  }
  return day;
}

/**
 * When Candor extends a promise its maker pre-approved an extension for, if nothing
 * candidate-visible has happened by then: `minuteOfDay` (minutes after midnight, 0 to 1439;
 * default 16:00 = 960) on the promised day in the organization's time zone, never inside quiet
 * hours: a time inside them moves to their end when that is still on the promised day, else to
 * the last minute before they begin that day. So the candidate hears on the promised day itself,
 * before the check-in opens on the next. A time the clocks skip is read after the jump
 * (wallClockToInstant), but never past the promised day: where the skipped hour ends the day
 * (America/Nuuk, 23:00-24:00 on the last Saturday of March), the day's last minute. Where the
 * clocks skip the start of quiet hours, they begin at the jump; where they repeat it, at its first time.
 */
export function extensionTime(
  promisedDay: CalendarDate,
  minuteOfDay: number,
  quietHours: QuietHours | null,
  timeZone: string,
): Date {
  const clock = (minute: number) =>
    `${promisedDay}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  const dayEnd = endOfPromisedDay(promisedDay, timeZone).getTime();
  const planned = new Date(Math.min(wallClockToInstant(clock(minuteOfDay), timeZone)!.getTime(), dayEnd - 60_000));
  // Outside quiet hours (or with none) deliveryTime gives `planned` itself, which is on the promised day.
  const awake = deliveryTime(planned, 0, quietHours, timeZone);
  if (awake.getTime() < dayEnd) return awake;
  // Only quiet hours that wrap midnight, entered before it, move the time past the promised day. They
  // begin where that day's awake hours (from the quiet hours' end in the morning) end: deliveryTime
  // finds that instant on the wall clock, at the jump where the clocks skip it. (The start's wall
  // clock read directly would land after the jump, inside quiet hours.)
  const { startMinute, endMinute } = quietHours!;
  const awakeFrom = wallClockToInstant(clock(endMinute), timeZone)!;
  const quietFrom = deliveryTime(awakeFrom, 0, { startMinute: endMinute, endMinute: startMinute }, timeZone);
  return new Date(quietFrom.getTime() - 60_000);
}

/** How many of a stage's latest entries its typical time is read from, and how many it needs. */
export const TYPICAL_UPDATE_SAMPLE = { latest: 50, atLeast: 5 } as const;

/**
 * The typical days a stage takes to give its candidates news: the median of `daysToUpdate`
 * (fractional days from entering the stage to their next candidate-visible update, one per
 * entry, the latest TYPICAL_UPDATE_SAMPLE.latest), to one decimal; null with fewer than
 * TYPICAL_UPDATE_SAMPLE.atLeast.
 */
export function typicalDaysToUpdate(daysToUpdate: readonly number[]): number | null {
  if (daysToUpdate.length < TYPICAL_UPDATE_SAMPLE.atLeast) return null;
  return Math.round(median(daysToUpdate)! * 10) / 10;
}

/** The reply day history suggests on entering a stage now: today plus its typical days, rounded up. */
export function historySuggestedDate(typicalDays: number, now: Date, timeZone: string): CalendarDate {
  return addDays(calendarDateInZone(now, timeZone), Math.ceil(typicalDays));
}

/** True when `promisedDay` gives fewer days from today than the stage typically takes. */
export function promiseShorterThanUsual(promisedDay: CalendarDate, typicalDays: number | null, now: Date, timeZone: string): boolean {
  return typicalDays !== null && daysBetween(calendarDateInZone(now, timeZone), promisedDay) < typicalDays;
}

/** One ledger record, as the figures read it. */
export interface LedgerRecord {
  promisedDay: CalendarDate;
  madeAt: Date;
  outcome: PromiseOutcome;
  settledAt: Date | null;
  /** The candidate's first visible update after the promise was made (for a broken one: when they finally heard). */
  heardAt: Date | null;
}

export interface PromiseFigures {
  /** Promises made in the period. */
  made: number;
  /** Promises that ended (KEPT, EXTENDED or BROKEN) in the period: the shares' base. */
  ended: number;
  kept: number;
  extended: number;
  broken: number;
  /** Kept on time, % of those that ended (one decimal); null when none ended. */
  keptPercent: number | null;
  /** Extended, % of those that ended (one decimal); null when none ended. */
  extendedPercent: number | null;
  /** Median whole days late of the broken ones (daysLate); null when none broke. */
  medianDaysLate: number | null;
}

/**
 * The ledger's figures over [from, to): made counts promises made in it; the shares and the days
 * late are over promises that ended in it. `now` dates the lateness of those still waiting.
 */
export function promiseFigures(records: readonly LedgerRecord[], from: Date, to: Date, now: Date, timeZone: string): PromiseFigures {
  const within = (at: Date | null) => at !== null && at.getTime() >= from.getTime() && at.getTime() < to.getTime();
  const ended = records.filter((r) => r.outcome !== 'OPEN' && within(r.settledAt));
  const count = (outcome: PromiseOutcome) => ended.filter((r) => r.outcome === outcome).length;
  // Counts times 1000 first: (n / ended) * 1000 drifts below an exact half (201 of 400 gave 50.2, not 50.3).
  const percent = (n: number) => (ended.length === 0 ? null : Math.round((n * 1000) / ended.length) / 10);
  const broken = ended.filter((r) => r.outcome === 'BROKEN');
  return {
    made: records.filter((r) => within(r.madeAt)).length,
    ended: ended.length,
    kept: count('KEPT'),
    extended: count('EXTENDED'),
    broken: broken.length,
    keptPercent: percent(count('KEPT')),
    extendedPercent: percent(count('EXTENDED')),
    medianDaysLate: median(broken.map((r) => daysLate(r.promisedDay, r.heardAt, now, timeZone))),
  };
}

/** The status page's record, over the last PUBLIC_PROMISE_RECORD.days days, shown from `atLeastEnded` ended promises. */
export const PUBLIC_PROMISE_RECORD = { days: 90, atLeastEnded: 20 } as const;

/** The kept share a status page may show ("kept 94% of its reply dates"), whole percent; null below the minimum. */
export function publicKeptPercent(figures: Pick<PromiseFigures, 'ended' | 'kept'>): number | null {
  if (figures.ended < PUBLIC_PROMISE_RECORD.atLeastEnded) return null;
  // Kept times 100 first: (kept / ended) * 100 drifts below a whole percent (29 of 50 gave 57, not 58).
  return Math.floor((figures.kept * 100) / figures.ended);
}
