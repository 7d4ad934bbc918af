import { FieldProblem } from './field-problem';
import { LIMITS } from './limits';
import { isFinalStageKind, StageKind } from './stage-kind';

export interface PipelineStage {
  name: string;
  kind: StageKind;
}

/**
 * What is wrong with an ordered pipeline, or an empty list when it is sound:
 * between 1 and 20 stages, unique names, at least one stage a candidate can be in before an
 * outcome, and the endings (hired, not selected, withdrawn) after every other stage.
 */
export function pipelineProblems(stages: readonly PipelineStage[], field = 'stages'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (stages.length === 0) problems.push({ field, message: 'needs at least one stage' });
  if (stages.length > LIMITS.stagesPerJob) {
    problems.push({ field, message: `may have at most ${LIMITS.stagesPerJob} stages` });
  }
  const seen = new Set<string>();
  for (const stage of stages) {
    const key = stage.name.trim().toLocaleLowerCase();
    if (seen.has(key)) problems.push({ field, message: `has the stage name "${stage.name.trim()}" twice` });
    seen.add(key);
  }
  if (stages.length > 0 && stages.every((s) => isFinalStageKind(s.kind))) {
    problems.push({ field, message: 'needs a stage before the outcome (HIRED, REJECTED, WITHDRAWN)' });
  }
  const firstFinal = stages.findIndex((s) => isFinalStageKind(s.kind));
  if (firstFinal >= 0 && stages.slice(firstFinal).some((s) => !isFinalStageKind(s.kind))) {
    problems.push({ field, message: 'must list the outcome stages (HIRED, REJECTED, WITHDRAWN) last' });
  }
  return problems;
}

/** The stage a new candidate starts in: the first one that is not an outcome. */
export function entryStageIndex(stages: readonly PipelineStage[]): number {
  return stages.findIndex((s) => !isFinalStageKind(s.kind));
}

/** True when `ids` names each of `existing` exactly once. */
export function isPermutation(ids: readonly string[], existing: readonly string[]): boolean {
  if (ids.length !== existing.length) return false;
  const wanted = new Set(existing);
  const given = new Set(ids);
  return given.size === ids.length && ids.every((id) => wanted.has(id));
}
