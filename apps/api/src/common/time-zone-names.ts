import type * as CountriesAndTimezones from 'countries-and-timezones' with { 'resolution-mode': 'import' };

// The package's CommonJS build is typed by its ESM declarations, which TypeScript will not let
// CommonJS import: the types are taken from there, the code from the CommonJS build.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { getTimezone } = require('countries-and-timezones') as typeof CountriesAndTimezones;

/**
 * The current IANA name of a time zone: an old alias gives the zone it now links to in the tz
 * database's `backward` file (Asia/Calcutta → Asia/Kolkata, Europe/Kiev → Europe/Kyiv, US/Pacific
 * → America/Los_Angeles), read from countries-and-timezones, since Node 20's ICU still calls
 * several zones by their old names. Letter case is put right ("europe/berlin" → "Europe/Berlin");
 * UTC and its aliases are "UTC". A name Intl does not know is returned as it came (the caller
 * validates it: isValidTimeZone).
 */
export function currentTimeZoneName(zone: string): string {
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
  // Some runtimes keep the name as typed: find the tz database's spelling of it.
  let name = getTimezone(resolved)?.name ?? resolved;
  for (let hops = 0; hops < 3; hops++) {
    const alias = getTimezone(name)?.aliasOf;
    if (!alias) break;
    name = alias;
  }
  return name === 'Etc/UTC' ? 'UTC' : name;
}
