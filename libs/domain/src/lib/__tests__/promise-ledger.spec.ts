import {
  daysLate,
  endOfPromisedDay,
  PROMISE_OUTCOMES,
  PromiseFacts,
  promiseOutcome,
} from '../promise-ledger';
import { instantToWallClock } from '../wall-clock';

// The ledger rule over timelines: when a promised day ends, a promise's outcome, days late.
// Business days and the extension time: promise-calendar.spec.ts; figures and history: promise-figures.spec.ts.
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
