import { formatCalendarDay, formatZonedInstant, zonedParts } from '../zoned-time';

describe('formatZonedInstant', () => {
  it('tells the two 2:30s apart on the night clocks go back (Europe/Berlin, 25 October 2026)', () => {
    expect(formatZonedInstant(new Date('2026-10-25T00:30:00Z'), 'Europe/Berlin')).toBe('Sunday, October 25, 2026 at 2:30 AM GMT+2 (Central European Summer Time)');
    expect(formatZonedInstant(new Date('2026-10-25T01:30:00Z'), 'Europe/Berlin')).toBe('Sunday, October 25, 2026 at 2:30 AM GMT+1 (Central European Standard Time)');
  });

  it('gives the southern hemisphere its own seasons (Australia/Sydney, clocks back on 5 April 2026)', () => {
    expect(formatZonedInstant(new Date('2026-04-04T15:30:00Z'), 'Australia/Sydney', 'short')).toBe('Sun, Apr 5, 2026, 2:30 AM GMT+11');
    expect(formatZonedInstant(new Date('2026-04-04T16:30:00Z'), 'Australia/Sydney', 'short')).toBe('Sun, Apr 5, 2026, 2:30 AM GMT+10');
  });

  it('uses English abbreviations where they exist, offsets with minutes where they do not', () => {
    expect(formatZonedInstant(new Date('2026-12-10T17:00:00Z'), 'America/Los_Angeles')).toBe('Thursday, December 10, 2026 at 9:00 AM PST (Pacific Standard Time)');
    expect(formatZonedInstant(new Date('2026-07-10T16:00:00Z'), 'America/New_York', 'short')).toBe('Fri, Jul 10, 2026, 12:00 PM EDT');
    expect(formatZonedInstant(new Date('2026-12-10T04:30:00Z'), 'Asia/Kolkata')).toBe('Thursday, December 10, 2026 at 10:00 AM GMT+5:30 (India Standard Time)');
    expect(formatZonedInstant(new Date('2026-12-10T04:30:00Z'), 'UTC', 'short')).toBe('Thu, Dec 10, 2026, 4:30 AM UTC');
  });

  it('reads an old alias the same as its current name', () => {
    const at = new Date('2026-03-02T06:00:00Z');
    expect(formatZonedInstant(at, 'Asia/Calcutta')).toBe(formatZonedInstant(at, 'Asia/Kolkata'));
    expect(formatZonedInstant(at, 'Europe/Kiev')).toBe(formatZonedInstant(at, 'Europe/Kyiv'));
  });

  it('gives the date of the zone, not of UTC, and plain spaces', () => {
    expect(zonedParts(new Date('2026-12-31T23:30:00Z'), 'Pacific/Auckland')).toEqual({
      date: 'Friday, January 1, 2027',
      time: '12:30 PM',
      zone: 'GMT+13',
      zoneName: 'New Zealand Daylight Time',
    });
  });

  it('refuses a zone the runtime does not know', () => {
    expect(() => formatZonedInstant(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('formatCalendarDay', () => {
  it('writes a day in the words of formatZonedInstant, short by default', () => {
    expect(formatCalendarDay('2026-12-07')).toBe('Mon, Dec 7, 2026');
    expect(formatCalendarDay('2026-12-07', 'long')).toBe('Monday, December 7, 2026');
    expect(formatCalendarDay('2027-01-01', 'short')).toBe('Fri, Jan 1, 2027');
  });

  it('never shifts the day, whatever the zone the runtime is in', () => {
    expect(formatCalendarDay('2026-03-08')).toBe('Sun, Mar 8, 2026');
    expect(formatCalendarDay('2026-12-31')).toBe('Thu, Dec 31, 2026');
  });

  it('returns what is not a calendar date as it came', () => {
    for (const bad of ['2026-02-30', '7 Dec 2026', '', '2026-12-07T10:00']) expect(formatCalendarDay(bad)).toBe(bad);
  });
});
