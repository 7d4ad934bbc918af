import { instantToWallClock, wallClockToInstant } from '../wall-clock';

describe('wallClockToInstant', () => {
  it('reads the time on the clock of the zone given, not of the runtime', () => {
    expect(wallClockToInstant('2026-11-28T17:00', 'America/Los_Angeles')?.toISOString()).toBe('2026-11-29T01:00:00.000Z');
    expect(wallClockToInstant('2026-11-28T17:00', 'Europe/Berlin')?.toISOString()).toBe('2026-11-28T16:00:00.000Z');
    expect(wallClockToInstant('2026-07-01T09:30', 'Asia/Kolkata')?.toISOString()).toBe('2026-07-01T04:00:00.000Z');
    expect(wallClockToInstant('2026-07-01T09:30:45', 'UTC')?.toISOString()).toBe('2026-07-01T09:30:00.000Z');
    expect(wallClockToInstant(' 2026-07-01T09:30 ', 'UTC')?.toISOString()).toBe('2026-07-01T09:30:00.000Z');
  });

  it('uses the summer offset in summer', () => {
    expect(wallClockToInstant('2026-07-10T17:00', 'America/Los_Angeles')?.toISOString()).toBe('2026-07-11T00:00:00.000Z');
  });

  it('takes the first of the two times when the clocks go back (Los Angeles, 1 November 2026)', () => {
    expect(wallClockToInstant('2026-11-01T01:30', 'America/Los_Angeles')?.toISOString()).toBe('2026-11-01T08:30:00.000Z');
    expect(wallClockToInstant('2026-10-25T02:30', 'Europe/Berlin')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('reads a skipped time with the offset before the jump (RFC 5545): 02:30 becomes 03:30', () => {
    const at = wallClockToInstant('2026-03-08T02:30', 'America/Los_Angeles')!;
    expect(at.toISOString()).toBe('2026-03-08T10:30:00.000Z');
    expect(instantToWallClock(at, 'America/Los_Angeles')).toBe('2026-03-08T03:30');
    expect(wallClockToInstant('2026-03-29T02:15', 'Europe/Berlin')?.toISOString()).toBe('2026-03-29T01:15:00.000Z');
  });

  it('refuses what is not a time on a day that exists', () => {
    for (const bad of ['', '2026-11-28', '2026-02-30T10:00', '2026-11-28T24:00', '2026-11-28T10:60', '28/11/2026 10:00', '2026-11-28T10:00Z', 'x2026-11-28T10:00']) {
      expect(wallClockToInstant(bad, 'UTC')).toBeNull();
    }
  });

  it('refuses a zone the runtime does not know', () => {
    expect(() => wallClockToInstant('2026-11-28T10:00', 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('instantToWallClock', () => {
  it('gives the clock of the zone, to the minute, as a datetime-local value', () => {
    const at = new Date('2026-11-29T01:00:59Z');
    expect(instantToWallClock(at, 'America/Los_Angeles')).toBe('2026-11-28T17:00');
    expect(instantToWallClock(at, 'Europe/Berlin')).toBe('2026-11-29T02:00');
    expect(instantToWallClock(new Date('2026-12-31T23:30:00Z'), 'Pacific/Auckland')).toBe('2027-01-01T12:30');
    expect(instantToWallClock(new Date('2026-06-01T00:00:00Z'), 'UTC')).toBe('2026-06-01T00:00');
  });

  it('comes back to the same instant for every minute of a night the clocks jump forward', () => {
    for (let minute = 0; minute < 48 * 60; minute += 17) {
      const at = new Date(Date.UTC(2026, 2, 7, 0, minute));
      const wall = instantToWallClock(at, 'America/Los_Angeles');
      expect(wallClockToInstant(wall, 'America/Los_Angeles')?.getTime()).toBe(at.getTime());
    }
  });
});
