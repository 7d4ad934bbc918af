import { checkInWindow, CheckInFacts, checkInAnswerDay, checkInOverdue } from '../check-in';

const base: CheckInFacts = {
  expectedResponseBy: '2026-12-04',
  checkedInFor: [],
  decided: false,
  now: new Date('2026-12-01T12:00:00Z'),
  timeZone: 'UTC',
};

describe('the check-in etiquette', () => {
  it('stays closed before and on the promised day, saying when it opens', () => {
    expect(checkInWindow(base)).toEqual({ state: 'NOT_YET', canCheckIn: false, canCheckInFrom: '2026-12-05' });
    expect(checkInWindow({ ...base, now: new Date('2026-12-04T23:59:59Z') }).canCheckIn).toBe(false);
  });

  it('opens the day after the promised day when no news came', () => {
    expect(checkInWindow({ ...base, now: new Date('2026-12-05T00:00:00Z') })).toEqual({
      state: 'OPEN',
      canCheckIn: true,
      canCheckInFrom: null,
    });
    expect(checkInWindow({ ...base, now: new Date('2027-01-20T00:00:00Z') }).canCheckIn).toBe(true);
  });

  it('allows one check-in per promised date', () => {
    const after = { ...base, now: new Date('2026-12-06T09:00:00Z') };
    expect(checkInWindow({ ...after, checkedInFor: ['2026-12-04'] })).toMatchObject({ state: 'ALREADY_CHECKED_IN', canCheckIn: false });
    // A new promise gives a new chance once it lapses too.
    expect(checkInWindow({ ...after, expectedResponseBy: '2026-12-05', checkedInFor: ['2026-12-04'] }).canCheckIn).toBe(true);
  });

  it('offers nothing without a promise or once there is an outcome', () => {
    expect(checkInWindow({ ...base, expectedResponseBy: null })).toEqual({ state: 'NO_PROMISE', canCheckIn: false, canCheckInFrom: null });
    expect(checkInWindow({ ...base, decided: true, now: new Date('2026-12-20T00:00:00Z') }).state).toBe('DECIDED');
  });

  it('reads days in the organization time zone', () => {
    // 2026-12-04T23:30 in UTC is already the 5th in Berlin and still the 4th in Los Angeles.
    const late = new Date('2026-12-04T23:30:00Z');
    expect(checkInWindow({ ...base, now: late, timeZone: 'Europe/Berlin' }).canCheckIn).toBe(true);
    expect(checkInWindow({ ...base, now: late, timeZone: 'America/Los_Angeles' }).canCheckIn).toBe(false);
    expect(checkInWindow({ ...base, now: late, timeZone: 'UTC' }).canCheckIn).toBe(false);
  });

  it('reads the day in the zone when UTC is already on the next day, or still on the previous one', () => {
    // 06:30 UTC on Mar 1 is still Feb 28 in Los Angeles: a promise for Feb 28 has not lapsed there.
    const la = { ...base, expectedResponseBy: '2026-02-28', now: new Date('2026-03-01T06:30:00Z') };
    expect(checkInWindow({ ...la, timeZone: 'America/Los_Angeles' })).toEqual({ state: 'NOT_YET', canCheckIn: false, canCheckInFrom: '2026-03-01' });
    expect(checkInWindow({ ...la, timeZone: 'UTC' }).state).toBe('OPEN');
    // 23:30 UTC on Mar 1 is already Mar 2 in Auckland: a promise for Mar 1 has lapsed there.
    const auckland = { ...base, expectedResponseBy: '2026-03-01', now: new Date('2026-03-01T23:30:00Z') };
    expect(checkInWindow({ ...auckland, timeZone: 'Pacific/Auckland' }).state).toBe('OPEN');
    expect(checkInWindow({ ...auckland, timeZone: 'UTC' })).toEqual({ state: 'NOT_YET', canCheckIn: false, canCheckInFrom: '2026-03-02' });
  });

  it('holds across daylight-saving changes', () => {
    // Europe/Berlin springs forward on 2026-03-29 and falls back on 2026-10-25.
    const spring = { ...base, expectedResponseBy: '2026-03-28', timeZone: 'Europe/Berlin' };
    expect(checkInWindow({ ...spring, now: new Date('2026-03-28T22:59:00Z') }).canCheckIn).toBe(false); // 23:59 CET
    expect(checkInWindow({ ...spring, now: new Date('2026-03-28T23:00:00Z') }).canCheckIn).toBe(true); // 00:00 on the 29th
    const autumn = { ...base, expectedResponseBy: '2026-10-24', timeZone: 'Europe/Berlin' };
    expect(checkInWindow({ ...autumn, now: new Date('2026-10-24T21:59:00Z') }).canCheckIn).toBe(false); // 23:59 CEST
    expect(checkInWindow({ ...autumn, now: new Date('2026-10-24T22:00:00Z') }).canCheckIn).toBe(true); // 00:00 on the 25th
    const ny = { ...base, expectedResponseBy: '2026-11-01', timeZone: 'America/New_York' };
    expect(checkInWindow({ ...ny, now: new Date('2026-11-02T04:59:00Z') }).canCheckIn).toBe(false); // 23:59 EST on the 1st
    expect(checkInWindow({ ...ny, now: new Date('2026-11-02T05:00:00Z') }).canCheckIn).toBe(true);
  });
});

describe('checkInAnswerDay and checkInOverdue', () => {
  const zone = 'Europe/Berlin';
  // Friday 2026-12-04, 10:00 in Berlin.
  const friday = new Date('2026-12-04T09:00:00Z');

  it('is to be answered on the next business day, skipping the weekend', () => {
    expect(checkInAnswerDay(friday, zone, [])).toBe('2026-12-07');
  });

  it('skips the organization holidays too', () => {
    expect(checkInAnswerDay(friday, zone, ['2026-12-07'])).toBe('2026-12-08');
  });

  it('counts the day it came in in the organization zone', () => {
    // 23:30 UTC on Thursday is already Friday in Berlin.
    expect(checkInAnswerDay(new Date('2026-12-03T23:30:00Z'), zone, [])).toBe('2026-12-07');
    expect(checkInAnswerDay(new Date('2026-12-03T23:30:00Z'), 'UTC', [])).toBe('2026-12-04');
  });

  it('is overdue only from the day after the answer day', () => {
    expect(checkInOverdue(friday, new Date('2026-12-06T12:00:00Z'), zone, [])).toBe(false); // Sunday
    expect(checkInOverdue(friday, new Date('2026-12-07T22:59:00Z'), zone, [])).toBe(false); // Monday 23:59 in Berlin
    expect(checkInOverdue(friday, new Date('2026-12-07T23:00:00Z'), zone, [])).toBe(true); // Tuesday 00:00 in Berlin
    expect(checkInOverdue(friday, new Date('2026-12-08T12:00:00Z'), zone, ['2026-12-07'])).toBe(false);
  });
});
