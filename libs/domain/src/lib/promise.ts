import { addDays, calendarDateInZone, CalendarDate, daysBetween } from './calendar-date';
import { LIMITS } from './limits';
import { formatCalendarDay } from './zoned-time';

/**
 * The promised reply date ("you will hear back by") and how the team is held to it.
 * A promise is kept through the whole of its day in the organization's time zone.
 */
export type PromiseState = 'NONE' | 'ON_TRACK' | 'DUE_SOON' | 'OVERDUE';

export function promiseState(
  expectedResponseBy: CalendarDate | null | undefined,
  now: Date,
  timeZone: string,
): PromiseState {
  if (!expectedResponseBy) return 'NONE';
  const today = calendarDateInZone(now, timeZone);
  const daysLeft = daysBetween(today, expectedResponseBy);
  if (daysLeft < 0) return 'OVERDUE';
  if (daysLeft <= 1) return 'DUE_SOON';
  return 'ON_TRACK';
}

/** The promise a stage suggests when a candidate enters it, or null when it has none. */
export function suggestedResponseDate(
  defaultResponseDays: number | null | undefined,
  now: Date,
  timeZone: string,
): CalendarDate | null {
  if (defaultResponseDays == null) return null;
  return addDays(calendarDateInZone(now, timeZone), defaultResponseDays);
}

/**
 * Why a promised date cannot be given, or null when it can. A promise must not already be
 * broken when it is made (no day before today) and must be within a year.
 */
export function promiseDateProblem(
  expectedResponseBy: CalendarDate,
  now: Date,
  timeZone: string,
): string | null {
  const today = calendarDateInZone(now, timeZone);
  const daysAhead = daysBetween(today, expectedResponseBy);
  if (daysAhead < 0) return `must be today (${formatCalendarDay(today)}) or later in the organization's time zone`;
  if (daysAhead > LIMITS.promiseHorizonDays) {
    return `must be within ${LIMITS.promiseHorizonDays} days of today (${formatCalendarDay(today)})`;
  }
  return null;
}
