import { median, stageFunnel, StageStay } from '../stage-funnel';

const day = (n: number) => new Date(Date.UTC(2026, 10, 1) + n * 86_400_000);
const stay = (candidateId: string, stageId: string, from: number, to: number | null): StageStay => ({
  candidateId,
  stageId,
  enteredAt: day(from),
  leftAt: to === null ? null : day(to),
});

describe('the job funnel', () => {
  it('takes the median of odd and even counts, and none of nothing', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('counts who reached each stage, who is there now and the median finished stay, in pipeline order', () => {
    const rows = stageFunnel(
      ['applied', 'screen', 'offer'],
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
      ['applied', 'screen'],
      [stay('ann', 'applied', 0, 1), stay('ann', 'screen', 1, 2), stay('ann', 'applied', 2, 6), stay('ann', 'screen', 6, null)],
    );
    expect(rows[0]).toEqual({ stageId: 'applied', reached: 1, current: 0, medianDays: 2.5, finishedStays: 2 });
    expect(rows[1]).toEqual({ stageId: 'screen', reached: 1, current: 1, medianDays: 1, finishedStays: 1 });
  });

  it('rounds to tenths of a day and ignores stays in stages no longer in the pipeline', () => {
    const rows = stageFunnel(
      ['applied'],
      [
        { candidateId: 'ann', stageId: 'applied', enteredAt: day(0), leftAt: new Date(day(0).getTime() + 5 * 3_600_000) },
        stay('ben', 'removed', 0, 3),
      ],
    );
    expect(rows).toEqual([{ stageId: 'applied', reached: 1, current: 0, medianDays: 0.2, finishedStays: 1 }]);
  });
});
