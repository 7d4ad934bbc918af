import { deliveryTime, formatClockTime, parseClockTime } from '../delivery-time';

const quiet = { startMinute: 20 * 60, endMinute: 8 * 60 };

describe('delivery time', () => {
  it('waits for the delay (the undo window)', () => {
    expect(deliveryTime(new Date('2026-11-25T10:00:00Z'), 60, null, 'UTC')).toEqual(new Date('2026-11-25T11:00:00Z'));
    expect(deliveryTime(new Date('2026-11-25T10:00:00Z'), 0, null, 'UTC')).toEqual(new Date('2026-11-25T10:00:00Z'));
  });

  it('holds emails inside quiet hours until they end, in the organization time zone', () => {
    // 21:30 in Berlin (20:30 UTC) is quiet: held until 08:00 Berlin = 07:00 UTC.
    expect(deliveryTime(new Date('2026-11-25T20:30:00Z'), 0, quiet, 'Europe/Berlin')).toEqual(new Date('2026-11-26T07:00:00Z'));
    // 06:00 in Berlin, after midnight: held until 08:00 the same day.
    expect(deliveryTime(new Date('2026-11-26T05:00:00Z'), 0, quiet, 'Europe/Berlin')).toEqual(new Date('2026-11-26T07:00:00Z'));
    // 12:00 is not quiet.
    expect(deliveryTime(new Date('2026-11-26T11:00:00Z'), 0, quiet, 'Europe/Berlin')).toEqual(new Date('2026-11-26T11:00:00Z'));
    // A delay that ends inside quiet hours is held too.
    expect(deliveryTime(new Date('2026-11-25T18:30:00Z'), 60, quiet, 'Europe/Berlin')).toEqual(new Date('2026-11-26T07:00:00Z'));
  });

  it('handles quiet hours that do not wrap midnight and a DST night', () => {
    expect(deliveryTime(new Date('2026-11-25T12:30:00Z'), 0, { startMinute: 12 * 60, endMinute: 13 * 60 }, 'UTC')).toEqual(new Date('2026-11-25T13:00:00Z'));
    // Berlin springs forward on 2026-03-29: 08:00 CEST is 06:00 UTC.
    expect(deliveryTime(new Date('2026-03-28T21:00:00Z'), 0, quiet, 'Europe/Berlin')).toEqual(new Date('2026-03-29T06:00:00Z'));
  });

  it('reads and writes clock times', () => {
    expect(parseClockTime('20:00')).toBe(1200);
    expect(parseClockTime('8:00')).toBeNull();
    expect(parseClockTime('24:00')).toBeNull();
    expect(formatClockTime(480)).toBe('08:00');
  });
});
