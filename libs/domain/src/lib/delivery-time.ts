/**
 * A daily quiet period in the organization's time zone, as minutes after midnight (0 to 1439) on
 * the wall clock: quiet from `startMinute` up to, not including, `endMinute`. It wraps midnight
 * when `endMinute` is earlier (20:00-08:00); equal minutes mean no quiet hours at all.
 */
export interface QuietHours {
  startMinute: number;
  endMinute: number;
}

/**
 * When a candidate email may go out: after the stage's delay (the undo window), and never inside
 * quiet hours, which hold it until they end (e.g. 20:00-08:00 holds an evening email until 08:00).
 * Quiet hours are read on the wall clock of `timeZone` (an IANA name), so they keep their local
 * times across daylight-saving changes. When the clocks skip the end (quiet until 02:30 on the
 * night 02:00 jumps to 03:00), the email goes at the jump: 03:00 is the first minute that night
 * whose wall clock is past the end. (RFC 5545 §3.3.5 would read a skipped 02:30 with the earlier
 * offset, 03:30 after the jump, half an hour later than quiet hours ask for.) When the hour
 * repeats (the clocks go back), the end is the first time the clock reads it.
 * @param now the moment the email is queued
 * @param delayMinutes the undo window, in minutes (negative counts as none)
 * @returns `now` plus the delay, or the end of the quiet hours it falls in (to the whole minute)
 */
export function deliveryTime(now: Date, delayMinutes: number, quietHours: QuietHours | null, timeZone: string): Date {
  const earliest = new Date(now.getTime() + Math.max(0, delayMinutes) * 60_000);
  if (!quietHours || quietHours.startMinute === quietHours.endMinute) return earliest;
  const minute = minuteOfDay(earliest, timeZone);
  if (!isQuiet(minute, quietHours)) return earliest;
  const end = quietHours.endMinute;
  // The end by the clock as it reads now (the offset before any daylight-saving change)...
  const nominal = new Date(earliest.getTime() + ((end - minute + 1440) % 1440) * 60_000);
  // ...then the nearest instant at which the clock reads `end` (a change moves it by at most 12 h).
  const drift = ((minuteOfDay(nominal, timeZone) - end + 2160) % 1440) - 720;
  const corrected = new Date(nominal.getTime() - drift * 60_000);
  // Still quiet there: the clocks skipped `end` that night. Quiet at `corrected`, past the end at
  // `nominal` (the clock jumped in between): the jump is the first instant that is not quiet.
  const sendAt = isQuiet(minuteOfDay(corrected, timeZone), quietHours) ? firstAwake(corrected, nominal, quietHours, timeZone) : corrected;
  sendAt.setUTCSeconds(0, 0);
  return sendAt;
}

/**
 * The first whole minute in (quiet, awake] that is outside quiet hours, by bisection: between the
 * two the wall clock moves forward once, at a daylight-saving jump (whole minutes in every zone).
 */
function firstAwake(quiet: Date, awake: Date, quietHours: QuietHours, timeZone: string): Date {
  let [lo, hi] = [quiet.getTime(), awake.getTime()];
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    if (isQuiet(minuteOfDay(new Date(mid), timeZone), quietHours)) lo = mid;
    else hi = mid;
  }
  return new Date(hi);
}

function isQuiet(minute: number, { startMinute: start, endMinute: end }: QuietHours): boolean {
  // Stryker disable next-line EqualityOperator: equal start and end (no quiet hours) never get here, the only case where < and <= differ
  const withinOneDay = start < end;
  return withinOneDay ? minute >= start && minute < end : minute >= start || minute < end;
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock minute after midnight (0 to 1439) of `instant` in `timeZone` (an IANA name). */
export function minuteOfDay(instant: Date, timeZone: string): number {
  let formatter = clockFormatters.get(timeZone);
  // Stryker disable next-line ConditionalExpression: the cache only spares building a formatter; a new one reads the same clock
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clockFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  // Stryker disable next-line OptionalChaining: this formatter always yields an hour and a minute part
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

/** A 24-hour "HH:MM" clock time (00:00 to 23:59) to minutes after midnight, or null when malformed. */
export function parseClockTime(value: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Minutes after midnight (0 to 1439) as a 24-hour "HH:MM" clock time. */
export function formatClockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
