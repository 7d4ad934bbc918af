import { outcomePending, pendingOutcomeAfterMove, undoesPendingOutcome } from '../outcome-window';

const now = new Date('2026-12-01T10:00:00Z');
const from = { stageId: 'interview', promise: '2026-12-04' };

describe('pendingOutcomeAfterMove', () => {
  it('holds an outcome back for its stage delay, showing the stage and promise from before', () => {
    expect(pendingOutcomeAfterMove({ targetKind: 'REJECTED', delayMinutes: 60, now, from, pending: null })).toEqual({
      until: new Date('2026-12-01T11:00:00Z'),
      stageBeforeId: 'interview',
      promiseBefore: '2026-12-04',
    });
    expect(pendingOutcomeAfterMove({ targetKind: 'HIRED', delayMinutes: 1, now, from, pending: null })?.until).toEqual(new Date('2026-12-01T10:01:00Z'));
  });

  it('has nothing pending for a stage that is not an outcome, or an outcome without a delay', () => {
    expect(pendingOutcomeAfterMove({ targetKind: 'INTERVIEW', delayMinutes: 60, now, from, pending: null })).toBeNull();
    expect(pendingOutcomeAfterMove({ targetKind: 'WITHDRAWN', delayMinutes: 0, now, from, pending: null })).toBeNull();
  });

  it('keeps what the candidate saw before the first outcome when moved from one pending outcome to another, with a new window', () => {
    const pending = { until: new Date('2026-12-01T10:30:00Z'), stageBeforeId: 'offer', promiseBefore: null };
    expect(pendingOutcomeAfterMove({ targetKind: 'WITHDRAWN', delayMinutes: 15, now, from: { stageId: 'rejected', promise: null }, pending })).toEqual({
      until: new Date('2026-12-01T10:15:00Z'),
      stageBeforeId: 'offer',
      promiseBefore: null,
    });
  });
});

describe('outcomePending', () => {
  it('is true before the window closes and false from its end', () => {
    expect(outcomePending(new Date('2026-12-01T10:00:00.001Z'), now)).toBe(true);
    expect(outcomePending(new Date('2026-12-01T10:00:00Z'), now)).toBe(false);
    expect(outcomePending(null, now)).toBe(false);
  });
});

describe('undoesPendingOutcome', () => {
  const pending = { until: new Date('2026-12-01T11:00:00Z'), stageBeforeId: 'interview', promiseBefore: '2026-12-04' };

  it('is true only for a move back to the stage the candidate still sees', () => {
    expect(undoesPendingOutcome(pending, 'interview')).toBe(true);
    expect(undoesPendingOutcome(pending, 'offer')).toBe(false);
    expect(undoesPendingOutcome(null, 'interview')).toBe(false);
  });
});
