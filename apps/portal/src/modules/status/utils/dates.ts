import { formatCalendarDay, formatZonedInstant, ZonedParts, zonedParts } from '@candor/domain';

/**
 * Date wording for the status page. English, as the rest of the page.
 * - Calendar days ("YYYY-MM-DD", a day in the organization's time zone) are shown as that very
 *   day (formatCalendarDay reads noon UTC of it in UTC), so no time zone can shift them.
 * - Instants (steps) are shown in the time zone passed in (the candidate's browser zone), with
 *   its abbreviation or offset and name, and the organization's wall-clock time noted when it
 *   differs.
 */

/** The browser's IANA time zone (UTC when it cannot tell). */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** "2026-12-04" -> "Friday, December 4, 2026" (formatCalendarDay, libs/domain); anything else as it came. */
export function formatCalendarDate(date: string): string {
  return formatCalendarDay(date, 'long');
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
