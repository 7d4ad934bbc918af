import { promiseDateProblem, promiseState, suggestedResponseDate } from '../promise';

describe('the promised reply date', () => {
  const now = new Date('2026-11-25T12:00:00Z');

  it('has no state without a promise', () => {
    expect(promiseState(null, now, 'UTC')).toBe('NONE');
  });

  it('is kept through the whole promised day', () => {
    expect(promiseState('2026-11-25', now, 'UTC')).toBe('DUE_SOON');
    expect(promiseState('2026-11-26', now, 'UTC')).toBe('DUE_SOON');
    expect(promiseState('2026-11-27', now, 'UTC')).toBe('ON_TRACK');
    expect(promiseState('2026-11-24', now, 'UTC')).toBe('OVERDUE');
  });

  it('reads the day in the organization time zone', () => {
    const lateEvening = new Date('2026-11-25T23:30:00Z');
    expect(promiseState('2026-11-25', lateEvening, 'UTC')).toBe('DUE_SOON');
    // Already the 26th in Tokyo: a promise for the 25th is broken there.
    expect(promiseState('2026-11-25', lateEvening, 'Asia/Tokyo')).toBe('OVERDUE');
  });

  it('suggests a date from the stage default', () => {
    expect(suggestedResponseDate(7, now, 'UTC')).toBe('2026-12-02');
    expect(suggestedResponseDate(null, now, 'UTC')).toBeNull();
    expect(suggestedResponseDate(0, new Date('2026-11-25T23:30:00Z'), 'Asia/Tokyo')).toBe('2026-11-26');
  });

  it('refuses a promise that is already broken or too far away', () => {
    expect(promiseDateProblem('2026-11-25', now, 'UTC')).toBeNull();
    expect(promiseDateProblem('2026-11-24', now, 'UTC')).toMatch(/today \(2026-11-25\) or later/);
    expect(promiseDateProblem('2027-11-27', now, 'UTC')).toMatch(/within 366 days/);
    expect(promiseDateProblem('2026-11-25', new Date('2026-11-25T23:30:00Z'), 'Asia/Tokyo')).toMatch(
      /2026-11-26/,
    );
  });
});
