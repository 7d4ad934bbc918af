import { currentTimeZoneName, ZoneRecord } from '../time-zone-names';

// A slice of the tz database as countries-and-timezones gives it.
const ZONES: ZoneRecord[] = [
  { name: 'Asia/Kolkata', aliasOf: null, countries: ['IN'] },
  { name: 'Asia/Calcutta', aliasOf: 'Asia/Kolkata', countries: ['IN'] },
  { name: 'Europe/Kyiv', aliasOf: null, countries: ['UA'] },
  { name: 'Europe/Kiev', aliasOf: 'Europe/Kyiv', countries: ['UA'] },
  { name: 'Asia/Yangon', aliasOf: null, countries: ['MM', 'CC'] },
  { name: 'Asia/Rangoon', aliasOf: 'Asia/Yangon', countries: ['MM'] },
  { name: 'Europe/Brussels', aliasOf: null, countries: ['BE', 'LU', 'NL'] },
  { name: 'Europe/Amsterdam', aliasOf: 'Europe/Brussels', countries: ['NL'] },
  { name: 'Africa/Abidjan', aliasOf: null, countries: ['CI', 'IS'] },
  { name: 'Atlantic/Reykjavik', aliasOf: 'Africa/Abidjan', countries: ['IS'] },
  { name: 'Etc/UTC', aliasOf: null, countries: [] },
  { name: 'UTC', aliasOf: 'Etc/UTC', countries: [] },
  { name: 'Etc/Zulu', aliasOf: 'UTC', countries: [] },
  { name: 'Etc/GMT+5', aliasOf: null, countries: [] },
  { name: 'Old/Empty', aliasOf: 'Etc/UTC', countries: ['XX'] },
];
const lookup = (name: string) => ZONES.find((z) => z.name === name) ?? null;

describe('currentTimeZoneName', () => {
  it('ends on a loop of links (bad data) after a few hops instead of running forever', () => {
    const loop = (name: string) => ({ name, aliasOf: name === 'Loop/A' ? 'Loop/B' : 'Loop/A', countries: ['LL'] });
    expect(['Loop/A', 'Loop/B']).toContain(currentTimeZoneName('Loop/A', loop));
  });

  it('renames zones whose link points at their own country zone', () => {
    expect(currentTimeZoneName('Asia/Calcutta', lookup)).toBe('Asia/Kolkata');
    expect(currentTimeZoneName('Europe/Kiev', lookup)).toBe('Europe/Kyiv');
    expect(currentTimeZoneName('Asia/Rangoon', lookup)).toBe('Asia/Yangon');
  });

  it('keeps zones the tz database merged with another country’s', () => {
    expect(currentTimeZoneName('Europe/Amsterdam', lookup)).toBe('Europe/Amsterdam');
    expect(currentTimeZoneName('Atlantic/Reykjavik', lookup)).toBe('Atlantic/Reykjavik');
    expect(currentTimeZoneName('Old/Empty', lookup)).toBe('Old/Empty');
  });

  it('calls UTC and its aliases UTC, follows chains of links, and keeps current and unknown names', () => {
    expect(currentTimeZoneName('Etc/UTC', lookup)).toBe('UTC');
    expect(currentTimeZoneName('UTC', lookup)).toBe('UTC');
    expect(currentTimeZoneName('Etc/Zulu', lookup)).toBe('UTC');
    expect(currentTimeZoneName('Etc/GMT+5', lookup)).toBe('Etc/GMT+5');
    expect(currentTimeZoneName('Asia/Kolkata', lookup)).toBe('Asia/Kolkata');
    expect(currentTimeZoneName('Mars/Olympus_Mons', lookup)).toBe('Mars/Olympus_Mons');
  });
});
