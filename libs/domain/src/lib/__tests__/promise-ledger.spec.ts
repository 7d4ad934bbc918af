import {
  addBusinessDays,
  daysLate,
  endOfPromisedDay,
  extensionTime,
  historySuggestedDate,
  isWeekend,
  LedgerRecord,
  PROMISE_OUTCOMES,
  PromiseFacts,
  promiseFigures,
  promiseOutcome,
  promiseShorterThanUsual,
  PUBLIC_PROMISE_RECORD,
  publicKeptPercent,
  TYPICAL_UPDATE_SAMPLE,
  typicalDaysToUpdate,
} from '../promise-ledger';
import { instantToWallClock } from '../wall-clock';

const at = (iso: string) => new Date(iso);
const ms = (date: Date, delta: number) => new Date(date.getTime() + delta);

// The base timeline: promised for Friday 2026-12-04 in Berlin (CET, UTC+1), so the day ends at 23:00 UTC.
const berlinEnd = at('2026-12-04T23:00:00Z');
const base: PromiseFacts = {
  promisedDay: '2026-12-04',
  madeAt: at('2026-12-01T09:00:00Z'),
  visibleUpdates: [],
  extendedAt: null,
  now: at('2026-12-02T12:00:00Z'),
  timeZone: 'Europe/Berlin',
};
const facts = (over: Partial<PromiseFacts>): PromiseFacts => ({ ...base, ...over });
const later = at('2026-12-20T12:00:00Z');

describe('the end of a promised day', () => {
  it.each([
    // Both sides of UTC: the furthest ahead (+14), the furthest behind (-11), and half-hour offsets.
    ['2026-12-04', 'UTC', '2026-12-05T00:00:00.000Z'],
    ['2026-12-04', 'Pacific/Auckland', '2026-12-04T11:00:00.000Z'], // NZDT, +13
    ['2026-12-04', 'Pacific/Kiritimati', '2026-12-04T10:00:00.000Z'], // +14
    ['2026-12-04', 'Pacific/Pago_Pago', '2026-12-05T11:00:00.000Z'], // -11
    ['2026-12-04', 'America/Los_Angeles', '2026-12-05T08:00:00.000Z'], // PST, -8
    ['2026-12-04', 'Asia/Kolkata', '2026-12-04T18:30:00.000Z'], // +5:30
    // Berlin springs forward on 2026-03-29 (a 23-hour day) and falls back on 2026-10-25 (25 hours).
    ['2026-03-28', 'Europe/Berlin', '2026-03-28T23:00:00.000Z'],
    ['2026-03-29', 'Europe/Berlin', '2026-03-29T22:00:00.000Z'],
    ['2026-10-24', 'Europe/Berlin', '2026-10-24T22:00:00.000Z'],
    ['2026-10-25', 'Europe/Berlin', '2026-10-25T23:00:00.000Z'],
    // New York springs forward on 2026-03-08 and falls back on 2026-11-01.
    ['2026-03-07', 'America/New_York', '2026-03-08T05:00:00.000Z'],
    ['2026-03-08', 'America/New_York', '2026-03-09T04:00:00.000Z'],
    ['2026-10-31', 'America/New_York', '2026-11-01T04:00:00.000Z'],
    ['2026-11-01', 'America/New_York', '2026-11-02T05:00:00.000Z'],
    // Santiago: midnight after 2026-09-05 is skipped (24:00 -04 becomes 01:00 -03); the clocks go back an hour
    // at 24:00 after 2026-04-04, so that day has 25 hours and its midnight happens once, at -04.
    ['2026-09-04', 'America/Santiago', '2026-09-05T04:00:00.000Z'],
    ['2026-09-05', 'America/Santiago', '2026-09-06T04:00:00.000Z'],
    ['2026-09-06', 'America/Santiago', '2026-09-07T03:00:00.000Z'],
    ['2026-04-04', 'America/Santiago', '2026-04-05T04:00:00.000Z'],
    // Nuuk changes in the evening: 23:00-24:00 on 2026-03-28 is skipped (-02 to -01), on 2026-10-24 it repeats.
    ['2026-03-28', 'America/Nuuk', '2026-03-29T01:00:00.000Z'],
    ['2026-10-24', 'America/Nuuk', '2026-10-25T02:00:00.000Z'],
    // Leap days.
    ['2028-02-28', 'UTC', '2028-02-29T00:00:00.000Z'],
    ['2028-02-29', 'UTC', '2028-03-01T00:00:00.000Z'],
    ['2028-02-29', 'Pacific/Auckland', '2028-02-29T11:00:00.000Z'],
    ['2028-02-29', 'America/Los_Angeles', '2028-03-01T08:00:00.000Z'],
    ['2026-12-31', 'Pacific/Kiritimati', '2026-12-31T10:00:00.000Z'],
  ])('%s in %s ends at %s', (day, zone, end) => {
    const instant = endOfPromisedDay(day, zone);
    expect(instant.toISOString()).toBe(end);
    // The last millisecond is still the promised day on the zone's clock; the end is past it.
    expect(instantToWallClock(ms(instant, -1), zone).slice(0, 10)).toBe(day);
    expect(instantToWallClock(instant, zone).slice(0, 10) > day).toBe(true);
  });

  it('is the jump itself where midnight is skipped: the clock reads 01:00 there and 23:59 just before', () => {
    const end = endOfPromisedDay('2026-09-05', 'America/Santiago');
    expect(instantToWallClock(end, 'America/Santiago')).toBe('2026-09-06T01:00');
    expect(instantToWallClock(ms(end, -60_000), 'America/Santiago')).toBe('2026-09-05T23:59');
  });

  it('throws on a day that does not exist', () => {
    expect(() => endOfPromisedDay('2027-02-29', 'UTC')).toThrow(RangeError);
  });
});

describe('the outcome of a promise', () => {
  it('lists the four outcomes', () => {
    expect(PROMISE_OUTCOMES).toEqual(['OPEN', 'KEPT', 'EXTENDED', 'BROKEN']);
  });

  it('is open until the end of the promised day, broken from that instant', () => {
    expect(promiseOutcome(base)).toEqual({ outcome: 'OPEN', settledAt: null });
    expect(promiseOutcome(facts({ now: ms(berlinEnd, -1) }))).toEqual({ outcome: 'OPEN', settledAt: null });
    expect(promiseOutcome(facts({ now: berlinEnd }))).toEqual({ outcome: 'BROKEN', settledAt: berlinEnd });
    expect(promiseOutcome(facts({ now: later }))).toEqual({ outcome: 'BROKEN', settledAt: berlinEnd });
  });

  it('is kept by an update before the end of the day, not by one at the end or after it', () => {
    const lastMs = ms(berlinEnd, -1);
    expect(promiseOutcome(facts({ visibleUpdates: [lastMs], now: later }))).toEqual({ outcome: 'KEPT', settledAt: lastMs });
    expect(promiseOutcome(facts({ visibleUpdates: [berlinEnd], now: later }))).toEqual({ outcome: 'BROKEN', settledAt: berlinEnd });
    expect(promiseOutcome(facts({ visibleUpdates: [ms(berlinEnd, 3_600_000)], now: later }))).toEqual({
      outcome: 'BROKEN',
      settledAt: berlinEnd,
    });
    // 23:30 UTC on Dec 4 is still Dec 4 in UTC, but already Dec 5 in Berlin: the zone's day counts.
    const utcLate = at('2026-12-04T23:30:00Z');
    expect(promiseOutcome(facts({ visibleUpdates: [utcLate], now: later })).outcome).toBe('BROKEN');
    expect(promiseOutcome(facts({ visibleUpdates: [utcLate], now: later, timeZone: 'UTC' }))).toEqual({
      outcome: 'KEPT',
      settledAt: utcLate,
    });
  });

  it('is not kept by the update that made it, nor by an earlier one', () => {
    const { madeAt } = base;
    expect(promiseOutcome(facts({ visibleUpdates: [madeAt] }))).toEqual({ outcome: 'OPEN', settledAt: null });
    expect(promiseOutcome(facts({ visibleUpdates: [madeAt, ms(madeAt, -86_400_000)], now: later }))).toEqual({
      outcome: 'BROKEN',
      settledAt: berlinEnd,
    });
    expect(promiseOutcome(facts({ visibleUpdates: [madeAt, ms(madeAt, 1)] }))).toEqual({ outcome: 'KEPT', settledAt: ms(madeAt, 1) });
  });

  it('does not count an update that is still in the future at `now`', () => {
    const update = at('2026-12-03T12:00:00Z');
    expect(promiseOutcome(facts({ visibleUpdates: [update], now: ms(update, -1) }))).toEqual({ outcome: 'OPEN', settledAt: null });
    expect(promiseOutcome(facts({ visibleUpdates: [update], now: update }))).toEqual({ outcome: 'KEPT', settledAt: update });
  });

  it('is settled by the earliest update that counts, whatever the order given', () => {
    const [a, b, c] = [at('2026-12-02T08:00:00Z'), at('2026-12-03T08:00:00Z'), at('2026-12-04T08:00:00Z')];
    for (const order of [
      [a, b, c],
      [c, b, a],
      [b, c, a],
      [c, a, b],
    ]) {
      expect(promiseOutcome(facts({ visibleUpdates: order, now: later }))).toEqual({ outcome: 'KEPT', settledAt: a });
    }
    // With only b and c in time at `now`, b settles it.
    expect(promiseOutcome(facts({ visibleUpdates: [c, b], now: ms(c, -1) }))).toEqual({ outcome: 'KEPT', settledAt: b });
  });

  it('is extended by an extension before the end of the day and before any update', () => {
    const extension = at('2026-12-03T10:00:00Z');
    expect(promiseOutcome(facts({ extendedAt: extension, now: later }))).toEqual({ outcome: 'EXTENDED', settledAt: extension });
    expect(promiseOutcome(facts({ extendedAt: extension, visibleUpdates: [at('2026-12-04T10:00:00Z')], now: later }))).toEqual({
      outcome: 'EXTENDED',
      settledAt: extension,
    });
    // An update after the day's end does not compete.
    expect(promiseOutcome(facts({ extendedAt: extension, visibleUpdates: [ms(berlinEnd, 1)], now: later }))).toEqual({
      outcome: 'EXTENDED',
      settledAt: extension,
    });
    const lastMs = ms(berlinEnd, -1);
    expect(promiseOutcome(facts({ extendedAt: lastMs, now: later }))).toEqual({ outcome: 'EXTENDED', settledAt: lastMs });
  });

  it('is kept when the update comes first or at the same instant as the extension', () => {
    const extension = at('2026-12-03T10:00:00Z');
    const before = ms(extension, -1);
    expect(promiseOutcome(facts({ extendedAt: extension, visibleUpdates: [before], now: later }))).toEqual({
      outcome: 'KEPT',
      settledAt: before,
    });
    expect(promiseOutcome(facts({ extendedAt: extension, visibleUpdates: [extension], now: later }))).toEqual({
      outcome: 'KEPT',
      settledAt: extension,
    });
    expect(promiseOutcome(facts({ extendedAt: extension, visibleUpdates: [ms(extension, 1)], now: later }))).toEqual({
      outcome: 'EXTENDED',
      settledAt: extension,
    });
  });

  it('is not extended at the end of the day, at the making, or by an extension still in the future', () => {
    expect(promiseOutcome(facts({ extendedAt: berlinEnd, now: later }))).toEqual({ outcome: 'BROKEN', settledAt: berlinEnd });
    expect(promiseOutcome(facts({ extendedAt: base.madeAt, now: later }))).toEqual({ outcome: 'BROKEN', settledAt: berlinEnd });
    const extension = at('2026-12-03T10:00:00Z');
    expect(promiseOutcome(facts({ extendedAt: extension, now: ms(extension, -1) }))).toEqual({ outcome: 'OPEN', settledAt: null });
    // An update in time beats an extension that does not count.
    const update = at('2026-12-04T10:00:00Z');
    expect(promiseOutcome(facts({ extendedAt: berlinEnd, visibleUpdates: [update], now: later }))).toEqual({
      outcome: 'KEPT',
      settledAt: update,
    });
  });

  it.each([
    ['Pacific/Auckland', '2026-12-04T11:00:00Z'],
    ['Pacific/Kiritimati', '2026-12-04T10:00:00Z'],
    ['Pacific/Pago_Pago', '2026-12-05T11:00:00Z'],
    ['America/Los_Angeles', '2026-12-05T08:00:00Z'],
    ['Asia/Kolkata', '2026-12-04T18:30:00Z'],
  ])("reads the promised day in the organization's zone (%s ends it at %s)", (timeZone, endIso) => {
    const end = at(endIso);
    const madeAt = at('2026-12-01T00:00:00Z');
    const day = { promisedDay: '2026-12-04', madeAt, timeZone };
    expect(promiseOutcome(facts({ ...day, now: ms(end, -1) }))).toEqual({ outcome: 'OPEN', settledAt: null });
    expect(promiseOutcome(facts({ ...day, now: end }))).toEqual({ outcome: 'BROKEN', settledAt: end });
    expect(promiseOutcome(facts({ ...day, visibleUpdates: [ms(end, -1)], now: later }))).toEqual({
      outcome: 'KEPT',
      settledAt: ms(end, -1),
    });
    expect(promiseOutcome(facts({ ...day, visibleUpdates: [end], extendedAt: end, now: later }))).toEqual({
      outcome: 'BROKEN',
      settledAt: end,
    });
  });

  it.each([
    ['2026-03-29', 'Europe/Berlin', '2026-03-29T22:00:00Z'],
    ['2026-10-25', 'Europe/Berlin', '2026-10-25T23:00:00Z'],
    ['2026-03-08', 'America/New_York', '2026-03-09T04:00:00Z'],
    ['2026-11-01', 'America/New_York', '2026-11-02T05:00:00Z'],
    ['2026-09-05', 'America/Santiago', '2026-09-06T04:00:00Z'],
    ['2028-02-29', 'Pacific/Auckland', '2028-02-29T11:00:00Z'],
    ['2028-02-29', 'America/Los_Angeles', '2028-03-01T08:00:00Z'],
  ])('ends %s in %s at %s, across daylight-saving changes and leap days', (promisedDay, timeZone, endIso) => {
    const end = at(endIso);
    const day = { promisedDay, timeZone, madeAt: ms(end, -5 * 86_400_000) };
    expect(promiseOutcome(facts({ ...day, now: ms(end, -1) })).outcome).toBe('OPEN');
    expect(promiseOutcome(facts({ ...day, now: end }))).toEqual({ outcome: 'BROKEN', settledAt: end });
    expect(promiseOutcome(facts({ ...day, extendedAt: ms(end, -1), now: ms(end, 86_400_000) }))).toEqual({
      outcome: 'EXTENDED',
      settledAt: ms(end, -1),
    });
  });
});

describe('days late', () => {
  const day = '2026-12-04';
  it('counts whole days in the zone from the promised day to the day the candidate heard', () => {
    expect(daysLate(day, at('2026-12-05T08:00:00Z'), later, 'Europe/Berlin')).toBe(1);
    expect(daysLate(day, at('2026-12-08T08:00:00Z'), later, 'Europe/Berlin')).toBe(4);
    // The day they heard, not `now`, once they heard.
    expect(daysLate(day, at('2026-12-06T08:00:00Z'), at('2027-01-01T00:00:00Z'), 'Europe/Berlin')).toBe(2);
  });

  it('counts to today while the candidate still waits', () => {
    expect(daysLate(day, null, at('2026-12-10T12:00:00Z'), 'Europe/Berlin')).toBe(6);
    expect(daysLate(day, null, at('2026-12-05T00:00:00Z'), 'UTC')).toBe(1);
  });

  it('is at least 1', () => {
    expect(daysLate(day, at('2026-12-04T12:00:00Z'), later, 'Europe/Berlin')).toBe(1);
    expect(daysLate(day, at('2026-12-01T12:00:00Z'), later, 'Europe/Berlin')).toBe(1);
    expect(daysLate(day, null, at('2026-12-04T12:00:00Z'), 'UTC')).toBe(1);
  });

  it("reads the day in the organization's zone", () => {
    const heard = at('2026-12-05T23:30:00Z'); // Dec 6 in Berlin and Auckland, Dec 5 in UTC and Los Angeles
    expect(daysLate(day, heard, later, 'Europe/Berlin')).toBe(2);
    expect(daysLate(day, heard, later, 'UTC')).toBe(1);
    expect(daysLate(day, heard, later, 'America/Los_Angeles')).toBe(1);
    expect(daysLate(day, null, heard, 'Pacific/Auckland')).toBe(2);
    expect(daysLate(day, null, at('2026-12-07T07:00:00Z'), 'Pacific/Pago_Pago')).toBe(2); // 20:00 on Dec 6
  });
});

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

describe('the typical days to an update', () => {
  it('needs at least five entries and reads at most fifty', () => {
    expect(TYPICAL_UPDATE_SAMPLE).toEqual({ latest: 50, atLeast: 5 });
    expect(typicalDaysToUpdate([])).toBeNull();
    expect(typicalDaysToUpdate([1, 2, 3, 4])).toBeNull();
    expect(typicalDaysToUpdate([5, 1, 4, 2, 3])).toBe(3);
  });

  it('is the median, to one decimal', () => {
    expect(typicalDaysToUpdate([6, 1, 5, 2, 4, 3])).toBe(3.5);
    expect(typicalDaysToUpdate([0.5, 9, 1.04, 1.04, 1.04])).toBe(1);
    expect(typicalDaysToUpdate([0.5, 9, 1.06, 1.06, 1.06])).toBe(1.1);
    expect(typicalDaysToUpdate([1, 2.2, 2.5, 9, 9, 0])).toBe(2.4); // (2.2 + 2.5) / 2 = 2.35
    expect(typicalDaysToUpdate([0.3, 0.31, 0.32, 0.33, 0.34])).toBe(0.3);
    expect(typicalDaysToUpdate([0.12, 0.12, 0.12, 0.12, 0.12])).toBe(0.1);
  });
});

describe('the reply day history suggests', () => {
  const now = at('2026-12-04T12:00:00Z');
  it('is today in the zone plus the typical days, rounded up', () => {
    expect(historySuggestedDate(2.1, now, 'Europe/Berlin')).toBe('2026-12-07');
    expect(historySuggestedDate(3, now, 'Europe/Berlin')).toBe('2026-12-07');
    expect(historySuggestedDate(0, now, 'Europe/Berlin')).toBe('2026-12-04');
    expect(historySuggestedDate(0.1, now, 'Europe/Berlin')).toBe('2026-12-05');
    expect(historySuggestedDate(27.5, at('2028-02-01T12:00:00Z'), 'UTC')).toBe('2028-02-29');
  });

  it("counts from today in the organization's zone", () => {
    const night = at('2026-12-04T23:30:00Z'); // Dec 5 in Berlin
    expect(historySuggestedDate(0.5, night, 'Europe/Berlin')).toBe('2026-12-06');
    expect(historySuggestedDate(0.5, night, 'UTC')).toBe('2026-12-05');
  });
});

describe('a promise shorter than usual', () => {
  const now = at('2026-12-04T12:00:00Z');
  it('is never flagged without a typical time', () => {
    expect(promiseShorterThanUsual('2026-12-04', null, now, 'UTC')).toBe(false);
    expect(promiseShorterThanUsual('2026-12-01', null, now, 'UTC')).toBe(false);
  });

  it('gives fewer days from today than the stage typically takes', () => {
    expect(promiseShorterThanUsual('2026-12-07', 3, now, 'UTC')).toBe(false);
    expect(promiseShorterThanUsual('2026-12-06', 3, now, 'UTC')).toBe(true);
    expect(promiseShorterThanUsual('2026-12-07', 2.5, now, 'UTC')).toBe(false);
    expect(promiseShorterThanUsual('2026-12-06', 2.5, now, 'UTC')).toBe(true);
    expect(promiseShorterThanUsual('2026-12-04', 0, now, 'UTC')).toBe(false);
  });

  it("counts from today in the organization's zone", () => {
    const night = at('2026-12-04T23:30:00Z'); // Dec 5 in Berlin
    expect(promiseShorterThanUsual('2026-12-07', 3, night, 'UTC')).toBe(false);
    expect(promiseShorterThanUsual('2026-12-07', 3, night, 'Europe/Berlin')).toBe(true);
  });
});

describe('the ledger figures', () => {
  const from = at('2026-11-01T00:00:00Z');
  const to = at('2026-12-01T00:00:00Z');
  const now = at('2026-12-10T12:00:00Z');
  const record = (over: Partial<LedgerRecord>): LedgerRecord => ({
    promisedDay: '2026-11-10',
    madeAt: at('2026-11-05T10:00:00Z'),
    outcome: 'KEPT',
    settledAt: at('2026-11-08T10:00:00Z'),
    heardAt: at('2026-11-08T10:00:00Z'),
    ...over,
  });

  it('counts over [from, to): made by madeAt, ended by settledAt', () => {
    const records = [
      record({ madeAt: from }), // made and ended in it
      record({ madeAt: ms(from, -1), settledAt: from }), // made before, ended at its start
      record({ madeAt: to, settledAt: at('2026-12-02T00:00:00Z') }), // made at its end: neither
      record({ settledAt: to }), // ended at its end: made only
      record({ settledAt: ms(to, -1) }), // ended in its last millisecond
    ];
    const figures = promiseFigures(records, from, to, now, 'UTC');
    expect(figures.made).toBe(3);
    expect(figures.ended).toBe(3);
    expect(figures.kept).toBe(3);
  });

  it('leaves open promises out of those that ended', () => {
    const records = [
      record({ outcome: 'OPEN', settledAt: null }),
      record({ outcome: 'OPEN', settledAt: at('2026-11-20T00:00:00Z') }),
      record({ outcome: 'KEPT' }),
    ];
    expect(promiseFigures(records, from, to, now, 'UTC')).toEqual({
      made: 3,
      ended: 1,
      kept: 1,
      extended: 0,
      broken: 0,
      keptPercent: 100,
      extendedPercent: 0,
      medianDaysLate: null,
    });
  });

  it('does not count a record without a settling instant as ended, whatever its outcome', () => {
    const records = [record({ outcome: 'KEPT', settledAt: null }), record({ outcome: 'BROKEN', settledAt: null, heardAt: null })];
    const figures = promiseFigures(records, from, to, now, 'UTC');
    expect(figures).toMatchObject({ made: 2, ended: 0, kept: 0, broken: 0, keptPercent: null, medianDaysLate: null });
  });

  it('gives shares of those that ended to one decimal, and the median days late', () => {
    const records = [
      record({ outcome: 'KEPT' }),
      record({ outcome: 'EXTENDED', heardAt: null }),
      record({ outcome: 'EXTENDED' }),
      record({ outcome: 'BROKEN', settledAt: at('2026-11-11T00:00:00Z'), heardAt: at('2026-11-12T09:00:00Z') }), // 2 days
      record({ outcome: 'BROKEN', settledAt: at('2026-11-11T00:00:00Z'), heardAt: null }), // still waiting: to Dec 10, 30 days
      record({ outcome: 'BROKEN', settledAt: at('2026-11-11T00:00:00Z'), heardAt: at('2026-11-11T09:00:00Z') }), // 1 day
    ];
    expect(promiseFigures(records, from, to, now, 'UTC')).toEqual({
      made: 6,
      ended: 6,
      kept: 1,
      extended: 2,
      broken: 3,
      keptPercent: 16.7,
      extendedPercent: 33.3,
      medianDaysLate: 2,
    });
    // Two broken ones: the median of 2 and 30 days late.
    const figures = promiseFigures(records.slice(0, 5), from, to, now, 'UTC');
    expect(figures.medianDaysLate).toBe(16);
    expect(figures.keptPercent).toBe(20);
    expect(figures.extendedPercent).toBe(40);
  });

  it('dates the lateness of those still waiting by `now`, in the zone', () => {
    const waiting = [record({ outcome: 'BROKEN', settledAt: at('2026-11-11T00:00:00Z'), heardAt: null })];
    expect(promiseFigures(waiting, from, to, at('2026-11-15T23:30:00Z'), 'UTC').medianDaysLate).toBe(5);
    expect(promiseFigures(waiting, from, to, at('2026-11-15T23:30:00Z'), 'Europe/Berlin').medianDaysLate).toBe(6);
  });

  it('rounds a half up, exactly: 201 kept of 400 is 50.3%', () => {
    const records = Array.from({ length: 400 }, (_, i) => record({ outcome: i < 201 ? 'KEPT' : 'EXTENDED' }));
    const figures = promiseFigures(records, from, to, now, 'UTC');
    expect(figures.keptPercent).toBe(50.3);
    expect(figures.extendedPercent).toBe(49.8); // 49.75
  });

  it('has no shares when none ended', () => {
    expect(promiseFigures([record({ outcome: 'OPEN', settledAt: null })], from, to, now, 'UTC')).toEqual({
      made: 1,
      ended: 0,
      kept: 0,
      extended: 0,
      broken: 0,
      keptPercent: null,
      extendedPercent: null,
      medianDaysLate: null,
    });
    expect(promiseFigures([], from, to, now, 'UTC').keptPercent).toBeNull();
  });
});

describe('the public kept share', () => {
  it('needs 20 ended promises over 90 days', () => {
    expect(PUBLIC_PROMISE_RECORD).toEqual({ days: 90, atLeastEnded: 20 });
    expect(publicKeptPercent({ ended: 19, kept: 19 })).toBeNull();
    expect(publicKeptPercent({ ended: 0, kept: 0 })).toBeNull();
    expect(publicKeptPercent({ ended: 20, kept: 20 })).toBe(100);
    expect(publicKeptPercent({ ended: 20, kept: 0 })).toBe(0);
  });

  it('is a whole percent, rounded down', () => {
    expect(publicKeptPercent({ ended: 20, kept: 19 })).toBe(95);
    expect(publicKeptPercent({ ended: 21, kept: 14 })).toBe(66); // 66.67
    expect(publicKeptPercent({ ended: 21, kept: 20 })).toBe(95); // 95.24
    expect(publicKeptPercent({ ended: 30, kept: 29 })).toBe(96); // 96.67
    // Exact whole percents stay whole (kept / ended * 100 gave 57 and 28).
    expect(publicKeptPercent({ ended: 50, kept: 29 })).toBe(58);
    expect(publicKeptPercent({ ended: 100, kept: 29 })).toBe(29);
  });
});
