import { currentTimeZoneName as currentName, ZoneRecord } from '@candor/domain';
import { getAllTimezones, getTimezone } from 'countries-and-timezones';

/** One choice in a time zone picker. */
export interface TimeZoneOption {
  /** The zone's current IANA name, the value sent to the API. */
  value: string;
  /** "Asia/Kolkata (UTC+05:30)", "Europe/Berlin (UTC+01:00, summer +02:00)". */
  label: string;
}

/** The current IANA name of a zone (currentTimeZoneName, libs/domain): browsers may still report an old one (Asia/Calcutta). */
export function currentTimeZoneName(zone: string): string {
  return currentName(zone, zoneRecord);
}

/** The browser's zone under its current name (UTC when it cannot tell). */
export function browserTimeZone(): string {
  try {
    return currentTimeZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  } catch {
    return 'UTC';
  }
}

let all: TimeZoneOption[] | undefined;

/**
 * Every current IANA zone name with its UTC offsets (standard, and summer where it has one),
 * sorted by name, with UTC, and `current` included even if it is not in the list: zones of
 * their own and zones the tz database links to another country's (Europe/Amsterdam), not
 * renamed ones (Asia/Calcutta) nor the legacy names (US/Pacific). The fixed-offset Etc/GMT±N
 * zones are left out: their signs read backwards.
 */
export function timeZoneOptions(current: string): TimeZoneOption[] {
  all ??= Object.values(getAllTimezones({ deprecated: true }))
    .filter((zone) => zone.name.includes('/') && !zone.name.startsWith('Etc/') && currentTimeZoneName(zone.name) === zone.name)
    .map((zone) => ({
      value: zone.name,
      label: `${zone.name.replaceAll('_', ' ')} (UTC${zone.utcOffsetStr}${zone.dstOffset !== zone.utcOffset ? `, summer ${zone.dstOffsetStr}` : ''})`,
    }));
  const options = [{ value: 'UTC', label: 'UTC' }, ...all];
  if (!options.some((o) => o.value === current)) options.push({ value: current, label: current.replaceAll('_', ' ') });
  return options.sort((a, b) => (a.value === 'UTC' ? -1 : b.value === 'UTC' ? 1 : a.value.localeCompare(b.value)));
}

/** countries-and-timezones' record of a zone name, as the domain's rule reads it. */
function zoneRecord(name: string): ZoneRecord | null {
  const zone = getTimezone(name);
  return zone ? { name: zone.name, aliasOf: zone.aliasOf ?? null, countries: zone.countries ?? [] } : null;
}
