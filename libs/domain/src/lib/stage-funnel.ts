import { isFinalStageKind, StageKind } from './stage-kind';

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

/** A stage of the pipeline as the funnel sees it. */
export interface FunnelStage {
  id: string;
  kind: StageKind;
}

export interface StageFunnelRow {
  stageId: string;
  /**
   * Candidates who got at least this far (see stageFunnel): for a stage before the outcomes,
   * those who were in it or in a later stage before the outcomes; for an outcome, those who
   * were in it.
   */
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

/**
 * One row per stage, in the order given (the pipeline order, outcome stages last as
 * pipelineProblems requires); stays of unknown stages are ignored.
 *
 * "Reached" is "got at least this far", so the funnel only narrows and no stage passes the
 * first one's count (100%):
 * - A stage before the outcomes counts every candidate whose furthest stage before the
 *   outcomes is this one or a later one: a candidate added straight into "Phone screen" has
 *   reached "Applied" too.
 * - An outcome stage (HIRED, REJECTED, WITHDRAWN) counts the candidates who were in it, and
 *   implies nothing about the stages before it: someone turned down after the phone screen
 *   reached "Applied" and "Phone screen" (the stages they really were in), not every stage
 *   listed before "Not selected".
 * - A candidate who was only ever in outcome stages (added straight into one) still entered the
 *   pipeline, so counts as having reached its first stage.
 * `current` and the median days stay facts about the stage itself: stays in it, nothing implied.
 */
export function stageFunnel(stages: readonly FunnelStage[], stays: readonly StageStay[]): StageFunnelRow[] {
  const byStage = new Map(stages.map((stage) => [stage.id, { current: new Set<string>(), entered: new Set<string>(), days: [] as number[] }]));
  const position = new Map(stages.map((stage, index) => [stage.id, index]));
  const isOutcome = new Set(stages.filter((stage) => isFinalStageKind(stage.kind)).map((stage) => stage.id));
  /** Per candidate, the position of the furthest stage before the outcomes they were in (0 at least). */
  const furthest = new Map<string, number>();
  for (const stay of stays) {
    const entry = byStage.get(stay.stageId);
    if (!entry) continue;
    entry.entered.add(stay.candidateId);
    const reach = isOutcome.has(stay.stageId) ? 0 : position.get(stay.stageId)!;
    furthest.set(stay.candidateId, Math.max(furthest.get(stay.candidateId) ?? 0, reach));
    if (stay.leftAt === null) entry.current.add(stay.candidateId);
    else entry.days.push(Math.max(0, stay.leftAt.getTime() - stay.enteredAt.getTime()) / MS_PER_DAY);
  }
  // reachedAtLeast[i]: candidates whose furthest stage is at position i or later.
  const reachedAtLeast = new Array<number>(stages.length + 1).fill(0);
  for (const far of furthest.values()) reachedAtLeast[far] += 1;
  for (let i = stages.length - 1; i >= 0; i -= 1) reachedAtLeast[i] += reachedAtLeast[i + 1];
  return stages.map((stage, index) => {
    const entry = byStage.get(stage.id)!;
    const medianDays = median(entry.days);
    return {
      stageId: stage.id,
      reached: isOutcome.has(stage.id) ? entry.entered.size : reachedAtLeast[index],
      current: entry.current.size,
      medianDays: medianDays === null ? null : Math.round(medianDays * 10) / 10,
      finishedStays: entry.days.length,
    };
  });
}
