/** What the tz database says of a zone name (as countries-and-timezones gives it). */
export interface ZoneRecord {
  name: string;
  /** The zone this name links to in the tz database, or null for a zone of its own. */
  aliasOf: string | null;
  /** ISO 3166 codes of the countries that use it, the zone's own country first. */
  countries: readonly string[];
}

/**
 * The current IANA name of a time zone, for names that were renamed: Asia/Calcutta →
 * Asia/Kolkata, Europe/Kiev → Europe/Kyiv, US/Pacific → America/Los_Angeles, UTC and its
 * aliases → "UTC". A link counts as a rename when the zone it points to is that country's own
 * (its first country is one of the alias's). The tz database also links zones of other
 * countries that have agreed since 1970 (Europe/Amsterdam → Europe/Brussels, Atlantic/Reykjavik
 * → Africa/Abidjan): those keep their names, they are where people live. A name the lookup does
 * not know is returned as it came. `lookup` is countries-and-timezones' getTimezone.
 */
export function currentTimeZoneName(zone: string, lookup: (name: string) => ZoneRecord | null): string {
  let name = zone;
  // Stryker disable next-line EqualityOperator: no chain of renames is three links long
  for (let hops = 0; hops < 3; hops++) {
    const record = lookup(name);
    const target = record?.aliasOf ? lookup(record.aliasOf) : null;
    if (!record || !target || !isRename(record, target)) break;
    name = target.name;
  }
  return name === 'Etc/UTC' ? 'UTC' : name;
}

function isRename(alias: ZoneRecord, target: ZoneRecord): boolean {
  if (target.countries.length === 0) return alias.countries.length === 0;
  return alias.countries.includes(target.countries[0]);
}
