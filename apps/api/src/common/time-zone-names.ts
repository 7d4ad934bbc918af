import { currentTimeZoneName as currentName, ZoneRecord } from '@candor/domain';
import type * as CountriesAndTimezones from 'countries-and-timezones' with { 'resolution-mode': 'import' };

// The package's CommonJS build is typed by its ESM declarations, which TypeScript will not let
// CommonJS import: the types are taken from there, the code from the CommonJS build.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { getAllTimezones, getTimezone } = require('countries-and-timezones') as typeof CountriesAndTimezones;

/**
 * The current IANA name of a time zone as typed (currentTimeZoneName, libs/domain, over the tz
 * database's links from countries-and-timezones): letter case put right first
 * ("asia/calcutta" → "Asia/Calcutta" → "Asia/Kolkata"); current names stay (Africa/Asmara). A name Intl does not know is returned
 * as it came (the caller validates it: isValidTimeZone).
 */
export function currentTimeZoneName(zone: string): string {
  // The tz database's own spelling first: Intl would turn current names into ICU's older ones
  // (Africa/Asmara into Africa/Asmera). Intl only puts the letter case right for names it lacks.
  let spelled = ZONE_NAMES.get(zone.toLowerCase());
  if (!spelled) {
    try {
      spelled = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      return zone;
    }
  }
  return currentName(spelled, zoneRecord);
}

/** Every name countries-and-timezones knows, by its lower-case form. */
const ZONE_NAMES = new Map(Object.keys(getAllTimezones({ deprecated: true })).map((name) => [name.toLowerCase(), name]));

/** countries-and-timezones' record of a zone name, as the domain's rule reads it. */
function zoneRecord(name: string): ZoneRecord | null {
  const zone = getTimezone(name);
  return zone ? { name: zone.name, aliasOf: zone.aliasOf ?? null, countries: zone.countries ?? [] } : null;
}
