import { formatCalendarDate, formatDuration, formatStepTime } from '../utils/dates';

describe('status page dates', () => {
  it('shows a calendar day as that day, with its weekday', () => {
    expect(formatCalendarDate('2026-12-04')).toBe('Friday, December 4, 2026');
    expect(formatCalendarDate('2028-02-29')).toBe('Tuesday, February 29, 2028');
    expect(formatCalendarDate('2027-01-01')).toBe('Friday, January 1, 2027');
    expect(formatCalendarDate('not a day')).toBe('not a day');
  });

  it('shows an instant in the given zone and notes the organization time when it differs', () => {
    const at = '2026-12-04T17:00:00Z';
    expect(formatStepTime(at, 'America/Los_Angeles', 'America/Los_Angeles')).toBe('Friday, December 4, 2026 at 9:00 AM PST (Pacific Standard Time)');
    expect(formatStepTime(at, 'America/New_York', 'America/Los_Angeles')).toBe(
      'Friday, December 4, 2026 at 12:00 PM EST (Eastern Standard Time) · 9:00 AM PST for the hiring team',
    );
    expect(formatStepTime(at, 'Asia/Kolkata', 'America/Los_Angeles')).toBe(
      'Friday, December 4, 2026 at 10:30 PM GMT+5:30 (India Standard Time) · 9:00 AM PST for the hiring team',
    );
    // Summer time: 16:00 UTC is 9 AM in Los Angeles in July.
    expect(formatStepTime('2026-07-01T16:00:00Z', 'UTC', 'America/Los_Angeles')).toBe(
      'Wednesday, July 1, 2026 at 4:00 PM UTC (Coordinated Universal Time) · 9:00 AM PDT for the hiring team',
    );
    // The night clocks go back in Berlin: the same wall-clock time, told apart by the offset.
    expect(formatStepTime('2026-10-25T00:30:00Z', 'Europe/Berlin')).toBe('Sunday, October 25, 2026 at 2:30 AM GMT+2 (Central European Summer Time)');
    expect(formatStepTime('2026-10-25T01:30:00Z', 'Europe/Berlin')).toBe('Sunday, October 25, 2026 at 2:30 AM GMT+1 (Central European Standard Time)');
  });

  it('says durations in words', () => {
    expect(formatDuration(45)).toBe('45 minutes');
    expect(formatDuration(1)).toBe('1 minute');
    expect(formatDuration(60)).toBe('1 hour');
    expect(formatDuration(90)).toBe('1 hour 30 minutes');
    expect(formatDuration(120)).toBe('2 hours');
  });
});
