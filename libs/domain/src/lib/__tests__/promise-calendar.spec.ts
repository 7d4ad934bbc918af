import {
  addBusinessDays,
  extensionTime,
  isWeekend,
  promiseOutcome,
} from '../promise-ledger';

// The calendar of pre-approved extensions (promise-ledger.ts): weekends, business days, the extension time.
const at = (iso: string) => new Date(iso);

describe('weekends', () => {
  it.each([
    ['2026-11-30', false], // Monday
    ['2026-12-01', false],
    ['2026-12-02', false],
    ['2026-12-03', false],
    ['2026-12-04', false], // Friday
    ['2026-12-05', true], // Saturday
    ['2026-12-06', true], // Sunday
    ['2028-02-29', false], // Tuesday
    ['2027-02-28', true], // Sunday
  ])('%s is a weekend day: %s', (day, weekend) => {
    expect(isWeekend(day)).toBe(weekend);
  });
});

describe('business days', () => {
  it('skips weekends', () => {
    expect(addBusinessDays('2026-12-03', 1, [])).toBe('2026-12-04'); // Thu -> Fri
    expect(addBusinessDays('2026-12-04', 1, [])).toBe('2026-12-07'); // Fri -> Mon
    expect(addBusinessDays('2026-12-05', 1, [])).toBe('2026-12-07'); // Sat -> Mon
    expect(addBusinessDays('2026-12-06', 1, [])).toBe('2026-12-07'); // Sun -> Mon
    expect(addBusinessDays('2026-12-07', 5, [])).toBe('2026-12-14');
    expect(addBusinessDays('2026-12-04', 6, [])).toBe('2026-12-14');
  });

  it("skips the organization's holidays; one on a weekend changes nothing", () => {
    expect(addBusinessDays('2026-12-04', 1, ['2026-12-07'])).toBe('2026-12-08');
    expect(addBusinessDays('2026-12-04', 1, ['2026-12-05', '2026-12-06'])).toBe('2026-12-07');
    expect(addBusinessDays('2026-12-04', 2, ['2026-12-08'])).toBe('2026-12-09');
    expect(addBusinessDays('2026-12-04', 2, ['2026-12-10'])).toBe('2026-12-08');
  });

  it('skips consecutive holidays across the year end', () => {
    expect(addBusinessDays('2026-12-23', 1, ['2026-12-24', '2026-12-25'])).toBe('2026-12-28');
    expect(addBusinessDays('2026-12-23', 1, ['2026-12-24', '2026-12-25', '2026-12-28', '2026-12-29'])).toBe('2026-12-30');
    expect(addBusinessDays('2026-12-31', 1, [])).toBe('2027-01-01');
    expect(addBusinessDays('2026-12-31', 1, ['2027-01-01'])).toBe('2027-01-04');
    expect(addBusinessDays('2026-12-30', 3, ['2026-12-31', '2027-01-01'])).toBe('2027-01-06');
  });

  it('crosses the end of February in leap and common years', () => {
    expect(addBusinessDays('2028-02-25', 1, [])).toBe('2028-02-28'); // Fri -> Mon
    expect(addBusinessDays('2028-02-25', 2, [])).toBe('2028-02-29'); // -> Tue, the leap day
    expect(addBusinessDays('2028-02-28', 2, [])).toBe('2028-03-01');
    expect(addBusinessDays('2028-02-28', 2, ['2028-02-29'])).toBe('2028-03-02');
    expect(addBusinessDays('2027-02-26', 1, [])).toBe('2027-03-01'); // Fri -> Mon across 2027-02-28
    expect(addBusinessDays('2027-02-25', 2, [])).toBe('2027-03-01');
  });

  it('gives the day itself for 0 or fewer days, even on a weekend or a holiday', () => {
    expect(addBusinessDays('2026-12-04', 0, [])).toBe('2026-12-04');
    expect(addBusinessDays('2026-12-05', 0, [])).toBe('2026-12-05');
    expect(addBusinessDays('2026-12-07', -3, ['2026-12-07'])).toBe('2026-12-07');
  });
});

describe('the time Candor extends a pre-approved promise', () => {
  const nightQuiet = { startMinute: 20 * 60, endMinute: 8 * 60 }; // 20:00-08:00

  it('is 16:00 on the promised day in the zone by default', () => {
    expect(extensionTime('2026-12-04', 960, null, 'Europe/Berlin').toISOString()).toBe('2026-12-04T15:00:00.000Z');
    expect(extensionTime('2026-12-04', 960, null, 'America/Los_Angeles').toISOString()).toBe('2026-12-05T00:00:00.000Z');
    expect(extensionTime('2026-12-04', 960, null, 'Pacific/Auckland').toISOString()).toBe('2026-12-04T03:00:00.000Z');
    expect(extensionTime('2026-12-04', 960, null, 'Pacific/Kiritimati').toISOString()).toBe('2026-12-04T02:00:00.000Z');
    expect(extensionTime('2026-12-04', 960, null, 'Pacific/Pago_Pago').toISOString()).toBe('2026-12-05T03:00:00.000Z');
    expect(extensionTime('2026-12-04', 960, null, 'Asia/Kolkata').toISOString()).toBe('2026-12-04T10:30:00.000Z');
    expect(extensionTime('2028-02-29', 960, null, 'UTC').toISOString()).toBe('2028-02-29T16:00:00.000Z');
  });

  it('reads hours and minutes of other times of day', () => {
    expect(extensionTime('2026-12-04', 9 * 60 + 5, null, 'UTC').toISOString()).toBe('2026-12-04T09:05:00.000Z');
    expect(extensionTime('2026-12-04', 16 * 60 + 45, null, 'UTC').toISOString()).toBe('2026-12-04T16:45:00.000Z');
    expect(extensionTime('2026-12-04', 0, null, 'UTC').toISOString()).toBe('2026-12-04T00:00:00.000Z');
    expect(extensionTime('2026-12-04', 1439, null, 'UTC').toISOString()).toBe('2026-12-04T23:59:00.000Z');
  });

  it('keeps its time when quiet hours do not touch it, or are empty', () => {
    expect(extensionTime('2026-12-04', 960, nightQuiet, 'Europe/Berlin').toISOString()).toBe('2026-12-04T15:00:00.000Z');
    expect(extensionTime('2026-12-04', 960, { startMinute: 960, endMinute: 960 }, 'Europe/Berlin').toISOString()).toBe(
      '2026-12-04T15:00:00.000Z',
    );
    // Quiet hours ending at 16:00 exactly do not hold it.
    expect(extensionTime('2026-12-04', 960, { startMinute: 720, endMinute: 960 }, 'UTC').toISOString()).toBe('2026-12-04T16:00:00.000Z');
  });

  it('moves to the end of quiet hours that hold it and end the same day', () => {
    expect(extensionTime('2026-12-04', 960, { startMinute: 720, endMinute: 17 * 60 + 30 }, 'Europe/Berlin').toISOString()).toBe(
      '2026-12-04T16:30:00.000Z',
    );
    // Quiet hours starting at 16:00 exactly hold it.
    expect(extensionTime('2026-12-04', 960, { startMinute: 960, endMinute: 1020 }, 'UTC').toISOString()).toBe('2026-12-04T17:00:00.000Z');
    // The morning part of quiet hours that wrap midnight ends the same day.
    expect(extensionTime('2026-12-04', 6 * 60, nightQuiet, 'Europe/Berlin').toISOString()).toBe('2026-12-04T07:00:00.000Z');
  });

  it('moves to the last minute before quiet hours begin when they end the next day', () => {
    expect(extensionTime('2026-12-04', 960, { startMinute: 15 * 60 + 30, endMinute: 2 * 60 }, 'Europe/Berlin').toISOString()).toBe(
      '2026-12-04T14:29:00.000Z',
    );
    expect(extensionTime('2026-12-04', 21 * 60, nightQuiet, 'Asia/Kolkata').toISOString()).toBe('2026-12-04T14:29:00.000Z'); // 19:59
    // Quiet until midnight ends on the next day too.
    expect(extensionTime('2026-12-04', 23 * 60, { startMinute: 22 * 60, endMinute: 0 }, 'UTC').toISOString()).toBe(
      '2026-12-04T21:59:00.000Z',
    );
    expect(extensionTime('2026-12-04', 960, { startMinute: 9 * 60 + 5, endMinute: 9 * 60 }, 'UTC').toISOString()).toBe(
      '2026-12-04T09:04:00.000Z',
    );
  });

  it('stays on the promised day where the clocks skip its last hour', () => {
    // Nuuk skips 23:00-24:00 on 2026-03-28 (the jump is at 01:00 UTC): 23:30 would read as 00:30 on the 29th.
    expect(extensionTime('2026-03-28', 23 * 60 + 30, null, 'America/Nuuk').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(extensionTime('2026-03-28', 22 * 60 + 59, null, 'America/Nuuk').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(extensionTime('2026-03-28', 22 * 60 + 58, null, 'America/Nuuk').toISOString()).toBe('2026-03-29T00:58:00.000Z');
    const lateQuiet = { startMinute: 23 * 60 + 30, endMinute: 7 * 60 }; // 23:30-07:00
    expect(extensionTime('2026-03-28', 23 * 60 + 45, lateQuiet, 'America/Nuuk').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    // So the extension counts: it comes before the end of the promised day.
    const extendedAt = extensionTime('2026-03-28', 23 * 60 + 30, null, 'America/Nuuk');
    expect(
      promiseOutcome({
        promisedDay: '2026-03-28',
        madeAt: at('2026-03-25T12:00:00Z'),
        visibleUpdates: [],
        extendedAt,
        now: at('2026-03-30T12:00:00Z'),
        timeZone: 'America/Nuuk',
      }),
    ).toEqual({ outcome: 'EXTENDED', settledAt: extendedAt });
  });

  it('moves before the jump where the clocks skip the start of quiet hours, before its first time where they repeat it', () => {
    const lateQuiet = { startMinute: 23 * 60 + 30, endMinute: 7 * 60 }; // 23:30-07:00
    // On 2026-10-24 23:00-24:00 happens twice: quiet hours begin at the first 23:30 (-01).
    expect(extensionTime('2026-10-24', 23 * 60 + 45, lateQuiet, 'America/Nuuk').toISOString()).toBe('2026-10-25T00:29:00.000Z');
    expect(extensionTime('2026-12-05', 23 * 60 + 45, lateQuiet, 'America/Nuuk').toISOString()).toBe('2026-12-06T01:29:00.000Z');
    // New York skips 02:00-03:00 on 2026-03-08: quiet 02:30-01:00 begins at the jump, so 01:59 EST.
    expect(extensionTime('2026-03-08', 960, { startMinute: 150, endMinute: 60 }, 'America/New_York').toISOString()).toBe(
      '2026-03-08T06:59:00.000Z',
    );
    // 01:30 repeats on 2026-11-01: quiet 01:30-01:00 begins at the first, 05:30 UTC.
    expect(extensionTime('2026-11-01', 960, { startMinute: 90, endMinute: 60 }, 'America/New_York').toISOString()).toBe(
      '2026-11-01T05:29:00.000Z',
    );
  });

  it('keeps to the wall clock on daylight-saving days', () => {
    expect(extensionTime('2026-03-29', 960, null, 'Europe/Berlin').toISOString()).toBe('2026-03-29T14:00:00.000Z');
    expect(extensionTime('2026-10-25', 960, null, 'Europe/Berlin').toISOString()).toBe('2026-10-25T15:00:00.000Z');
    expect(extensionTime('2026-03-08', 960, null, 'America/New_York').toISOString()).toBe('2026-03-08T20:00:00.000Z');
    expect(extensionTime('2026-11-01', 960, null, 'America/New_York').toISOString()).toBe('2026-11-01T21:00:00.000Z');
    // 02:30 does not exist in Berlin on 2026-03-29: read as 03:30 CEST, inside 01:00-04:00, so 04:00 CEST.
    expect(extensionTime('2026-03-29', 150, { startMinute: 60, endMinute: 240 }, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T02:00:00.000Z',
    );
    // 01:30 happens twice in New York on 2026-11-01: the first (EDT); quiet 01:00-02:00 ends at 02:00 EST.
    expect(extensionTime('2026-11-01', 90, null, 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(extensionTime('2026-11-01', 90, { startMinute: 60, endMinute: 120 }, 'America/New_York').toISOString()).toBe(
      '2026-11-01T07:00:00.000Z',
    );
    expect(extensionTime('2026-10-25', 21 * 60, nightQuiet, 'Europe/Berlin').toISOString()).toBe('2026-10-25T18:59:00.000Z');
    // Santiago skips midnight after 2026-09-05: quiet 22:00-00:30 ends at the jump, on Sep 6, so 21:59 (-04) on Sep 5.
    expect(extensionTime('2026-09-05', 23 * 60, { startMinute: 22 * 60, endMinute: 30 }, 'America/Santiago').toISOString()).toBe(
      '2026-09-06T01:59:00.000Z',
    );
  });
});
