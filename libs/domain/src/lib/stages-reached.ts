/** A stage of the candidate's pipeline as the journey rules see it. */
export interface JourneyStage {
  id: string;
  /** Its place in the pipeline now, 0 first. */
  position: number;
}

/**
 * The stages a candidate has gone through after a move from `fromId` to `targetId`, given the
 * stages reached before and the pipeline as it is at the move.
 *
 * A move keeps the stages reached that stand before the target now, adds the stage left and the
 * target itself, and drops the rest: moving back (an undo, a second look) means the stages after
 * the target were not gone through after all. Stages no longer in the pipeline are dropped.
 * Returns the IDs in pipeline order.
 */
export function stagesReachedAfterMove(reached: readonly string[], fromId: string, targetId: string, pipeline: readonly JourneyStage[]): string[] {
  const target = pipeline.find((s) => s.id === targetId);
  if (!target) throw new Error(`The target stage ${targetId} is not in the pipeline.`);
  const before = new Set([...reached, fromId]);
  return [...pipeline]
    .sort((a, b) => a.position - b.position)
    .filter((s) => s.position <= target.position && (s.id === targetId || before.has(s.id)))
    .map((s) => s.id);
}

/** How a stage reads on the candidate's page: where they are, gone through, ahead, or passed over. */
export type JourneyState = 'CURRENT' | 'DONE' | 'UPCOMING' | 'SKIPPED';

/**
 * The state of `stage` for a candidate at `current` who has gone through `reached`. A stage
 * they went through is DONE wherever a later reorder put it; a stage before the current one that
 * they never entered was SKIPPED (never DONE); the rest are UPCOMING.
 */
export function journeyState(stage: JourneyStage, current: JourneyStage, reached: ReadonlySet<string>): JourneyState {
  const gone = reached.has(stage.id);
  if (stage.position > current.position) return gone ? 'DONE' : 'UPCOMING';
  if (stage.id === current.id) return 'CURRENT';
  return gone ? 'DONE' : 'SKIPPED';
}
