import { DEFAULT_PIPELINE, stageTemplateFor } from '../default-pipeline';
import { entryStageIndex, isPermutation, PipelineStage, pipelineProblems } from '../pipeline';
import { StageKind, STAGE_KINDS } from '../stage-kind';

const stages = (count: number): PipelineStage[] => Array.from({ length: count }, (_, i) => ({ name: `Round ${i + 1}`, kind: 'INTERVIEW' }));

describe('the default pipeline', () => {
  it('is sound, with the endings last', () => {
    expect(pipelineProblems(DEFAULT_PIPELINE)).toEqual([]);
    expect(DEFAULT_PIPELINE.map((s) => s.name)).toEqual([
      'Applied',
      'Phone screen',
      'Video interview',
      'Assessment',
      'In-person interview',
      'Decision',
      'Offer',
      'Hired',
      'Not selected',
      'Withdrawn',
    ]);
  });

  it.each(DEFAULT_PIPELINE.map((stage) => [stage.name, stage] as const))('shows "%s" to candidates and emails them when they enter it', (_, stage) => {
    expect(stage.visibleToCandidates).toBe(true);
    expect(stage.notifyCandidates).toBe(true);
  });

  it.each(DEFAULT_PIPELINE.map((stage) => [stage.name, stage] as const))('words "%s" for candidates, with a label and a description of its own', (_, stage) => {
    expect(stage.candidateLabel.trim()).not.toBe('');
    expect(stage.candidateDescription.trim()).not.toBe('');
  });

  it('gives every stage kind a default stage', () => {
    expect(DEFAULT_PIPELINE.map((s) => s.kind)).toEqual([...STAGE_KINDS]);
  });

  it('holds only the rejection email back, for an hour, so a mistaken move can be undone', () => {
    expect(DEFAULT_PIPELINE.filter((s) => s.emailDelayMinutes !== 0).map((s) => [s.kind, s.emailDelayMinutes])).toEqual([['REJECTED', 60]]);
  });

  it('promises a reply in every stage but the outcomes', () => {
    for (const stage of DEFAULT_PIPELINE) {
      if (['HIRED', 'REJECTED', 'WITHDRAWN'].includes(stage.kind)) expect(stage.defaultResponseDays).toBeNull();
      else expect(stage.defaultResponseDays).toBeGreaterThan(0);
    }
  });
});

describe('a custom stage', () => {
  it("takes its kind's candidate-facing defaults, under its own name", () => {
    expect(stageTemplateFor('Portfolio review', 'ASSESSMENT')).toEqual({
      name: 'Portfolio review',
      kind: 'ASSESSMENT',
      candidateLabel: 'Portfolio review',
      candidateDescription: 'A test or exercise so you can show how you work.',
      visibleToCandidates: true,
      notifyCandidates: true,
      defaultResponseDays: 7,
      emailDelayMinutes: 0,
    });
    expect(stageTemplateFor('Signed', 'HIRED').defaultResponseDays).toBeNull();
    expect(stageTemplateFor('Thanks, but no', 'REJECTED').emailDelayMinutes).toBe(60);
  });

  it.each(STAGE_KINDS)('of kind %s is shown to candidates and emails them', (kind) => {
    expect(stageTemplateFor('Custom', kind)).toMatchObject({ visibleToCandidates: true, notifyCandidates: true });
  });

  it('of a kind without a default stage (one added to the contract later) gets plain defaults', () => {
    expect(stageTemplateFor('Reference check', 'REFERENCES' as StageKind)).toMatchObject({
      candidateLabel: 'Reference check',
      candidateDescription: '',
      visibleToCandidates: true,
      notifyCandidates: true,
      defaultResponseDays: 7,
      emailDelayMinutes: 0,
    });
  });
});

describe('pipeline rules', () => {
  it('needs at least one stage', () => {
    expect(pipelineProblems([])).toEqual([{ field: 'stages', message: 'needs at least one stage' }]);
    expect(pipelineProblems([], 'pipeline')).toEqual([{ field: 'pipeline', message: 'needs at least one stage' }]);
  });

  it('allows up to 20 stages', () => {
    expect(pipelineProblems(stages(20))).toEqual([]);
    expect(pipelineProblems(stages(21))).toEqual([{ field: 'stages', message: 'may have at most 20 stages' }]);
  });

  it('names a stage used twice, ignoring case and surrounding spaces', () => {
    expect(
      pipelineProblems([
        { name: 'Chat', kind: 'SCREEN' },
        { name: ' chat ', kind: 'INTERVIEW' },
      ]),
    ).toEqual([{ field: 'stages', message: 'has the stage name "chat" twice' }]);
  });

  it('keeps different words apart even when they share an upper case (Maße and Masse are both MASSE)', () => {
    expect(
      pipelineProblems([
        { name: 'Maße', kind: 'SCREEN' },
        { name: 'Masse', kind: 'INTERVIEW' },
      ]),
    ).toEqual([]);
  });

  it('needs a stage before the outcome', () => {
    expect(pipelineProblems([{ name: 'Hired', kind: 'HIRED' }])).toEqual([
      { field: 'stages', message: 'needs a stage before the outcome (HIRED, REJECTED, WITHDRAWN)' },
    ]);
  });

  it('lists the outcomes last, wherever the first one is', () => {
    const last = { field: 'stages', message: 'must list the outcome stages (HIRED, REJECTED, WITHDRAWN) last' };
    expect(
      pipelineProblems([
        { name: 'Applied', kind: 'APPLIED' },
        { name: 'Hired', kind: 'HIRED' },
        { name: 'Interview', kind: 'INTERVIEW' },
      ]),
    ).toEqual([last]);
    expect(
      pipelineProblems([
        { name: 'Hired', kind: 'HIRED' },
        { name: 'Applied', kind: 'APPLIED' },
      ]),
    ).toEqual([last]);
  });

  it('does not require outcome stages at all', () => {
    expect(
      pipelineProblems([
        { name: 'Applied', kind: 'APPLIED' },
        { name: 'Interview', kind: 'INTERVIEW' },
      ]),
    ).toEqual([]);
  });
});

describe('moving through a pipeline', () => {
  it('starts new candidates in the first stage that is not an outcome', () => {
    expect(entryStageIndex(DEFAULT_PIPELINE)).toBe(0);
    expect(entryStageIndex([{ name: 'Hired', kind: 'HIRED' }, { name: 'Applied', kind: 'APPLIED' }])).toBe(1);
    expect(entryStageIndex([{ name: 'Hired', kind: 'HIRED' }])).toBe(-1);
  });

  it('checks reorders name every stage once', () => {
    expect(isPermutation(['b', 'a'], ['a', 'b'])).toBe(true);
    expect(isPermutation([], [])).toBe(true);
    expect(isPermutation(['a', 'a'], ['a', 'b'])).toBe(false);
    expect(isPermutation(['a'], ['a', 'b'])).toBe(false);
    expect(isPermutation(['a', 'b', 'c'], ['a', 'b'])).toBe(false);
    expect(isPermutation(['a', 'c'], ['a', 'b'])).toBe(false);
  });
});
