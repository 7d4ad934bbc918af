import { formatZonedInstant, ZonedParts, zonedParts } from '@candor/domain';

/**
 * Date wording for the status page. English, as the rest of the page.
 * - Calendar days ("YYYY-MM-DD", a day in the organization's time zone) are shown as that day
 *   and never pass through a Date instant, so no time zone can shift them.
 * - Instants (steps) are shown in the time zone passed in (the candidate's browser zone), with
 *   its abbreviation or offset and name, and the organization's wall-clock time noted when it
 *   differs.
 */

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The browser's IANA time zone (UTC when it cannot tell). */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** "2026-12-04" -> "Friday, December 4, 2026"; anything else is returned as it came. */
export function formatCalendarDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return date;
  return `${WEEKDAYS[weekday(year, month, day)]}, ${MONTHS[month - 1]} ${day}, ${year}`;
}

/** Day of the week (0 = Sunday) of a proleptic Gregorian date, by arithmetic (Sakamoto). */
function weekday(year: number, month: number, day: number): number {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  const w = (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + offsets[month - 1] + day) % 7;
  return (w + 7) % 7;
}

/**
 * When a step happens, in `viewerTimeZone`, with the zone's abbreviation or offset and its name
 * (formatZonedInstant, libs/domain): "Friday, December 4, 2026 at 6:00 PM GMT+1 (Central
 * European Standard Time)". The organization's time is added when its clock reads differently
 * ("· 9:00 AM PST for the hiring team"), its day too when that differs.
 */
export function formatStepTime(iso: string, viewerTimeZone: string, organizationTimeZone?: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  let zone = viewerTimeZone;
  let viewer: ZonedParts;
  try {
    viewer = zonedParts(instant, viewerTimeZone);
  } catch {
    zone = 'UTC';
    viewer = zonedParts(instant, zone);
  }
  const text = formatZonedInstant(instant, zone);
  if (!organizationTimeZone) return text;
  let organization: ZonedParts;
  try {
    organization = zonedParts(instant, organizationTimeZone);
  } catch {
    return text;
  }
  if (organization.date === viewer.date && organization.time === viewer.time) return text;
  const when = organization.date === viewer.date ? organization.time : `${organization.date}, ${organization.time}`;
  return `${text} · ${when} ${organization.zone} for the hiring team`;
}

/** 45 -> "45 minutes", 60 -> "1 hour", 90 -> "1 hour 30 minutes". */
export function formatDuration(minutes: number): string {
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(rest, 'minute')}`;
}

/** When the candidate sent something, short, in their zone: "Sat, Nov 28, 2026, 6:00 PM GMT+1". */
export function formatSentAt(iso: string, viewerTimeZone: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  try {
    return formatZonedInstant(instant, viewerTimeZone, 'short');
  } catch {
    return formatZonedInstant(instant, 'UTC', 'short');
  }
}

/** A zone as a person names it ("India Standard Time"), for "times are in your time zone"; the IANA id when Intl cannot name it. */
export function zoneDisplayName(timeZone: string, at: Date = new Date()): string {
  try {
    return zonedParts(at, timeZone).zoneName;
  } catch {
    return timeZone;
  }
}
