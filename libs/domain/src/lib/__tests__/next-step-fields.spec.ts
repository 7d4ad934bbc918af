import { NEXT_STEP_KINDS } from '../next-step-kind';
import { NEXT_STEP_KIND_FIELDS, STEP_DETAIL_FIELDS, stepKindFieldProblems, stepKindTakes } from '../next-step-fields';

describe('which details each kind of step takes', () => {
  it('gives calls and interviews a start and a length, with a link or a place where they have one', () => {
    expect(NEXT_STEP_KIND_FIELDS.PHONE_SCREEN).toEqual(['startsAt', 'durationMinutes']);
    expect(NEXT_STEP_KIND_FIELDS.VIDEO_INTERVIEW).toEqual(['startsAt', 'durationMinutes', 'meetingUrl']);
    expect(NEXT_STEP_KIND_FIELDS.IN_PERSON).toEqual(['startsAt', 'durationMinutes', 'location']);
  });

  it('gives tests and take-home work a deadline and an optional start (a window), and nothing else', () => {
    for (const kind of ['WRITTEN_TEST', 'PERSONALITY_TEST', 'TAKE_HOME'] as const) {
      expect(NEXT_STEP_KIND_FIELDS[kind]).toEqual(['startsAt', 'dueAt']);
      expect(stepKindTakes(kind, 'durationMinutes')).toBe(false);
      expect(stepKindTakes(kind, 'location')).toBe(false);
      expect(stepKindTakes(kind, 'meetingUrl')).toBe(false);
    }
  });

  it('gives a decision only its day, and OTHER every detail', () => {
    expect(NEXT_STEP_KIND_FIELDS.DECISION).toEqual(['dueAt']);
    expect(NEXT_STEP_KIND_FIELDS.OTHER).toEqual(STEP_DETAIL_FIELDS);
  });

  it('covers every kind, and every kind takes at least one detail; a duration always comes with a start', () => {
    for (const kind of NEXT_STEP_KINDS) {
      expect(NEXT_STEP_KIND_FIELDS[kind].length).toBeGreaterThan(0);
      if (stepKindTakes(kind, 'durationMinutes')) expect(stepKindTakes(kind, 'startsAt')).toBe(true);
    }
  });
});

describe('details a kind does not take', () => {
  it('names each detail with a value that the kind does not take, in field order', () => {
    const all = { meetingUrl: 'https://meet.example/x', location: 'Office', durationMinutes: 30, dueAt: new Date(), startsAt: new Date() };
    expect(stepKindFieldProblems('WRITTEN_TEST', all)).toEqual([
      { field: 'durationMinutes', message: 'does not apply to this kind of step (Writing test)' },
      { field: 'location', message: 'does not apply to this kind of step (Writing test)' },
      { field: 'meetingUrl', message: 'does not apply to this kind of step (Writing test)' },
    ]);
    expect(stepKindFieldProblems('DECISION', all).map((p) => p.field)).toEqual(['startsAt', 'durationMinutes', 'location', 'meetingUrl']);
    expect(stepKindFieldProblems('OTHER', all)).toEqual([]);
  });

  it('lets empty details through: null, undefined and an empty string clear a value, whatever the kind', () => {
    expect(stepKindFieldProblems('PHONE_SCREEN', { location: null, meetingUrl: '', dueAt: undefined })).toEqual([]);
    expect(stepKindFieldProblems('PHONE_SCREEN', {})).toEqual([]);
  });

  it('counts zero and false as values (a refused duration of 0 is still named)', () => {
    expect(stepKindFieldProblems('DECISION', { durationMinutes: 0 })).toEqual([
      { field: 'durationMinutes', message: 'does not apply to this kind of step (Decision)' },
    ]);
  });

  it('accepts what each kind takes', () => {
    const value = { startsAt: new Date(), dueAt: new Date(), durationMinutes: 30, location: 'Office', meetingUrl: 'https://meet.example/x' };
    for (const kind of NEXT_STEP_KINDS) {
      const taken = Object.fromEntries(NEXT_STEP_KIND_FIELDS[kind].map((field) => [field, value[field]]));
      expect(stepKindFieldProblems(kind, taken)).toEqual([]);
    }
  });
});
