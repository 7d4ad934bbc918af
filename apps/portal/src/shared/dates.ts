import { formatCalendarDay, instantToWallClock, isValidTimeZone, wallClockToInstant, type ZonedParts, zonedParts } from '@candor/domain';

/**
 * The one clock of the recruiter portal. Every time a member reads or types is in one zone, the
 * organization's (its promised days are days there too), labelled with its abbreviation or
 * offset at that instant ("PST", "GMT+1"; zonedParts, libs/domain), and followed by the member's
 * own time in brackets when their browser's clock reads differently. Calendar days are written in
 * one style everywhere ("Mon, Dec 7, 2026"; formatCalendarDay, libs/domain).
 *
 * The status page (modules/status) is the candidate's and shows their own zone instead.
 */
export interface PortalClock {
  /** The zone every time is shown and entered in: the organization's (UTC when the browser does not know it). */
  readonly zone: string;
  /** The member's browser zone, for the "your time" brackets. */
  readonly browserZone: string;
  /** The zone by name, with its abbreviation or offset at `at` (now): "Los Angeles time (PST)", "UTC". */
  zoneLabel(at?: Date): string;
  /** The member's own zone by name: "Berlin time". */
  browserZoneName(): string;
  /** Whether the member's clock reads differently from the organization's at `at` (now), so times get "your time" brackets. */
  browserDiffers(at?: Date): boolean;
  /** An instant: "Sat, Nov 28, 2026, 11:00 AM PST (8:00 PM your time)"; what is not an instant comes back as it came. */
  instant(iso: string): string;
  /** A calendar day ("2026-12-07"): "Mon, Dec 7, 2026". */
  day(date: string): string;
  /** An instant as a `datetime-local` value on the organization's clock ("" when absent or not an instant). */
  toInput(iso: string | null | undefined): string;
  /** A `datetime-local` value read on the organization's clock, as an ISO 8601 instant; null when it is not a time. */
  fromInput(value: string): string | null;
}

/** "America/Los_Angeles" -> "Los Angeles", "America/Argentina/Buenos_Aires" -> "Buenos Aires"; null for zones without a place (UTC, Etc/GMT+5). */
function placeOf(zone: string): string | null {
  if (!zone.includes('/') || zone.startsWith('Etc/')) return null;
  return zone.slice(zone.lastIndexOf('/') + 1).replaceAll('_', ' ');
}

/** Two zones whose clocks read the same day and time (London and UTC in winter need no brackets). */
const sameClock = (a: ZonedParts, b: ZonedParts) => a.date === b.date && a.time === b.time;

function parseInstant(iso: string): Date | null {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** A clock that shows and reads times in `organizationZone`, noting `browserZone` where it differs. */
export function portalClock(organizationZone: string, browserZone: string): PortalClock {
  // A browser older than the zone's current name (Europe/Kyiv) cannot read it: UTC, which says so.
  const zone = isValidTimeZone(organizationZone) ? organizationZone : 'UTC';
  const ownZone = isValidTimeZone(browserZone) ? browserZone : zone;

  return {
    zone,
    browserZone: ownZone,
    zoneLabel(at = new Date()) {
      const { zone: abbreviation } = zonedParts(at, zone, 'short');
      const place = placeOf(zone);
      return place ? `${place} time (${abbreviation})` : abbreviation;
    },
    browserZoneName() {
      const place = placeOf(ownZone);
      return place ? `${place} time` : zonedParts(new Date(), ownZone, 'short').zone;
    },
    browserDiffers(at = new Date()) {
      return !sameClock(zonedParts(at, zone, 'short'), zonedParts(at, ownZone, 'short'));
    },
    instant(iso) {
      const instant = parseInstant(iso);
      if (!instant) return iso;
      const shown = zonedParts(instant, zone, 'short');
      const text = `${shown.date}, ${shown.time} ${shown.zone}`;
      const own = zonedParts(instant, ownZone, 'short');
      if (sameClock(shown, own)) return text;
      return `${text} (${own.date === shown.date ? own.time : `${own.date}, ${own.time}`} your time)`;
    },
    day: (date) => formatCalendarDay(date, 'short'),
    toInput(iso) {
      const instant = iso ? parseInstant(iso) : null;
      return instant ? instantToWallClock(instant, zone) : '';
    },
    fromInput(value) {
      return wallClockToInstant(value, zone)?.toISOString() ?? null;
    },
  };
}

/** 45 -> "45 min", 90 -> "1 h 30 min". */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * A step as the API sends it (ISO 8601 strings) with its start and deadline as instants, for the
 * domain's step rules (stepsAfterPromise, candidateRoadmap); null stays null.
 */
export function withStepInstants<T extends { startsAt?: string | null; dueAt?: string | null }>(
  step: T,
): Omit<T, 'startsAt' | 'dueAt'> & { startsAt: Date | null; dueAt: Date | null } {
  return { ...step, startsAt: step.startsAt ? new Date(step.startsAt) : null, dueAt: step.dueAt ? new Date(step.dueAt) : null };
}
