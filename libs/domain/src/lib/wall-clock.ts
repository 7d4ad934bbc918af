import { isCalendarDate } from './calendar-date';

/**
 * Wall-clock times in a zone, as a `datetime-local` input holds them ("2026-11-28T17:00"): the
 * clock a person reads in the organization's time zone, whatever zone their browser is in.
 */

// Stryker disable next-line Regex: without the anchors a longer string still fails, since the time must come back exactly as written
const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

const clocks = new Map<string, Intl.DateTimeFormat>();

function clock(timeZone: string): Intl.DateTimeFormat {
  let made = clocks.get(timeZone);
  // Stryker disable next-line ConditionalExpression: the cache only spares building a formatter; a new one reads the same clock
  if (!made) {
    made = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    clocks.set(timeZone, made);
  }
  return made;
}

/** The wall clock of `instant` in `timeZone`, to the minute, as if it were UTC (ms since the epoch). */
function wallClockMs(instant: number, timeZone: string): number {
  const parts = clock(timeZone).formatToParts(new Date(instant));
  // Stryker disable next-line OptionalChaining: this formatter always yields these parts
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
}

/** Minutes `timeZone` is ahead of UTC at `instant` (PST: -480). */
function offsetMinutes(instant: number, timeZone: string): number {
  return Math.round((wallClockMs(instant, timeZone) - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * The instant at which the clock of `timeZone` (IANA) reads `wallClock` ("2026-11-28T17:00",
 * seconds allowed and ignored), or null when it is not a time on a day that exists.
 * - When the clocks go back and the time happens twice, the first one (the earlier instant).
 * - When the clocks skip it (02:30 on the night 02:00 jumps to 03:00), the time is read with the
 *   offset in force before the jump, as RFC 5545 §3.3.5 reads a DATE-TIME: 03:30 after the jump.
 * Zones change their offset at most once in a day, so the offsets a day before and a day after
 * are the only two that can apply.
 * @throws RangeError for a zone the runtime does not know.
 */
export function wallClockToInstant(wallClock: string, timeZone: string): Date | null {
  const match = WALL_CLOCK.exec(wallClock.trim());
  if (!match || !isCalendarDate(match[1])) return null;
  const [y, m, d] = match[1].split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d, Number(match[2]), Number(match[3]));
  const before = offsetMinutes(wall - 86_400_000, timeZone);
  const after = offsetMinutes(wall + 86_400_000, timeZone);
  const readings = [before, after].map((offset) => wall - offset * 60_000).filter((at) => wallClockMs(at, timeZone) === wall);
  return new Date(readings.length > 0 ? Math.min(...readings) : wall - before * 60_000);
}

/** `instant` as the clock of `timeZone` reads it, to the minute, as a `datetime-local` value ("2026-11-28T17:00"). */
export function instantToWallClock(instant: Date, timeZone: string): string {
  return new Date(wallClockMs(instant.getTime(), timeZone)).toISOString().slice(0, 16);
}
