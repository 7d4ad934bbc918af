import { addDays } from '../calendar-date';
import { isBusinessDay, previousBusinessDay, promisedDaysRemindedOn } from '../promise-reminders';

describe('previousBusinessDay', () => {
  it('is the day before on Tuesday to Friday, the Friday before on Saturday, Sunday and Monday', () => {
    expect(previousBusinessDay('2026-12-08', [])).toBe('2026-12-07'); // Tue -> Mon
    expect(previousBusinessDay('2026-12-11', [])).toBe('2026-12-10'); // Fri -> Thu
    expect(previousBusinessDay('2026-12-12', [])).toBe('2026-12-11'); // Sat -> Fri
    expect(previousBusinessDay('2026-12-13', [])).toBe('2026-12-11'); // Sun -> Fri
    expect(previousBusinessDay('2026-12-14', [])).toBe('2026-12-11'); // Mon -> Fri
  });

  it("skips the organization's holidays, one after another and across a weekend", () => {
    expect(previousBusinessDay('2026-12-15', ['2026-12-14'])).toBe('2026-12-11'); // Tue after a holiday Monday -> Fri
    expect(previousBusinessDay('2026-12-14', ['2026-12-11'])).toBe('2026-12-10'); // Mon after a holiday Friday -> Thu
    expect(previousBusinessDay('2026-12-28', ['2026-12-24', '2026-12-25'])).toBe('2026-12-23');
    expect(previousBusinessDay('2026-12-14', ['2026-12-12'])).toBe('2026-12-11'); // a holiday on a weekend changes nothing
  });

  it('crosses months and years', () => {
    expect(previousBusinessDay('2027-01-01', [])).toBe('2026-12-31');
    expect(previousBusinessDay('2027-01-04', ['2027-01-01'])).toBe('2026-12-31');
  });

  it('throws when a whole year is holidays', () => {
    const all = Array.from({ length: 400 }, (_, i) => addDays('2026-12-31', -i));
    expect(() => previousBusinessDay('2027-01-01', all)).toThrow(RangeError);
  });
});

describe('isBusinessDay', () => {
  it('is false on weekends and holidays', () => {
    expect(isBusinessDay('2026-12-11', [])).toBe(true);
    expect(isBusinessDay('2026-12-12', [])).toBe(false);
    expect(isBusinessDay('2026-12-13', [])).toBe(false);
    expect(isBusinessDay('2026-12-11', ['2026-12-11'])).toBe(false);
  });
});

describe('promisedDaysRemindedOn', () => {
  it('is the next day on Monday to Thursday, Saturday to Monday on a Friday', () => {
    expect(promisedDaysRemindedOn('2026-12-07', [])).toEqual({ from: '2026-12-08', through: '2026-12-08' });
    expect(promisedDaysRemindedOn('2026-12-11', [])).toEqual({ from: '2026-12-12', through: '2026-12-14' });
  });

  it('reaches past holidays, and is null on weekends and holidays', () => {
    expect(promisedDaysRemindedOn('2026-12-11', ['2026-12-14'])).toEqual({ from: '2026-12-12', through: '2026-12-15' });
    expect(promisedDaysRemindedOn('2026-12-12', [])).toBeNull();
    expect(promisedDaysRemindedOn('2026-12-14', ['2026-12-14'])).toBeNull();
  });

  it('agrees with previousBusinessDay over a year with holidays', () => {
    const holidays = ['2026-12-24', '2026-12-25', '2027-01-01', '2027-05-24'];
    for (let i = 0; i < 400; i += 1) {
      const day = addDays('2026-12-01', i);
      const range = promisedDaysRemindedOn(day, holidays);
      for (let j = 1; j <= 10; j += 1) {
        const promised = addDays(day, j);
        const covered = range !== null && promised >= range.from && promised <= range.through;
        expect([promised, covered]).toEqual([promised, previousBusinessDay(promised, holidays) === day]);
      }
    }
  });
});
