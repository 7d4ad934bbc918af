import { getAllTimezones, getTimezone } from 'countries-and-timezones';

/** One choice in a time zone picker. */
export interface TimeZoneOption {
  /** The zone's current IANA name, the value sent to the API. */
  value: string;
  /** "Asia/Kolkata (UTC+05:30)", "Europe/Berlin (UTC+01:00, summer +02:00)". */
  label: string;
}

/**
 * The current IANA name of a zone: browsers may still report an old alias (Asia/Calcutta,
 * Europe/Kiev); the tz database's `backward` links (countries-and-timezones) give the name it
 * now has. UTC stays UTC; an unknown name is returned as it came.
 */
export function currentTimeZoneName(zone: string): string {
  let name = zone;
  for (let hops = 0; hops < 3; hops++) {
    const alias = getTimezone(name)?.aliasOf;
    if (!alias) break;
    name = alias;
  }
  return name === 'Etc/UTC' ? 'UTC' : name;
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
 * Every current IANA zone with its UTC offsets (standard, and summer where it has one), sorted
 * by name, with UTC, and `current` included even if it is not in the list. The fixed-offset
 * Etc/GMT±N zones are left out: their signs read backwards.
 */
export function timeZoneOptions(current: string): TimeZoneOption[] {
  all ??= Object.values(getAllTimezones())
    .filter((zone) => !zone.aliasOf && !zone.name.startsWith('Etc/'))
    .map((zone) => ({
      value: zone.name,
      label: `${zone.name.replaceAll('_', ' ')} (UTC${zone.utcOffsetStr}${zone.dstOffset !== zone.utcOffset ? `, summer ${zone.dstOffsetStr}` : ''})`,
    }));
  const options = [{ value: 'UTC', label: 'UTC' }, ...all];
  if (!options.some((o) => o.value === current)) options.push({ value: current, label: current.replaceAll('_', ' ') });
  return options.sort((a, b) => (a.value === 'UTC' ? -1 : b.value === 'UTC' ? 1 : a.value.localeCompare(b.value)));
}
