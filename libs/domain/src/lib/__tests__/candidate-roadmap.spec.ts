import { candidateRoadmap, stepAnchor, stepIsBehind, stepsAfterPromise } from '../candidate-roadmap';

const now = new Date('2026-11-29T12:00:00Z');
const at = (iso: string) => new Date(iso);

describe('candidateRoadmap', () => {
  it('lists dated steps by date, whatever the team typed first, and undated ones after in the team order', () => {
    const steps = [
      { id: 'dec4', state: 'PLANNED' as const, startsAt: at('2026-12-04T10:00:00Z') },
      { id: 'undated-a', state: 'PLANNED' as const },
      { id: 'dec3', state: 'PLANNED' as const, dueAt: at('2026-12-03T17:00:00Z') },
      { id: 'undated-b', state: 'PLANNED' as const },
      { id: 'dec2', state: 'PLANNED' as const, startsAt: at('2026-12-02T09:00:00Z'), dueAt: at('2026-12-05T09:00:00Z') },
    ];
    const { ahead, behind } = candidateRoadmap(steps, now);
    expect(ahead.map((s) => s.id)).toEqual(['dec2', 'dec3', 'dec4', 'undated-a', 'undated-b']);
    expect(behind).toEqual([]);
  });

  it('puts a dated step before an undated one whichever comes first', () => {
    const undated = { id: 'undated', state: 'PLANNED' as const };
    const dated = { id: 'dated', state: 'PLANNED' as const, dueAt: at('2026-12-03T17:00:00Z') };
    expect(candidateRoadmap([undated, dated], now).ahead.map((s) => s.id)).toEqual(['dated', 'undated']);
    expect(candidateRoadmap([dated, undated], now).ahead.map((s) => s.id)).toEqual(['dated', 'undated']);
  });

  it('moves done steps and steps whose time has gone by to the past, in date order', () => {
    const steps = [
      { id: 'test-yesterday', state: 'PLANNED' as const, dueAt: at('2026-11-28T17:00:00Z') },
      { id: 'call-yesterday', state: 'PLANNED' as const, startsAt: at('2026-11-28T09:00:00Z'), durationMinutes: 30 },
      { id: 'done-but-ahead', state: 'DONE' as const, startsAt: at('2026-12-10T09:00:00Z') },
      { id: 'tomorrow', state: 'PLANNED' as const, startsAt: at('2026-11-30T09:00:00Z') },
    ];
    const { ahead, behind } = candidateRoadmap(steps, now);
    expect(ahead.map((s) => s.id)).toEqual(['tomorrow']);
    expect(behind.map((s) => s.id)).toEqual(['call-yesterday', 'test-yesterday', 'done-but-ahead']);
  });

  it('keeps a decision ahead until it is made, even once its day has passed', () => {
    const late = { kind: 'DECISION' as const, state: 'PLANNED' as const, dueAt: at('2026-11-28T17:00:00Z') };
    expect(stepIsBehind(late, now)).toBe(false);
    expect(stepIsBehind({ ...late, state: 'DONE' as const }, now)).toBe(true);
    expect(stepIsBehind({ ...late, kind: 'TAKE_HOME' as const }, now)).toBe(true);
  });

  it('keeps a call that is under way ahead until its end', () => {
    const call = { state: 'PLANNED' as const, startsAt: at('2026-11-29T11:30:00Z'), durationMinutes: 45 };
    expect(stepIsBehind(call, now)).toBe(false);
    expect(stepIsBehind(call, at('2026-11-29T12:15:00Z'))).toBe(true);
    expect(stepIsBehind(call, at('2026-11-29T12:14:59Z'))).toBe(false);
  });

  it('never puts an undated planned step behind', () => {
    expect(stepIsBehind({ state: 'PLANNED' }, now)).toBe(false);
    expect(stepAnchor({})).toBeNull();
  });
});

describe('stepsAfterPromise', () => {
  const interview = { id: 'video', state: 'PLANNED' as const, startsAt: at('2026-12-01T17:00:00Z') };

  it('names a booked step on a day after the promised day', () => {
    expect(stepsAfterPromise('2026-11-30', [interview], 'America/Los_Angeles', now)).toEqual([interview]);
  });

  it('reads the step day in the organization zone: 01:00 UTC on Dec 1 is still Nov 30 in Los Angeles', () => {
    const lateCall = { state: 'PLANNED' as const, startsAt: at('2026-12-01T01:00:00Z') };
    expect(stepsAfterPromise('2026-11-30', [lateCall], 'America/Los_Angeles', now)).toEqual([]);
    expect(stepsAfterPromise('2026-11-30', [lateCall], 'Europe/Berlin', now)).toEqual([lateCall]);
  });

  it('is quiet for a step on the promised day, a done or cancelled step, a past step, an undated step or no promise', () => {
    const steps = [
      { state: 'PLANNED' as const, startsAt: at('2026-11-30T20:00:00Z') },
      { state: 'DONE' as const, startsAt: at('2026-12-02T17:00:00Z') },
      { state: 'CANCELLED' as const, startsAt: at('2026-12-02T17:00:00Z') },
      { state: 'PLANNED' as const },
    ];
    expect(stepsAfterPromise('2026-11-30', steps, 'America/Los_Angeles', now)).toEqual([]);
    expect(stepsAfterPromise(null, [interview], 'America/Los_Angeles', now)).toEqual([]);
    expect(stepsAfterPromise('2026-11-20', [{ state: 'PLANNED' as const, dueAt: at('2026-11-25T12:00:00Z') }], 'UTC', now)).toEqual([]);
  });
});
