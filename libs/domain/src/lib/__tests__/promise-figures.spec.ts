import {
  historySuggestedDate,
  LedgerRecord,
  promiseFigures,
  promiseShorterThanUsual,
  PUBLIC_PROMISE_RECORD,
  publicKeptPercent,
  TYPICAL_UPDATE_SAMPLE,
  typicalDaysToUpdate,
} from '../promise-ledger';

// The ledger's figures and expectations from history (promise-ledger.ts).
const at = (iso: string) => new Date(iso);
const ms = (date: Date, delta: number) => new Date(date.getTime() + delta);

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
