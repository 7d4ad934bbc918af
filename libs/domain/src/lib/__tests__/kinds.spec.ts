import { isNextStepKind, NEXT_STEP_KIND_LABELS, NEXT_STEP_KINDS } from '../next-step-kind';
import { FINAL_STAGE_KINDS, isFinalStageKind, isStageKind, STAGE_KINDS } from '../stage-kind';

describe('stage kinds', () => {
  it('recognises every stage kind, exactly as spelled in the GraphQL contract', () => {
    for (const kind of STAGE_KINDS) expect(isStageKind(kind)).toBe(true);
    for (const value of ['LUNCH', 'offer', 'OFFER ', '', 'HIRED,REJECTED', ['OFFER'], 7, null, undefined]) expect(isStageKind(value)).toBe(false);
  });

  it('counts hired, not selected and withdrawn as outcomes, and nothing else', () => {
    expect(STAGE_KINDS.filter(isFinalStageKind)).toEqual(['HIRED', 'REJECTED', 'WITHDRAWN']);
    expect(FINAL_STAGE_KINDS.every(isStageKind)).toBe(true);
  });
});

describe('next step kinds', () => {
  it('recognises every step kind, exactly as spelled in the GraphQL contract', () => {
    for (const kind of NEXT_STEP_KINDS) expect(isNextStepKind(kind)).toBe(true);
    for (const value of ['LUNCH', 'written_test', '', ['WRITTEN_TEST'], 3, null]) expect(isNextStepKind(value)).toBe(false);
  });

  it('labels every kind for candidates, each differently', () => {
    const labels = NEXT_STEP_KINDS.map((kind) => NEXT_STEP_KIND_LABELS[kind]);
    expect(labels.every((label) => label.trim().length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(NEXT_STEP_KINDS.length);
  });
});
