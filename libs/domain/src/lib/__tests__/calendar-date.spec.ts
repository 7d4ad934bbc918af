import {
  addDays,
  calendarDateInZone,
  compareCalendarDates,
  daysBetween,
  isCalendarDate,
  isValidTimeZone,
} from '../calendar-date';

describe('calendar dates', () => {
  it('accepts real days only', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate('2026-01-01T00:00:00Z')).toBe(false);
    expect(isCalendarDate(20260101)).toBe(false);
  });

  it('knows IANA time zones', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('finds the day an instant falls on in a zone', () => {
    const instant = new Date('2026-11-25T23:30:00Z');
    expect(calendarDateInZone(instant, 'UTC')).toBe('2026-11-25');
    expect(calendarDateInZone(instant, 'Europe/Berlin')).toBe('2026-11-26');
    expect(calendarDateInZone(instant, 'America/Los_Angeles')).toBe('2026-11-25');
    expect(calendarDateInZone(new Date('2026-11-25T09:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-11-25');
    expect(calendarDateInZone(new Date('2026-11-25T10:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-11-26');
  });

  it('adds days across month ends, leap days and DST changes', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30'); // Europe springs forward on the 29th
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(() => addDays('not-a-date', 1)).toThrow(RangeError);
  });

  it('counts and compares days', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2027-01-02', '2026-12-30')).toBe(-3);
    expect(compareCalendarDates('2026-01-02', '2026-01-10')).toBe(-1);
    expect(compareCalendarDates('2026-01-10', '2026-01-10')).toBe(0);
  });
});
