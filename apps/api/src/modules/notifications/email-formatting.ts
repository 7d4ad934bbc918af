import { formatCalendarDay as formatDay, formatZonedInstant } from '@candor/domain';

/** A promised day as emails write it: the calendar day itself ("Friday, December 4, 2026"), never shifted by a zone. */
export function formatCalendarDay(day: string): string {
  return formatDay(day, 'long');
}

/**
 * A step time as emails write it, in the organization's zone, with the zone's abbreviation or
 * offset and its name (formatZonedInstant, libs/domain): "Thursday, December 10, 2026 at
 * 2:00 PM GMT+1 (Central European Standard Time)".
 */
export function formatInstant(instant: Date, timeZone: string): string {
  return formatZonedInstant(instant, timeZone, 'long');
}
