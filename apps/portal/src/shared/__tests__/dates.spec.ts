import { formatDuration, portalClock } from '../dates';

// Zones are passed in: the browser's zone is whatever the machine running the tests is in.
const LA_ORG_IN_BERLIN = portalClock('America/Los_Angeles', 'Europe/Berlin');

describe('the portal clock: one zone, the organization’s, with the member’s own time beside it', () => {
  it('shows an instant in the organization’s zone, labelled, with the browser’s time in brackets', () => {
    // 11:00 in Los Angeles is 20:00 in Berlin, the same day.
    expect(LA_ORG_IN_BERLIN.instant('2026-11-28T19:00:00Z')).toBe('Sat, Nov 28, 2026, 11:00 AM PST (8:00 PM your time)');
  });

  it('names the member’s day too when it is another day', () => {
    expect(LA_ORG_IN_BERLIN.instant('2026-11-29T01:00:00Z')).toBe('Sat, Nov 28, 2026, 5:00 PM PST (Sun, Nov 29, 2026, 2:00 AM your time)');
  });

  it('leaves the brackets out when both clocks read the same', () => {
    expect(portalClock('America/Los_Angeles', 'America/Los_Angeles').instant('2026-11-28T19:00:00Z')).toBe('Sat, Nov 28, 2026, 11:00 AM PST');
    // Different zones, same clock in winter.
    expect(portalClock('Europe/London', 'UTC').instant('2026-01-10T09:00:00Z')).toBe('Sat, Jan 10, 2026, 9:00 AM GMT');
    expect(portalClock('Europe/London', 'UTC').instant('2026-07-10T09:00:00Z')).toBe('Fri, Jul 10, 2026, 10:00 AM GMT+1 (9:00 AM your time)');
  });

  it('writes calendar days in one style, never shifted by either zone', () => {
    expect(LA_ORG_IN_BERLIN.day('2026-12-07')).toBe('Mon, Dec 7, 2026');
    expect(portalClock('Pacific/Auckland', 'Pacific/Honolulu').day('2026-12-07')).toBe('Mon, Dec 7, 2026');
  });

  it('names the organization’s zone by its place, not its id', () => {
    const winter = new Date('2026-11-28T19:00:00Z');
    expect(LA_ORG_IN_BERLIN.zoneLabel(winter)).toBe('Los Angeles time (PST)');
    expect(LA_ORG_IN_BERLIN.zoneLabel(new Date('2026-07-01T12:00:00Z'))).toBe('Los Angeles time (PDT)');
    expect(portalClock('America/Argentina/Buenos_Aires', 'UTC').zoneLabel(winter)).toBe('Buenos Aires time (GMT-3)');
    expect(portalClock('UTC', 'UTC').zoneLabel(winter)).toBe('UTC');
    expect(LA_ORG_IN_BERLIN.browserZoneName()).toBe('Berlin time');
    expect(LA_ORG_IN_BERLIN.browserDiffers(winter)).toBe(true);
    expect(portalClock('Europe/London', 'UTC').browserDiffers(new Date('2026-01-10T09:00:00Z'))).toBe(false);
  });

  it('reads a time typed in a form on the organization’s clock, not the browser’s: 17:00 is 17:00 in Los Angeles', () => {
    const dueAt = LA_ORG_IN_BERLIN.fromInput('2026-11-28T17:00');
    expect(dueAt).toBe('2026-11-29T01:00:00.000Z');
    expect(LA_ORG_IN_BERLIN.instant(dueAt!)).toMatch(/^Sat, Nov 28, 2026, 5:00 PM PST \(/);
    // And shows it back in the form as it was typed.
    expect(LA_ORG_IN_BERLIN.toInput(dueAt)).toBe('2026-11-28T17:00');
    expect(portalClock('Europe/Berlin', 'America/Los_Angeles').fromInput('2026-11-28T17:00')).toBe('2026-11-28T16:00:00.000Z');
  });

  it('refuses what is not a time, and leaves empty values empty', () => {
    expect(LA_ORG_IN_BERLIN.fromInput('2026-02-30T10:00')).toBeNull();
    expect(LA_ORG_IN_BERLIN.fromInput('tomorrow')).toBeNull();
    expect(LA_ORG_IN_BERLIN.toInput(null)).toBe('');
    expect(LA_ORG_IN_BERLIN.toInput('not a date')).toBe('');
    expect(LA_ORG_IN_BERLIN.instant('not a date')).toBe('not a date');
  });

  it('falls back to UTC, said as such, for a zone the browser does not know', () => {
    const clock = portalClock('Mars/Olympus_Mons', 'Europe/Berlin');
    expect(clock.zone).toBe('UTC');
    expect(clock.instant('2026-11-28T19:00:00Z')).toBe('Sat, Nov 28, 2026, 7:00 PM UTC (8:00 PM your time)');
    expect(portalClock('America/Los_Angeles', 'Not/AZone').instant('2026-11-28T19:00:00Z')).toBe('Sat, Nov 28, 2026, 11:00 AM PST');
  });
});

describe('formatDuration', () => {
  it('writes minutes and hours briefly', () => {
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(90)).toBe('1 h 30 min');
  });
});
