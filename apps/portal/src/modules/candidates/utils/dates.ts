/**
 * Date helpers for the recruiter pages (English, like the rest of the portal).
 * - Calendar days ("YYYY-MM-DD", days in the organization's time zone) are formatted as that day
 *   and never shifted by a time zone.
 * - Instants are shown, and entered, in the browser's time zone.
 */

import { formatZonedInstant } from '@candor/domain';

const LOCALE = 'en-US';

function plain(text: string): string {
  // Recent ICU puts narrow no-break spaces around AM/PM; plain spaces read and match better.
  return text.replace(/[\u202f\u00a0]/g, ' ');
}

function parseDay(date: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(day.getTime()) ? null : day;
}

/** "2026-11-24" -> "Tue, Nov 24" (the year is added when it is not this year). */
export function formatDay(date: string, now: Date = new Date()): string {
  const day = parseDay(date);
  if (!day) return date;
  const withYear = day.getUTCFullYear() !== now.getFullYear();
  return plain(
    new Intl.DateTimeFormat(LOCALE, {
      timeZone: 'UTC',
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      ...(withYear ? { year: 'numeric' } : {}),
    }).format(day),
  );
}

/** An instant in the browser's zone, with its abbreviation or offset (formatZonedInstant): "Fri, Dec 4, 2026, 9:30 AM GMT+1". */
export function formatInstant(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  let zone = 'UTC';
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    // The browser cannot tell: UTC, named as such.
  }
  return formatZonedInstant(instant, zone, 'short');
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/**
 * A `datetime-local` value ("2026-12-04T09:30") read in the browser's zone, as ISO 8601 with
 * that zone's offset ("2026-12-04T09:30:00+01:00"); null when empty or not a date.
 */
export function localInputToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const local = new Date(year, month - 1, day, hour, minute, second);
  if (Number.isNaN(local.getTime())) return null;
  const offset = -local.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}` +
    `T${pad(local.getHours())}:${pad(local.getMinutes())}:${pad(local.getSeconds())}` +
    `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

/** An instant as a `datetime-local` value in the browser's zone ("" when absent). */
export function isoToLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return '';
  return (
    `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}` +
    `T${pad(instant.getHours())}:${pad(instant.getMinutes())}`
  );
}

/** The browser's time zone name, for hints ("Europe/Berlin"). */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'your time zone';
  } catch {
    return 'your time zone';
  }
}

/** 45 -> "45 min", 90 -> "1 h 30 min". */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
