import { FunnelStage, median, stageFunnel, StageStay } from '../stage-funnel';
import { StageKind } from '../stage-kind';

const day = (n: number) => new Date(Date.UTC(2026, 10, 1) + n * 86_400_000);
const stay = (candidateId: string, stageId: string, from: number, to: number | null): StageStay => ({
  candidateId,
  stageId,
  enteredAt: day(from),
  leftAt: to === null ? null : day(to),
});

/** Stages before the outcomes by name; a name in `kinds` gets that kind. */
const pipeline = (ids: string[], kinds: Record<string, StageKind> = {}): FunnelStage[] => ids.map((id) => ({ id, kind: kinds[id] ?? 'INTERVIEW' }));
const OUTCOMES: Record<string, StageKind> = { hired: 'HIRED', rejected: 'REJECTED', withdrawn: 'WITHDRAWN' };

describe('the job funnel', () => {
  it('takes the median of odd and even counts, and none of nothing', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('counts who reached each stage, who is there now and the median finished stay, in pipeline order', () => {
    const rows = stageFunnel(
      pipeline(['applied', 'screen', 'offer']),
      [
        stay('ann', 'applied', 0, 2),
        stay('ann', 'screen', 2, 9),
        stay('ben', 'applied', 0, 4),
        stay('ben', 'screen', 4, null),
        stay('cat', 'applied', 1, null),
      ],
    );
    expect(rows).toEqual([
      { stageId: 'applied', reached: 3, current: 1, medianDays: 3, finishedStays: 2 },
      { stageId: 'screen', reached: 2, current: 1, medianDays: 7, finishedStays: 1 },
      { stageId: 'offer', reached: 0, current: 0, medianDays: null, finishedStays: 0 },
    ]);
  });

  it('counts a candidate who came back to a stage once in reached, and each finished stay in the median', () => {
    const rows = stageFunnel(
      pipeline(['applied', 'screen']),
      [stay('ann', 'applied', 0, 1), stay('ann', 'screen', 1, 2), stay('ann', 'applied', 2, 6), stay('ann', 'screen', 6, null)],
    );
    expect(rows[0]).toEqual({ stageId: 'applied', reached: 1, current: 0, medianDays: 2.5, finishedStays: 2 });
    expect(rows[1]).toEqual({ stageId: 'screen', reached: 1, current: 1, medianDays: 1, finishedStays: 1 });
  });

  it('rounds to tenths of a day and ignores stays in stages no longer in the pipeline', () => {
    const rows = stageFunnel(
      pipeline(['applied']),
      [
        { candidateId: 'ann', stageId: 'applied', enteredAt: day(0), leftAt: new Date(day(0).getTime() + 5 * 3_600_000) },
        stay('ben', 'removed', 0, 3),
      ],
    );
    expect(rows).toEqual([{ stageId: 'applied', reached: 1, current: 0, medianDays: 0.2, finishedStays: 1 }]);
  });

  it('counts a candidate added straight into a later stage as having reached the earlier ones (never 200%)', () => {
    // The example: two candidates added straight into the phone screen, nobody in Applied.
    const rows = stageFunnel(pipeline(['applied', 'screen', 'interview']), [stay('ann', 'screen', 0, null), stay('ben', 'screen', 1, null)]);
    expect(rows.map((row) => row.reached)).toEqual([2, 2, 0]);
    // Before the fix Applied counted nobody and the phone screen 2, which the page showed as 200%.
    expect(rows[1].reached / rows[0].reached).toBeLessThanOrEqual(1);
    // Who is there now and the time spent stay facts about the stage itself.
    expect(rows[0]).toEqual({ stageId: 'applied', reached: 2, current: 0, medianDays: null, finishedStays: 0 });
  });

  it('only narrows along the stages before the outcomes, whatever order candidates skipped in', () => {
    const rows = stageFunnel(pipeline(['applied', 'screen', 'interview', 'offer']), [
      stay('ann', 'applied', 0, 1),
      stay('ann', 'offer', 1, null),
      stay('ben', 'interview', 0, null),
      stay('cat', 'applied', 0, 2),
      stay('cat', 'screen', 2, null),
      stay('dan', 'applied', 0, null),
    ]);
    expect(rows.map((row) => row.reached)).toEqual([4, 3, 2, 1]);
    expect(rows.map((row) => row.current)).toEqual([1, 1, 1, 1]);
  });

  it('lets an outcome imply only the stages the candidate really was in before it', () => {
    const stages = pipeline(['applied', 'screen', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'], OUTCOMES);
    const rows = stageFunnel(stages, [
      // Turned down after the phone screen: reached Applied and the screen, not the interview or the offer.
      stay('ann', 'applied', 0, 1),
      stay('ann', 'screen', 1, 3),
      stay('ann', 'rejected', 3, null),
      // Hired after the whole process.
      stay('ben', 'applied', 0, 1),
      stay('ben', 'screen', 1, 2),
      stay('ben', 'interview', 2, 4),
      stay('ben', 'offer', 4, 5),
      stay('ben', 'hired', 5, null),
      // Added straight into "Not selected" (an import of old applications): entered the pipeline, nothing more.
      stay('cat', 'rejected', 0, null),
    ]);
    const reached = Object.fromEntries(rows.map((row) => [row.stageId, row.reached]));
    expect(reached).toEqual({ applied: 3, screen: 2, interview: 1, offer: 1, hired: 1, rejected: 2, withdrawn: 0 });
    expect(rows.every((row) => row.reached <= rows[0].reached)).toBe(true);
  });

  it('counts a candidate who went back to an earlier stage by the furthest stage they were in', () => {
    const rows = stageFunnel(pipeline(['applied', 'screen', 'interview']), [stay('ann', 'interview', 0, 1), stay('ann', 'screen', 1, null)]);
    expect(rows.map((row) => row.reached)).toEqual([1, 1, 1]);
    expect(rows.map((row) => row.current)).toEqual([0, 1, 0]);
  });
});
