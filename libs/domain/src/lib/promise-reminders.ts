import { addDays, CalendarDate } from './calendar-date';
import { addBusinessDays, isWeekend } from './promise-ledger';

/**
 * Reminders to the team before a promise lapses: the member who owns the candidate hears on the
 * working day before the promised day, at PROMISE_REMINDER_MINUTE in the organization's zone.
 */

/** The reminder goes at 08:00 in the organization's time zone (minutes after midnight), with the morning digest. */
export const PROMISE_REMINDER_MINUTE = 8 * 60;

/** True on a day the organization works: not a Saturday or Sunday, not one of its `holidays` ("YYYY-MM-DD"). */
export function isBusinessDay(day: CalendarDate, holidays: readonly CalendarDate[]): boolean {
  return !isWeekend(day) && !holidays.includes(day);
}

/**
 * The last business day strictly before `day`: weekends and the organization's `holidays` are
 * skipped (a Monday gives the Friday before; a Tuesday after a holiday Monday, that Friday too).
 * `day` itself may be any day. Throws RangeError when no business day is found within 366 days
 * before (holidays listing a whole year).
 */
export function previousBusinessDay(day: CalendarDate, holidays: readonly CalendarDate[]): CalendarDate {
  const closed = new Set(holidays);
  let candidate = day;
  for (let i = 0; i < 366; i += 1) {
    candidate = addDays(candidate, -1);
    if (!isWeekend(candidate) && !closed.has(candidate)) return candidate;
  }
  throw new RangeError(`No business day in the year before ${day}`);
}

/**
 * The promised days whose reminder day (previousBusinessDay) is `today`: those after `today` up to
 * and including the next business day, as an inclusive range `{ from, through }`. Null when
 * `today` is not a business day (no reminder goes on a weekend or holiday). On a Friday before a
 * holiday Monday: Saturday through Tuesday.
 */
export function promisedDaysRemindedOn(today: CalendarDate, holidays: readonly CalendarDate[]): { from: CalendarDate; through: CalendarDate } | null {
  if (!isBusinessDay(today, holidays)) return null;
  return { from: addDays(today, 1), through: addBusinessDays(today, 1, holidays) };
}
