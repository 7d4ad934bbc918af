import { deliveryTime, formatClockTime, minuteOfDay, parseClockTime, QuietHours } from '../delivery-time';

const at = (iso: string) => new Date(iso);
const clock = (hhmm: string) => parseClockTime(hhmm)!;
const quiet = (from: string, to: string): QuietHours => ({ startMinute: clock(from), endMinute: clock(to) });

describe('the undo window', () => {
  it('sends after the stage delay, in minutes', () => {
    expect(deliveryTime(at('2026-11-25T10:00:00Z'), 60, null, 'UTC')).toEqual(at('2026-11-25T11:00:00Z'));
    expect(deliveryTime(at('2026-11-25T10:00:00Z'), 0, null, 'UTC')).toEqual(at('2026-11-25T10:00:00Z'));
  });

  it('treats a negative delay as none', () => {
    expect(deliveryTime(at('2026-11-25T10:00:00Z'), -30, null, 'UTC')).toEqual(at('2026-11-25T10:00:00Z'));
  });
});

describe('quiet hours that wrap midnight (20:00-08:00)', () => {
  const night = quiet('20:00', '08:00');

  it('hold an evening email until 08:00 the next morning', () => {
    expect(deliveryTime(at('2026-11-25T21:30:00Z'), 0, night, 'UTC')).toEqual(at('2026-11-26T08:00:00Z'));
  });

  it('hold an early-morning email until 08:00 the same morning', () => {
    expect(deliveryTime(at('2026-11-26T06:40:00Z'), 0, night, 'UTC')).toEqual(at('2026-11-26T08:00:00Z'));
    expect(deliveryTime(at('2026-11-26T00:00:00Z'), 0, night, 'UTC')).toEqual(at('2026-11-26T08:00:00Z'));
  });

  it('start at 20:00 sharp and end at 08:00 sharp', () => {
    expect(deliveryTime(at('2026-11-25T19:59:00Z'), 0, night, 'UTC')).toEqual(at('2026-11-25T19:59:00Z'));
    expect(deliveryTime(at('2026-11-25T20:00:00Z'), 0, night, 'UTC')).toEqual(at('2026-11-26T08:00:00Z'));
    expect(deliveryTime(at('2026-11-26T07:59:00Z'), 0, night, 'UTC')).toEqual(at('2026-11-26T08:00:00Z'));
    expect(deliveryTime(at('2026-11-26T08:00:00Z'), 0, night, 'UTC')).toEqual(at('2026-11-26T08:00:00Z'));
    expect(deliveryTime(at('2026-11-26T08:00:30Z'), 0, night, 'UTC')).toEqual(at('2026-11-26T08:00:30Z'));
  });

  it('hold an email whose delay ends inside them', () => {
    expect(deliveryTime(at('2026-11-25T19:30:00Z'), 60, night, 'UTC')).toEqual(at('2026-11-26T08:00:00Z'));
  });

  it('release a held email at the whole minute they end, whatever the seconds it was queued at', () => {
    expect(deliveryTime(at('2026-11-25T21:30:45.250Z'), 0, night, 'UTC')).toEqual(at('2026-11-26T08:00:00Z'));
    // Outside quiet hours nothing is rounded.
    expect(deliveryTime(at('2026-11-25T12:30:45.250Z'), 0, night, 'UTC')).toEqual(at('2026-11-25T12:30:45.250Z'));
  });
});

describe('quiet hours within one day (12:00-13:00)', () => {
  const lunch = quiet('12:00', '13:00');

  it('hold a midday email until 13:00 the same day', () => {
    expect(deliveryTime(at('2026-11-25T12:30:00Z'), 0, lunch, 'UTC')).toEqual(at('2026-11-25T13:00:00Z'));
  });

  it('do not wrap midnight: emails before and after them go at once', () => {
    expect(deliveryTime(at('2026-11-25T14:00:00Z'), 0, lunch, 'UTC')).toEqual(at('2026-11-25T14:00:00Z'));
    expect(deliveryTime(at('2026-11-25T11:00:00Z'), 0, lunch, 'UTC')).toEqual(at('2026-11-25T11:00:00Z'));
    expect(deliveryTime(at('2026-11-25T23:30:00Z'), 0, lunch, 'UTC')).toEqual(at('2026-11-25T23:30:00Z'));
  });

  it('start at 12:00 sharp and end at 13:00 sharp', () => {
    expect(deliveryTime(at('2026-11-25T11:59:00Z'), 0, lunch, 'UTC')).toEqual(at('2026-11-25T11:59:00Z'));
    expect(deliveryTime(at('2026-11-25T12:00:00Z'), 0, lunch, 'UTC')).toEqual(at('2026-11-25T13:00:00Z'));
    expect(deliveryTime(at('2026-11-25T12:59:00Z'), 0, lunch, 'UTC')).toEqual(at('2026-11-25T13:00:00Z'));
    expect(deliveryTime(at('2026-11-25T13:00:00Z'), 0, lunch, 'UTC')).toEqual(at('2026-11-25T13:00:00Z'));
    expect(deliveryTime(at('2026-11-25T13:00:30Z'), 0, lunch, 'UTC')).toEqual(at('2026-11-25T13:00:30Z'));
  });
});

describe('equal start and end', () => {
  it('mean no quiet hours: nothing is held or rounded', () => {
    const none = quiet('08:00', '08:00');
    expect(deliveryTime(at('2026-11-25T12:00:30Z'), 0, none, 'UTC')).toEqual(at('2026-11-25T12:00:30Z'));
    expect(deliveryTime(at('2026-11-25T08:00:30Z'), 0, none, 'UTC')).toEqual(at('2026-11-25T08:00:30Z'));
  });
});

describe("quiet hours on the organization's clock", () => {
  it('hold by the local time when the UTC day is already the next one', () => {
    // 2026-03-01T06:30Z is 22:30 on Feb 28 in Los Angeles (PST, UTC-8): held until 08:00 PST on Mar 1.
    expect(deliveryTime(at('2026-03-01T06:30:00Z'), 0, quiet('20:00', '08:00'), 'America/Los_Angeles')).toEqual(at('2026-03-01T16:00:00Z'));
    // In UTC the same instant is 06:30, also quiet, but it ends two hours later than in Los Angeles' clock.
    expect(deliveryTime(at('2026-03-01T06:30:00Z'), 0, quiet('20:00', '08:00'), 'UTC')).toEqual(at('2026-03-01T08:00:00Z'));
  });

  it('hold by the local time when the local day is already the next one', () => {
    // 2026-03-01T23:30Z is 12:30 on Mar 2 in Auckland (NZDT, UTC+13): held until 13:00 there.
    expect(deliveryTime(at('2026-03-01T23:30:00Z'), 0, quiet('12:00', '13:00'), 'Pacific/Auckland')).toEqual(at('2026-03-02T00:00:00Z'));
    // 23:30 in UTC is not quiet at all.
    expect(deliveryTime(at('2026-03-01T23:30:00Z'), 0, quiet('12:00', '13:00'), 'UTC')).toEqual(at('2026-03-01T23:30:00Z'));
  });
});

describe('quiet hours across daylight-saving changes', () => {
  const night = quiet('20:00', '08:00');

  it('end at 08:00 local on the night the clocks go forward', () => {
    // Berlin springs forward on 2026-03-29: 22:00 CET is 21:00 UTC, 08:00 CEST is 06:00 UTC.
    expect(deliveryTime(at('2026-03-28T21:00:00Z'), 0, night, 'Europe/Berlin')).toEqual(at('2026-03-29T06:00:00Z'));
    // Los Angeles springs forward on 2026-03-08: 22:00 PST on the 7th is 06:00 UTC, 08:00 PDT is 15:00 UTC.
    expect(deliveryTime(at('2026-03-08T06:00:00Z'), 0, night, 'America/Los_Angeles')).toEqual(at('2026-03-08T15:00:00Z'));
  });

  it('end at 08:00 local on the night the clocks go back', () => {
    // Berlin falls back on 2026-10-25: 21:00 CEST is 19:00 UTC, 08:00 CET is 07:00 UTC.
    expect(deliveryTime(at('2026-10-24T19:00:00Z'), 0, night, 'Europe/Berlin')).toEqual(at('2026-10-25T07:00:00Z'));
    // Auckland falls back on 2026-04-05: 21:00 NZDT on the 4th is 08:00 UTC, 08:00 NZST is 20:00 UTC.
    expect(deliveryTime(at('2026-04-04T08:00:00Z'), 0, night, 'Pacific/Auckland')).toEqual(at('2026-04-04T20:00:00Z'));
  });

  it('end at the jump when the clocks skip their end: the first minute past it on the wall clock', () => {
    // Quiet until 02:30 in Berlin on 2026-03-29, when 02:00 CET jumps to 03:00 CEST: 03:00 CEST is 01:00 UTC.
    expect(deliveryTime(at('2026-03-28T21:00:00Z'), 0, quiet('22:00', '02:30'), 'Europe/Berlin')).toEqual(at('2026-03-29T01:00:00Z'));
    expect(deliveryTime(at('2026-03-29T00:45:00Z'), 0, quiet('22:00', '02:30'), 'Europe/Berlin')).toEqual(at('2026-03-29T01:00:00Z'));
    // The case: 2027-03-27T20:00Z is 21:00 CET; quiet 20:00-02:30; 02:00 jumps to 03:00 on 2027-03-28.
    expect(deliveryTime(at('2027-03-27T20:00:00Z'), 0, quiet('20:00', '02:30'), 'Europe/Berlin')).toEqual(at('2027-03-28T01:00:00Z'));
    // Los Angeles (2026-03-08, 02:00 PST jumps to 03:00 PDT at 10:00 UTC), quiet until 02:59.
    expect(deliveryTime(at('2026-03-08T07:00:00Z'), 0, quiet('22:00', '02:59'), 'America/Los_Angeles')).toEqual(at('2026-03-08T10:00:00Z'));
    // Southern hemisphere: Sydney jumps from 02:00 AEST to 03:00 AEDT on 2026-10-04 (16:00 UTC on the 3rd), quiet until 02:15.
    expect(deliveryTime(at('2026-10-03T12:00:00Z'), 0, quiet('21:00', '02:15'), 'Australia/Sydney')).toEqual(at('2026-10-03T16:00:00Z'));
    // Lord Howe moves by half an hour (02:00 to 02:30 on 2026-10-04, 15:30 UTC on the 3rd), quiet until 02:10.
    expect(deliveryTime(at('2026-10-03T12:00:00Z'), 0, quiet('21:00', '02:10'), 'Australia/Lord_Howe')).toEqual(at('2026-10-03T15:30:00Z'));
    // Santiago skips midnight on 2026-09-06: 24:00 (UTC-4) is 01:00 (UTC-3), 04:00 UTC.
    expect(deliveryTime(at('2026-09-06T02:30:00Z'), 0, quiet('22:00', '00:00'), 'America/Santiago')).toEqual(at('2026-09-06T04:00:00Z'));
  });

  it('end the first time the clock reads their end, when that hour repeats', () => {
    // Berlin repeats 02:00-03:00 on 2026-10-25: the first 02:30 is 02:30 CEST, 00:30 UTC (the second is 01:30 UTC).
    expect(deliveryTime(at('2026-10-24T20:00:00Z'), 0, quiet('22:00', '02:30'), 'Europe/Berlin')).toEqual(at('2026-10-25T00:30:00Z'));
    // Sydney repeats 02:00-03:00 on 2026-04-05: the first 02:30 is 02:30 AEDT, 15:30 UTC on the 4th.
    expect(deliveryTime(at('2026-04-04T11:00:00Z'), 0, quiet('21:00', '02:30'), 'Australia/Sydney')).toEqual(at('2026-04-04T15:30:00Z'));
  });

  it('end at the midnight that follows, when the hour before it repeats', () => {
    // Santiago goes back from 24:00 (UTC-3) to 23:00 (UTC-4) on 2026-04-04: midnight comes at 04:00 UTC.
    expect(deliveryTime(at('2026-04-05T01:30:00Z'), 0, quiet('22:00', '00:00'), 'America/Santiago')).toEqual(at('2026-04-05T04:00:00Z'));
    expect(deliveryTime(at('2026-04-05T03:30:00Z'), 0, quiet('22:00', '00:00'), 'America/Santiago')).toEqual(at('2026-04-05T04:00:00Z'));
  });
});

describe('clock times', () => {
  it('read "HH:MM" as minutes after midnight', () => {
    expect(parseClockTime('00:00')).toBe(0);
    expect(parseClockTime('07:45')).toBe(7 * 60 + 45);
    expect(parseClockTime('20:00')).toBe(1200);
    expect(parseClockTime('23:59')).toBe(1439);
  });

  it('refuse anything but a 24-hour "HH:MM"', () => {
    for (const value of ['8:00', '24:00', '12:60', '07:45:30', 'x07:45', '07:45x', ' 07:45', '07:45 ', '0a:45', '07-45', '']) {
      expect(parseClockTime(value)).toBeNull();
    }
  });

  it('write minutes after midnight as "HH:MM", the inverse of reading them', () => {
    expect(formatClockTime(0)).toBe('00:00');
    expect(formatClockTime(465)).toBe('07:45');
    expect(formatClockTime(1439)).toBe('23:59');
    for (let minute = 0; minute < 1440; minute += 1) expect(parseClockTime(formatClockTime(minute))).toBe(minute);
  });

  it("read the minute of the day on the organization's clock", () => {
    expect(minuteOfDay(at('2026-03-01T06:30:00Z'), 'UTC')).toBe(6 * 60 + 30);
    expect(minuteOfDay(at('2026-03-01T06:30:00Z'), 'America/Los_Angeles')).toBe(22 * 60 + 30);
    expect(minuteOfDay(at('2026-03-01T23:30:00Z'), 'Pacific/Auckland')).toBe(12 * 60 + 30);
    expect(minuteOfDay(at('2026-03-01T23:59:59Z'), 'UTC')).toBe(1439);
  });
});
