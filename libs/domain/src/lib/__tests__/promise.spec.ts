import { promiseDateProblem, promiseState, suggestedResponseDate } from '../promise';

const now = new Date('2026-11-25T12:00:00Z');
// 06:30 UTC on Mar 1 is still Feb 28 (22:30) in Los Angeles; 23:30 UTC on Mar 1 is already Mar 2 (12:30) in Auckland.
const laEvening = new Date('2026-03-01T06:30:00Z');
const aucklandNoon = new Date('2026-03-01T23:30:00Z');

describe('the state of a promised reply date', () => {
  it('is none without a promise', () => {
    expect(promiseState(null, now, 'UTC')).toBe('NONE');
    expect(promiseState(undefined, now, 'UTC')).toBe('NONE');
    expect(promiseState('', now, 'UTC')).toBe('NONE');
  });

  it('is due soon on the promised day and the day before, kept through the whole promised day', () => {
    expect(promiseState('2026-11-27', now, 'UTC')).toBe('ON_TRACK');
    expect(promiseState('2026-11-26', now, 'UTC')).toBe('DUE_SOON');
    expect(promiseState('2026-11-25', now, 'UTC')).toBe('DUE_SOON');
    expect(promiseState('2026-11-25', new Date('2026-11-25T23:59:59Z'), 'UTC')).toBe('DUE_SOON');
    expect(promiseState('2026-11-24', now, 'UTC')).toBe('OVERDUE');
  });

  it("reads today in the organization's time zone", () => {
    const lateEvening = new Date('2026-11-25T23:30:00Z');
    expect(promiseState('2026-11-25', lateEvening, 'UTC')).toBe('DUE_SOON');
    expect(promiseState('2026-11-25', lateEvening, 'Asia/Tokyo')).toBe('OVERDUE');
    expect(promiseState('2026-02-28', laEvening, 'America/Los_Angeles')).toBe('DUE_SOON');
    expect(promiseState('2026-02-28', laEvening, 'UTC')).toBe('OVERDUE');
    expect(promiseState('2026-03-01', aucklandNoon, 'Pacific/Auckland')).toBe('OVERDUE');
    expect(promiseState('2026-03-01', aucklandNoon, 'UTC')).toBe('DUE_SOON');
    expect(promiseState('2026-03-03', aucklandNoon, 'UTC')).toBe('ON_TRACK');
    expect(promiseState('2026-03-03', aucklandNoon, 'Pacific/Auckland')).toBe('DUE_SOON');
  });

  it('counts days, not hours, across a daylight-saving change', () => {
    // Los Angeles springs forward on 2026-03-08; 23:30 PST on Mar 6 is 07:30 UTC on Mar 7.
    expect(promiseState('2026-03-08', new Date('2026-03-07T07:30:00Z'), 'America/Los_Angeles')).toBe('ON_TRACK');
    expect(promiseState('2026-03-08', new Date('2026-03-07T08:00:00Z'), 'America/Los_Angeles')).toBe('DUE_SOON');
    expect(promiseState('2026-03-08', new Date('2026-03-09T06:59:00Z'), 'America/Los_Angeles')).toBe('DUE_SOON');
    expect(promiseState('2026-03-08', new Date('2026-03-09T07:00:00Z'), 'America/Los_Angeles')).toBe('OVERDUE');
  });
});

describe('the promise a stage suggests', () => {
  it('is its default number of days after today', () => {
    expect(suggestedResponseDate(7, now, 'UTC')).toBe('2026-12-02');
    expect(suggestedResponseDate(0, now, 'UTC')).toBe('2026-11-25');
    expect(suggestedResponseDate(null, now, 'UTC')).toBeNull();
    expect(suggestedResponseDate(undefined, now, 'UTC')).toBeNull();
  });

  it("counts from today in the organization's time zone", () => {
    expect(suggestedResponseDate(0, new Date('2026-11-25T23:30:00Z'), 'Asia/Tokyo')).toBe('2026-11-26');
    expect(suggestedResponseDate(7, laEvening, 'America/Los_Angeles')).toBe('2026-03-07');
    expect(suggestedResponseDate(7, laEvening, 'UTC')).toBe('2026-03-08');
    expect(suggestedResponseDate(7, aucklandNoon, 'Pacific/Auckland')).toBe('2026-03-09');
    expect(suggestedResponseDate(7, aucklandNoon, 'UTC')).toBe('2026-03-08');
    // Across Auckland's change back to NZST on 2026-04-05.
    expect(suggestedResponseDate(3, new Date('2026-04-03T11:30:00Z'), 'Pacific/Auckland')).toBe('2026-04-07');
  });
});

describe('which promised dates may be given', () => {
  it('today and up to 366 days ahead', () => {
    expect(promiseDateProblem('2026-11-25', now, 'UTC')).toBeNull();
    expect(promiseDateProblem('2027-11-26', now, 'UTC')).toBeNull();
    expect(promiseDateProblem('2027-11-27', now, 'UTC')).toBe('must be within 366 days of today (Wed, Nov 25, 2026)');
  });

  it('no day before today: that promise would already be broken', () => {
    expect(promiseDateProblem('2026-11-24', now, 'UTC')).toBe("must be today (Wed, Nov 25, 2026) or later in the organization's time zone");
  });

  it("with today read in the organization's time zone", () => {
    expect(promiseDateProblem('2026-11-25', new Date('2026-11-25T23:30:00Z'), 'Asia/Tokyo')).toBe(
      "must be today (Thu, Nov 26, 2026) or later in the organization's time zone",
    );
    expect(promiseDateProblem('2026-02-28', laEvening, 'America/Los_Angeles')).toBeNull();
    expect(promiseDateProblem('2026-02-28', laEvening, 'UTC')).toMatch(/today \(Sun, Mar 1, 2026\)/);
    expect(promiseDateProblem('2027-03-01', laEvening, 'America/Los_Angeles')).toBeNull();
    expect(promiseDateProblem('2027-03-02', laEvening, 'America/Los_Angeles')).toBe('must be within 366 days of today (Sat, Feb 28, 2026)');
    expect(promiseDateProblem('2026-03-01', aucklandNoon, 'Pacific/Auckland')).toMatch(/today \(Mon, Mar 2, 2026\)/);
    expect(promiseDateProblem('2026-03-01', aucklandNoon, 'UTC')).toBeNull();
  });
});
