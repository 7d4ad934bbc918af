import { NEXT_STEP_KINDS } from '../next-step-kind';
import { NEXT_STEP_KIND_FIELDS, STEP_DETAIL_FIELDS, stepKindTakes } from '../next-step-fields';

describe('which details each kind of step takes', () => {
  it('gives calls and interviews a start and a length, with a link or a place where they have one', () => {
    expect(NEXT_STEP_KIND_FIELDS.PHONE_SCREEN).toEqual(['startsAt', 'durationMinutes', 'meetingUrl']);
    expect(NEXT_STEP_KIND_FIELDS.VIDEO_INTERVIEW).toEqual(['startsAt', 'durationMinutes', 'meetingUrl']);
    expect(NEXT_STEP_KIND_FIELDS.IN_PERSON).toEqual(['startsAt', 'durationMinutes', 'location']);
  });

  it('gives tests and take-home work a deadline and an optional start and length (a timed window), and no place or link', () => {
    for (const kind of ['WRITTEN_TEST', 'PERSONALITY_TEST', 'TAKE_HOME'] as const) {
      expect(NEXT_STEP_KIND_FIELDS[kind]).toEqual(['startsAt', 'dueAt', 'durationMinutes']);
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
