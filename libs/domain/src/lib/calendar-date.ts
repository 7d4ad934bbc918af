import { LIMITS } from './limits';

/**
 * Calendar days ("YYYY-MM-DD", ISO 8601) as the organization sees them.
 * A promise such as "you will hear back by 2026-12-04" is a day in the organization's
 * time zone, not an instant; these helpers keep that distinction explicit.
 */
export type CalendarDate = string;

// Stryker disable next-line Regex: without `$` a longer string still fails, since the day must come back exactly as written
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a string "YYYY-MM-DD" that names a day that exists (years 0100 to 9999). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  // A day past the month's end rolls over (2026-02-30 becomes 2026-03-02) and Date.UTC reads
  // years 0 to 99 as 1900 to 1999: a day that exists comes back exactly as written.
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === value;
}

/**
 * True for a time zone name Intl knows (IANA tz database names such as "Europe/Berlin", and
 * "UTC"). Names longer than LIMITS.timeZone characters (no IANA name is) are refused without a
 * look-up: a megabyte-long name costs ICU a quarter of a second.
 */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > LIMITS.timeZone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

// Building an Intl.DateTimeFormat costs far more than using one: keep one per time zone.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  // Stryker disable next-line ConditionalExpression: the cache only spares building a formatter; a new one finds the same day
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar day that `instant` falls on in `timeZone` (an IANA name). */
export function calendarDateInZone(instant: Date, timeZone: string): CalendarDate {
  const parts = dayFormatter(timeZone).formatToParts(instant);
  // Stryker disable next-line OptionalChaining,StringLiteral: this formatter always yields a year, a month and a day part
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * The day `days` whole days after `date` (before it when negative).
 * @throws RangeError when `date` is not a calendar date
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  assertCalendarDate(date);
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 * @throws RangeError when either is not a calendar date
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  assertCalendarDate(from);
  assertCalendarDate(to);
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** -1, 0 or 1 as `a` is before, the same day as, or after `b` (a comparator for sort). */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function assertCalendarDate(value: string): void {
  if (!isCalendarDate(value)) throw new RangeError(`Not a calendar date: ${value}`);
}
