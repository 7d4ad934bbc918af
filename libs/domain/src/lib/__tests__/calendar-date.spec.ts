import {
  addDays,
  calendarDateInZone,
  compareCalendarDates,
  daysBetween,
  isCalendarDate,
  isValidTimeZone,
} from '../calendar-date';
import { LIMITS } from '../limits';

describe('calendar dates', () => {
  it('accepts real days only', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-12-31')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-04-31')).toBe(false);
    expect(isCalendarDate('2026-01-00')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-00-10')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate('2026-01-01T00:00:00Z')).toBe(false);
  });

  it('refuses years before 100, which Date would read as 19xx', () => {
    expect(isCalendarDate('0050-06-15')).toBe(false);
    expect(isCalendarDate('0100-06-15')).toBe(true);
  });

  it('accepts strings only, not values that merely print as a date, and never throws', () => {
    expect(isCalendarDate(20260101)).toBe(false);
    expect(isCalendarDate(['2026-02-28'])).toBe(false);
    expect(isCalendarDate({ toString: () => '2026-02-28' })).toBe(false);
    expect(isCalendarDate(null)).toBe(false);
    expect(isCalendarDate(Symbol('2026-02-28'))).toBe(false);
  });
});

describe('time zone names', () => {
  afterEach(() => jest.restoreAllMocks());

  it('knows IANA time zones', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('America/Argentina/ComodRivadavia')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it(`looks up names of up to ${LIMITS.timeZone} characters, and refuses longer or empty ones without a look-up`, () => {
    const lookUp = jest.spyOn(Intl, 'DateTimeFormat');
    expect(isValidTimeZone('x'.repeat(LIMITS.timeZone))).toBe(false);
    expect(lookUp).toHaveBeenCalledTimes(1);
    expect(isValidTimeZone('x'.repeat(LIMITS.timeZone + 1))).toBe(false);
    expect(isValidTimeZone('Europe/Berlin'.padEnd(LIMITS.timeZone + 1, '/'))).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(lookUp).toHaveBeenCalledTimes(1);
  });
});

describe('the day an instant falls on in a zone', () => {
  it('follows the zone, not UTC', () => {
    const instant = new Date('2026-11-25T23:30:00Z');
    expect(calendarDateInZone(instant, 'UTC')).toBe('2026-11-25');
    expect(calendarDateInZone(instant, 'Europe/Berlin')).toBe('2026-11-26');
    expect(calendarDateInZone(instant, 'America/Los_Angeles')).toBe('2026-11-25');
    expect(calendarDateInZone(new Date('2026-11-25T09:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-11-25');
    expect(calendarDateInZone(new Date('2026-11-25T10:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-11-26');
  });

  it('is still the previous month west of UTC, and already the next day east of it', () => {
    // 06:30 UTC on Mar 1 is 22:30 on Feb 28 in Los Angeles; 23:30 UTC on Mar 1 is 12:30 on Mar 2 in Auckland.
    expect(calendarDateInZone(new Date('2026-03-01T06:30:00Z'), 'UTC')).toBe('2026-03-01');
    expect(calendarDateInZone(new Date('2026-03-01T06:30:00Z'), 'America/Los_Angeles')).toBe('2026-02-28');
    expect(calendarDateInZone(new Date('2026-03-01T23:30:00Z'), 'UTC')).toBe('2026-03-01');
    expect(calendarDateInZone(new Date('2026-03-01T23:30:00Z'), 'Pacific/Auckland')).toBe('2026-03-02');
  });

  it('turns at local midnight on both sides of a daylight-saving change', () => {
    // Los Angeles springs forward on 2026-03-08: midnight is 08:00 UTC before, 07:00 UTC after.
    expect(calendarDateInZone(new Date('2026-03-08T07:59:59Z'), 'America/Los_Angeles')).toBe('2026-03-07');
    expect(calendarDateInZone(new Date('2026-03-08T08:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-08');
    expect(calendarDateInZone(new Date('2026-03-09T06:59:59Z'), 'America/Los_Angeles')).toBe('2026-03-08');
    expect(calendarDateInZone(new Date('2026-03-09T07:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-09');
    // Auckland falls back on 2026-04-05: midnight is 11:00 UTC before (NZDT), 12:00 UTC after (NZST).
    expect(calendarDateInZone(new Date('2026-04-04T10:59:59Z'), 'Pacific/Auckland')).toBe('2026-04-04');
    expect(calendarDateInZone(new Date('2026-04-04T11:00:00Z'), 'Pacific/Auckland')).toBe('2026-04-05');
    expect(calendarDateInZone(new Date('2026-04-05T11:59:59Z'), 'Pacific/Auckland')).toBe('2026-04-05');
    expect(calendarDateInZone(new Date('2026-04-05T12:00:00Z'), 'Pacific/Auckland')).toBe('2026-04-06');
  });
});

describe('day arithmetic', () => {
  it('adds days across month ends, leap days and DST changes', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30'); // Europe springs forward on the 29th
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 366)).toBe('2028-01-01');
  });

  it('counts whole days either way', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2027-01-02', '2026-12-30')).toBe(-3);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-11-25', '2026-11-25')).toBe(0);
  });

  it('compares days', () => {
    expect(compareCalendarDates('2026-01-02', '2026-01-10')).toBe(-1);
    expect(compareCalendarDates('2026-01-10', '2026-01-10')).toBe(0);
    expect(compareCalendarDates('2026-01-10', '2026-01-02')).toBe(1);
    expect(['2027-01-01', '2026-12-31', '2026-02-01'].sort(compareCalendarDates)).toEqual(['2026-02-01', '2026-12-31', '2027-01-01']);
  });

  it('refuses to count from or add to a day that does not exist, naming it', () => {
    expect(() => addDays('not-a-date', 1)).toThrow(RangeError);
    // Without the check, Feb 30 would silently roll over into March.
    expect(() => addDays('2026-02-30', 1)).toThrow(new RangeError('Not a calendar date: 2026-02-30'));
    expect(() => daysBetween('2026-02-30', '2026-03-02')).toThrow(new RangeError('Not a calendar date: 2026-02-30'));
    expect(() => daysBetween('2026-03-02', '2026-02-30')).toThrow(new RangeError('Not a calendar date: 2026-02-30'));
  });
});
