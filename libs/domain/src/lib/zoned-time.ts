import { isCalendarDate } from './calendar-date';

/**
 * The one formatter for an instant a person reads (emails, calendar descriptions, the portal,
 * the status page): the local date and time in an IANA zone, with the zone's abbreviation or UTC
 * offset at that instant ("PST", "GMT+1", "GMT+5:30") and, in the long style, the zone's name
 * ("Central European Summer Time"). The offset tells the two 2:30s apart on the night clocks go
 * back; English (en-US), like the rest of Candor.
 */

/** The parts of an instant in a zone, as words. */
export interface ZonedParts {
  /** "Thursday, December 10, 2026" (long) or "Thu, Dec 10, 2026" (short). */
  date: string;
  /** "2:00 PM". */
  time: string;
  /** The zone at that instant, short: an abbreviation where English has one ("PST"), else the UTC offset ("GMT+1"). */
  zone: string;
  /** The zone's name at that instant: "Pacific Standard Time", "Central European Summer Time". */
  zoneName: string;
}

export type InstantStyle = 'long' | 'short';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let made = formatters.get(key);
  // Stryker disable next-line ConditionalExpression: the cache only spares building a formatter; a new one formats the same
  if (!made) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}

/** Recent ICU puts narrow no-break spaces before AM/PM; plain spaces read and match better. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');


/**
 * `instant` in `timeZone` (IANA), as parts.
 * @throws RangeError for a zone the runtime does not know.
 */
export function zonedParts(instant: Date, timeZone: string, style: InstantStyle = 'long'): ZonedParts {
  const long = style === 'long';
  const date = formatter(`date ${style} ${timeZone}`, () =>
    new Intl.DateTimeFormat('en-US', { timeZone, weekday: long ? 'long' : 'short', month: long ? 'long' : 'short', day: 'numeric', year: 'numeric' }),
  );
  const time = formatter(`time ${timeZone}`, () => new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }));
  const name = formatter(`name ${timeZone}`, () => new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'long' }));
  const clock = time.formatToParts(instant);
  return {
    date: plain(date.format(instant)),
    time: plain(clock.filter((p) => p.type !== 'timeZoneName').map((p) => p.value).join('').trim()),
    // Stryker disable next-line OptionalChaining,LogicalOperator: a timeZoneName option always yields its part
    zone: clock.find((p) => p.type === 'timeZoneName')?.value ?? timeZone,
    // Stryker disable next-line OptionalChaining,LogicalOperator: as above
    zoneName: name.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? timeZone,
  };
}

/**
 * An instant as a person reads it in `timeZone`:
 * - long: "Thursday, December 10, 2026 at 2:00 PM GMT+1 (Central European Standard Time)"
 * - short: "Thu, Dec 10, 2026, 2:00 PM GMT+1"
 * @throws RangeError for a zone the runtime does not know.
 */
export function formatZonedInstant(instant: Date, timeZone: string, style: InstantStyle = 'long'): string {
  const p = zonedParts(instant, timeZone, style);
  return style === 'long' ? `${p.date} at ${p.time} ${p.zone} (${p.zoneName})` : `${p.date}, ${p.time} ${p.zone}`;
}

/**
 * A calendar day ("YYYY-MM-DD", a day in the organization's time zone) as a person reads it, in
 * the same words as the date of formatZonedInstant, never shifted by a zone (it already is a day):
 * - long: "Monday, December 7, 2026"
 * - short: "Mon, Dec 7, 2026"
 * Anything that is not a calendar date is returned as it came, so a bad value shows, not a wrong day.
 */
// Stryker disable next-line StringLiteral: every style but 'long' is the short one, so an emptied default reads the same
export function formatCalendarDay(day: string, style: InstantStyle = 'short'): string {
  if (!isCalendarDate(day)) return day;
  // Noon UTC of the day, read in UTC: the day itself whatever the runtime's own zone.
  return zonedParts(new Date(`${day}T12:00:00Z`), 'UTC', style).date;
}
