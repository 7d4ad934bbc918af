/**
 * The job funnel: how many candidates reached each stage, how many are there now, and the
 * median time they spent in it. Built from stays (a candidate entering a stage and, unless they
 * are still there, leaving it), which come from the timeline.
 */
export interface StageStay {
  candidateId: string;
  stageId: string;
  enteredAt: Date;
  /** null while the candidate is still in the stage. */
  leftAt: Date | null;
}

export interface StageFunnelRow {
  stageId: string;
  /** Distinct candidates who were ever in this stage. */
  reached: number;
  /** Candidates in the stage now. */
  current: number;
  /** Median whole-and-fractional days of the finished stays; null when none finished yet. */
  medianDays: number | null;
  /** How many finished stays the median is taken over. */
  finishedStays: number;
}

const MS_PER_DAY = 86_400_000;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** One row per stage, in the order given (the pipeline order); stays of unknown stages are ignored. */
export function stageFunnel(stageIds: readonly string[], stays: readonly StageStay[]): StageFunnelRow[] {
  const byStage = new Map(stageIds.map((id) => [id, { reached: new Set<string>(), current: new Set<string>(), days: [] as number[] }]));
  for (const stay of stays) {
    const entry = byStage.get(stay.stageId);
    if (!entry) continue;
    entry.reached.add(stay.candidateId);
    if (stay.leftAt === null) entry.current.add(stay.candidateId);
    else entry.days.push(Math.max(0, stay.leftAt.getTime() - stay.enteredAt.getTime()) / MS_PER_DAY);
  }
  return stageIds.map((stageId) => {
    const entry = byStage.get(stageId)!;
    const medianDays = median(entry.days);
    return {
      stageId,
      reached: entry.reached.size,
      current: entry.current.size,
      medianDays: medianDays === null ? null : Math.round(medianDays * 10) / 10,
      finishedStays: entry.days.length,
    };
  });
}
