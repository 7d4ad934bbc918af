import { DEFAULT_PIPELINE, stageTemplateFor } from '../default-pipeline';
import { entryStageIndex, isPermutation, pipelineProblems } from '../pipeline';

describe('pipelines', () => {
  it('ships a sound default pipeline with the endings last', () => {
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
    expect(DEFAULT_PIPELINE.every((s) => s.notifyCandidates && s.visibleToCandidates)).toBe(true);
  });

  it('rejects empty, oversized, duplicated and misordered pipelines', () => {
    expect(pipelineProblems([])).toEqual([{ field: 'stages', message: 'needs at least one stage' }]);
    const many = Array.from({ length: 21 }, (_, i) => ({ name: `S${i}`, kind: 'INTERVIEW' as const }));
    expect(pipelineProblems(many)[0].message).toMatch(/at most 20/);
    expect(
      pipelineProblems([
        { name: 'Chat', kind: 'SCREEN' },
        { name: ' chat ', kind: 'INTERVIEW' },
      ])[0].message,
    ).toMatch(/"chat" twice/);
    expect(pipelineProblems([{ name: 'Hired', kind: 'HIRED' }])[0].message).toMatch(/stage before the outcome/);
    expect(
      pipelineProblems([
        { name: 'Applied', kind: 'APPLIED' },
        { name: 'Hired', kind: 'HIRED' },
        { name: 'Interview', kind: 'INTERVIEW' },
      ])[0].message,
    ).toMatch(/outcome stages .* last/);
  });

  it('starts new candidates in the first stage that is not an outcome', () => {
    expect(entryStageIndex(DEFAULT_PIPELINE)).toBe(0);
    expect(entryStageIndex([{ name: 'Hired', kind: 'HIRED' }])).toBe(-1);
  });

  it('checks reorders name every stage once', () => {
    expect(isPermutation(['b', 'a'], ['a', 'b'])).toBe(true);
    expect(isPermutation(['a', 'a'], ['a', 'b'])).toBe(false);
    expect(isPermutation(['a'], ['a', 'b'])).toBe(false);
    expect(isPermutation(['a', 'c'], ['a', 'b'])).toBe(false);
  });

  it('gives a custom stage candidate-facing defaults from its kind', () => {
    expect(stageTemplateFor('Portfolio review', 'ASSESSMENT')).toMatchObject({
      candidateLabel: 'Portfolio review',
      candidateDescription: 'A test or exercise so you can show how you work.',
      defaultResponseDays: 7,
    });
    expect(stageTemplateFor('Signed', 'HIRED').defaultResponseDays).toBeNull();
  });
});
