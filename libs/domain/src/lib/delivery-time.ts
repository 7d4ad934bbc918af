
/** A daily quiet period in the organization's time zone, as minutes after midnight (it may wrap midnight). */
export interface QuietHours {
  startMinute: number;
  endMinute: number;
}

/**
 * When a candidate email may go out: after the stage's delay (the undo window), and never inside
 * quiet hours, which hold it until they end (e.g. 20:00-08:00 holds an evening email until 08:00).
 */
export function deliveryTime(now: Date, delayMinutes: number, quietHours: QuietHours | null, timeZone: string): Date {
  const earliest = new Date(now.getTime() + Math.max(0, delayMinutes) * 60_000);
  if (!quietHours || quietHours.startMinute === quietHours.endMinute) return earliest;
  const minute = minuteOfDay(earliest, timeZone);
  const { startMinute: start, endMinute: end } = quietHours;
  const quiet = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!quiet) return earliest;
  const wait = (end - minute + 1440) % 1440;
  // Step to the end of quiet hours, then correct for a DST change in between.
  let candidate = new Date(earliest.getTime() + wait * 60_000);
  candidate = new Date(candidate.getTime() - (minuteOfDay(candidate, timeZone) - end) * 60_000);
  candidate.setUTCSeconds(0, 0);
  return candidate;
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

export function minuteOfDay(instant: Date, timeZone: string): number {
  let formatter = clockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clockFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

/** "HH:MM" to minutes after midnight, or null when malformed. */
export function parseClockTime(value: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export function formatClockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

