import { isSafeWebUrl, nextStepEndsAt, nextStepTimingProblems } from '../next-step-rules';
import { roleAllows } from '../access';
import { isNextStepKind, NEXT_STEP_KIND_LABELS, NEXT_STEP_KINDS } from '../next-step-kind';
import { isFinalStageKind, isStageKind } from '../stage-kind';

describe('next step rules', () => {
  const now = new Date('2026-11-25T12:00:00Z');

  it('accepts undated, event and deadline steps', () => {
    expect(nextStepTimingProblems({}, now)).toEqual([]);
    expect(
      nextStepTimingProblems({ startsAt: new Date('2026-12-01T09:00:00Z'), durationMinutes: 45 }, now),
    ).toEqual([]);
    expect(nextStepTimingProblems({ dueAt: new Date('2026-12-04T17:00:00Z') }, now)).toEqual([]);
  });

  it('names the field of each broken rule', () => {
    expect(
      nextStepTimingProblems(
        { startsAt: new Date('2026-12-02T09:00:00Z'), dueAt: new Date('2026-12-01T09:00:00Z') },
        now,
      ),
    ).toEqual([{ field: 'dueAt', message: 'must be after startsAt' }]);
    expect(nextStepTimingProblems({ durationMinutes: 30 }, now)).toEqual([
      { field: 'durationMinutes', message: 'needs startsAt' },
    ]);
    expect(
      nextStepTimingProblems({ startsAt: new Date('2026-12-01T09:00:00Z'), durationMinutes: 0 }, now)[0].field,
    ).toBe('durationMinutes');
    expect(nextStepTimingProblems({ startsAt: new Date('2031-01-01T00:00:00Z') }, now)[0].field).toBe('startsAt');
  });

  it('allows only http and https links', () => {
    expect(isSafeWebUrl('https://meet.example.com/abc')).toBe(true);
    expect(isSafeWebUrl('http://zoom.example/j/1')).toBe(true);
    expect(isSafeWebUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeWebUrl('data:text/html,hi')).toBe(false);
    expect(isSafeWebUrl('not a url')).toBe(false);
    expect(isSafeWebUrl(`https://x.example/${'a'.repeat(2000)}`)).toBe(false);
  });

  it('knows when a step is past', () => {
    expect(nextStepEndsAt({})).toBeNull();
    expect(nextStepEndsAt({ startsAt: new Date('2026-12-01T09:00:00Z'), durationMinutes: 30 })).toEqual(
      new Date('2026-12-01T09:30:00Z'),
    );
    expect(nextStepEndsAt({ startsAt: now, dueAt: new Date('2026-12-04T00:00:00Z') })).toEqual(
      new Date('2026-12-04T00:00:00Z'),
    );
  });

  it('labels every step kind for candidates and recognises kinds', () => {
    for (const kind of NEXT_STEP_KINDS) expect(NEXT_STEP_KIND_LABELS[kind]).toBeTruthy();
    expect(isNextStepKind('WRITTEN_TEST')).toBe(true);
    expect(isNextStepKind('LUNCH')).toBe(false);
    expect(isStageKind('OFFER')).toBe(true);
    expect(isFinalStageKind('REJECTED')).toBe(true);
    expect(isFinalStageKind('OFFER')).toBe(false);
  });

  it('grants hiring managers moves but not job design or invitations', () => {
    expect(roleAllows('HIRING_MANAGER', 'candidates:move')).toBe(true);
    expect(roleAllows('HIRING_MANAGER', 'jobs:manage')).toBe(false);
    expect(roleAllows('RECRUITER', 'members:invite')).toBe(false);
    expect(roleAllows('ADMIN', 'members:invite')).toBe(true);
  });
});
