import { JourneyStage, journeyState, stagesReachedAfterMove } from '../stages-reached';

const pipeline = (...ids: string[]): JourneyStage[] => ids.map((id, position) => ({ id, position }));
const APPLIED_TO_OFFER = pipeline('applied', 'phone', 'assessment', 'interview', 'offer');

describe('stagesReachedAfterMove', () => {
  it('adds the stage left and the target on a forward move, in pipeline order', () => {
    expect(stagesReachedAfterMove(['applied'], 'applied', 'phone', APPLIED_TO_OFFER)).toEqual(['applied', 'phone']);
    expect(stagesReachedAfterMove(['applied', 'phone'], 'phone', 'interview', APPLIED_TO_OFFER)).toEqual(['applied', 'phone', 'interview']);
  });

  it('does not count stages jumped over', () => {
    expect(stagesReachedAfterMove(['applied'], 'applied', 'offer', APPLIED_TO_OFFER)).toEqual(['applied', 'offer']);
  });

  it('drops stages after the target on a move back (an undo): they were not gone through', () => {
    const reached = ['applied', 'phone', 'assessment', 'interview'];
    expect(stagesReachedAfterMove(reached, 'interview', 'phone', APPLIED_TO_OFFER)).toEqual(['applied', 'phone']);
    expect(stagesReachedAfterMove(reached, 'interview', 'assessment', APPLIED_TO_OFFER)).toEqual(['applied', 'phone', 'assessment']);
  });

  it('counts the stage left even when an earlier record missed it', () => {
    expect(stagesReachedAfterMove([], 'phone', 'interview', APPLIED_TO_OFFER)).toEqual(['phone', 'interview']);
  });

  it('keeps a reached stage a reorder put ahead until a move passes back over it, and drops stages no longer in the pipeline', () => {
    const reordered = pipeline('applied', 'assessment', 'interview', 'phone', 'offer');
    expect(stagesReachedAfterMove(['applied', 'phone', 'gone'], 'phone', 'offer', reordered)).toEqual(['applied', 'phone', 'offer']);
    expect(stagesReachedAfterMove(['applied', 'phone'], 'phone', 'interview', reordered)).toEqual(['applied', 'interview']);
  });

  it('reads positions, not the order the stages are listed in', () => {
    const shuffled = [...APPLIED_TO_OFFER].reverse();
    expect(stagesReachedAfterMove(['interview', 'applied'], 'interview', 'offer', shuffled)).toEqual(['applied', 'interview', 'offer']);
  });

  it('refuses a target outside the pipeline', () => {
    expect(() => stagesReachedAfterMove([], 'applied', 'elsewhere', APPLIED_TO_OFFER)).toThrow('elsewhere');
  });
});

describe('journeyState', () => {
  const [applied, phone, assessment, interview, offer] = APPLIED_TO_OFFER;

  it('is CURRENT for the current stage, DONE for stages gone through, UPCOMING ahead', () => {
    const reached = new Set(['applied', 'phone', 'interview']);
    expect([applied, phone, interview, offer].map((s) => journeyState(s, interview, reached))).toEqual(['DONE', 'DONE', 'CURRENT', 'UPCOMING']);
  });

  it('is SKIPPED, never DONE, for a stage before the current one the candidate never entered', () => {
    expect(journeyState(assessment, interview, new Set(['applied', 'phone', 'interview']))).toBe('SKIPPED');
  });

  it('stays DONE for a stage gone through that a reorder put ahead of the current one', () => {
    expect(journeyState({ id: 'phone', position: 4 }, { id: 'assessment', position: 2 }, new Set(['applied', 'phone', 'assessment']))).toBe('DONE');
  });

  it('is UPCOMING right after the current stage, and CURRENT wins over reached', () => {
    expect(journeyState(offer, interview, new Set())).toBe('UPCOMING');
    expect(journeyState(interview, interview, new Set(['interview']))).toBe('CURRENT');
  });
});
