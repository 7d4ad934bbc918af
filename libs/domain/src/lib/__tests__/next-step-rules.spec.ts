import { isSafeWebUrl, nextStepEndsAt, nextStepTimingProblems } from '../next-step-rules';

const now = new Date('2026-11-25T12:00:00Z');
const DAY_MS = 86_400_000;
const after = (ms: number) => new Date(now.getTime() + ms);

describe('when a step happens', () => {
  it('accepts undated, event, deadline and windowed steps', () => {
    expect(nextStepTimingProblems({}, now)).toEqual([]);
    expect(nextStepTimingProblems({ startsAt: null, dueAt: null, durationMinutes: null }, now)).toEqual([]);
    expect(nextStepTimingProblems({ startsAt: new Date('2026-12-01T09:00:00Z'), durationMinutes: 45 }, now)).toEqual([]);
    expect(nextStepTimingProblems({ dueAt: new Date('2026-12-04T17:00:00Z') }, now)).toEqual([]);
    expect(nextStepTimingProblems({ startsAt: new Date('2026-12-01T09:00:00Z'), dueAt: new Date('2026-12-04T17:00:00Z') }, now)).toEqual([]);
  });

  it.each(['startsAt', 'dueAt'] as const)('dates %s at most 732 days (two years) from now, either way', (field) => {
    const problem = { field, message: 'must be within 732 days of today' };
    expect(nextStepTimingProblems({ [field]: after(732 * DAY_MS) }, now)).toEqual([]);
    expect(nextStepTimingProblems({ [field]: after(-732 * DAY_MS) }, now)).toEqual([]);
    expect(nextStepTimingProblems({ [field]: after(732 * DAY_MS + 1) }, now)).toEqual([problem]);
    expect(nextStepTimingProblems({ [field]: after(-732 * DAY_MS - 1) }, now)).toEqual([problem]);
  });

  it('names both dates when both are too far away', () => {
    expect(nextStepTimingProblems({ startsAt: after(800 * DAY_MS), dueAt: after(801 * DAY_MS) }, now).map((p) => p.field)).toEqual(['startsAt', 'dueAt']);
  });

  it('wants a deadline after the start, not at it', () => {
    const startsAt = new Date('2026-12-02T09:00:00Z');
    const problem = { field: 'dueAt', message: 'must be after startsAt' };
    expect(nextStepTimingProblems({ startsAt, dueAt: new Date('2026-12-01T09:00:00Z') }, now)).toEqual([problem]);
    expect(nextStepTimingProblems({ startsAt, dueAt: new Date(startsAt.getTime()) }, now)).toEqual([problem]);
    expect(nextStepTimingProblems({ startsAt, dueAt: new Date(startsAt.getTime() + 60_000) }, now)).toEqual([]);
  });
});

describe('how long a step lasts', () => {
  const startsAt = new Date('2026-12-01T09:00:00Z');
  const outOfRange = { field: 'durationMinutes', message: 'must be a whole number of minutes from 1 to 1440' };

  it('takes whole minutes from 1 to 1440 (a day)', () => {
    expect(nextStepTimingProblems({ startsAt, durationMinutes: 1 }, now)).toEqual([]);
    expect(nextStepTimingProblems({ startsAt, durationMinutes: 1440 }, now)).toEqual([]);
    for (const durationMinutes of [0, -30, 1441, 1.5]) {
      expect(nextStepTimingProblems({ startsAt, durationMinutes }, now)).toEqual([outOfRange]);
    }
  });

  it('belongs to an event: a duration needs a start', () => {
    expect(nextStepTimingProblems({ durationMinutes: 30 }, now)).toEqual([{ field: 'durationMinutes', message: 'needs startsAt' }]);
    expect(nextStepTimingProblems({ dueAt: new Date('2026-12-04T17:00:00Z'), durationMinutes: 0 }, now)).toEqual([
      { field: 'durationMinutes', message: 'needs startsAt' },
      outOfRange,
    ]);
  });
});

describe('video links', () => {
  it('allows plain web addresses', () => {
    expect(isSafeWebUrl('https://meet.example.com/abc')).toBe(true);
    expect(isSafeWebUrl('http://zoom.example/j/1')).toBe(true);
    expect(isSafeWebUrl('HTTPS://MEET.EXAMPLE.COM/abc')).toBe(true);
  });

  it('refuses every other scheme, even with a host', () => {
    for (const value of ['ftp://files.example.com/x', 'mailto:someone@example.com', 'javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'ws://meet.example.com/']) {
      expect(isSafeWebUrl(value)).toBe(false);
    }
  });

  it('refuses addresses without a host and text that is not an address', () => {
    for (const value of ['https://', 'http:///', 'https://:443/', '/relative/path', 'not a url', '']) expect(isSafeWebUrl(value)).toBe(false);
  });

  it('allows addresses of up to 2000 characters', () => {
    const base = 'https://x.example/';
    expect(isSafeWebUrl(base + 'a'.repeat(2000 - base.length))).toBe(true);
    expect(isSafeWebUrl(base + 'a'.repeat(2001 - base.length))).toBe(false);
  });
});

describe('when a step counts as past', () => {
  it('is its deadline when it has one, else its start plus its duration, else its start', () => {
    expect(nextStepEndsAt({ startsAt: now, dueAt: new Date('2026-12-04T00:00:00Z'), durationMinutes: 30 })).toEqual(new Date('2026-12-04T00:00:00Z'));
    expect(nextStepEndsAt({ startsAt: new Date('2026-12-01T09:00:00Z'), durationMinutes: 30 })).toEqual(new Date('2026-12-01T09:30:00Z'));
    expect(nextStepEndsAt({ startsAt: new Date('2026-12-01T09:00:00Z') })).toEqual(new Date('2026-12-01T09:00:00Z'));
  });

  it('is unknown for an undated step', () => {
    expect(nextStepEndsAt({})).toBeNull();
    expect(nextStepEndsAt({ durationMinutes: 30 })).toBeNull();
  });
});
