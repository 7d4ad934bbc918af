import type { JobsQuery } from '../../generated/graphql';

export type JobListItem = JobsQuery['jobs'][number];

export interface StageCount {
  id: string;
  name: string;
  count: number;
}

export interface JobSummary {
  candidates: number;
  overdue: number;
  stages: StageCount[];
}

/** The numbers a job card shows: candidates, overdue reply promises, candidates per stage (in pipeline order). */
export function summarizeJob(job: JobListItem): JobSummary {
  const perStage = new Map(job.summary.stages.map((stage) => [stage.stageId, stage.count]));
  const stages = [...job.stages]
    .sort((a, b) => a.position - b.position)
    .map((stage) => ({ id: stage.id, name: stage.name, count: perStage.get(stage.id) ?? 0 }));
  return { candidates: job.summary.candidates, overdue: job.summary.overdue, stages };
}

export function candidatesLabel(count: number): string {
  return `${count} candidate${count === 1 ? '' : 's'}`;
}

export function overdueLabel(count: number): string {
  if (count === 0) return 'No overdue replies';
  return `${count} overdue ${count === 1 ? 'reply' : 'replies'}`;
}
