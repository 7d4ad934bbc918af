import { currentTimeZoneName, timeZoneOptions } from '../time-zones';

describe('time zone names and choices', () => {
  it('gives old aliases their current names', () => {
    expect(currentTimeZoneName('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(currentTimeZoneName('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(currentTimeZoneName('US/Eastern')).toBe('America/New_York');
    expect(currentTimeZoneName('Etc/UTC')).toBe('UTC');
    expect(currentTimeZoneName('Europe/Berlin')).toBe('Europe/Berlin');
    expect(currentTimeZoneName('Not/AZone')).toBe('Not/AZone');
  });

  it('offers current names with their offsets, UTC first, without aliases or Etc/GMT zones', () => {
    const options = timeZoneOptions('UTC');
    const labels = new Map(options.map((o) => [o.value, o.label]));
    expect(options[0]).toEqual({ value: 'UTC', label: 'UTC' });
    expect(labels.get('Asia/Kolkata')).toBe('Asia/Kolkata (UTC+05:30)');
    expect(labels.get('Europe/Berlin')).toBe('Europe/Berlin (UTC+01:00, summer +02:00)');
    expect(labels.get('America/Los_Angeles')).toBe('America/Los Angeles (UTC-08:00, summer -07:00)');
    for (const gone of ['Asia/Calcutta', 'Europe/Kiev', 'Etc/GMT+5', 'US/Pacific']) expect(labels.has(gone)).toBe(false);
    const values = options.slice(1).map((o) => o.value);
    expect(values).toEqual([...values].sort((a, b) => a.localeCompare(b)));
    expect(new Set(values).size).toBe(values.length);
  });

  it('keeps the current choice even when it is not in the list', () => {
    expect(timeZoneOptions('Mars/Olympus_Mons')).toContainEqual({ value: 'Mars/Olympus_Mons', label: 'Mars/Olympus Mons' });
  });
});

describe('zones of their own country', () => {
  it('keeps and offers zones the tz database merged with another country’s', () => {
    for (const zone of ['Europe/Amsterdam', 'Europe/Oslo', 'Atlantic/Reykjavik', 'Asia/Kuala_Lumpur', 'America/Nassau']) {
      expect(currentTimeZoneName(zone)).toBe(zone);
      expect(timeZoneOptions('UTC').some((o) => o.value === zone)).toBe(true);
    }
    expect(currentTimeZoneName('Asia/Rangoon')).toBe('Asia/Yangon');
  });
});
