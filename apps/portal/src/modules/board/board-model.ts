import { calendarDateInZone, daysBetween, suggestedResponseDate } from '@candor/domain';
import type { BoardQuery } from '../../generated/graphql';

export type BoardJob = NonNullable<BoardQuery['job']>;
export type BoardStage = BoardJob['stages'][number];
export type BoardCandidate = BoardJob['candidates'][number];
export type BoardStep = BoardCandidate['nextSteps'][number];

export interface BoardColumn {
  stage: BoardStage;
  candidates: BoardCandidate[];
  /** How many of them were promised news by a day that has passed. */
  overdue: number;
}

/** One column per stage in pipeline order, each with its candidates (oldest first, as the API sends them). */
export function toColumns(job: BoardJob): BoardColumn[] {
  const byStage = new Map<string, BoardCandidate[]>();
  for (const candidate of job.candidates) {
    const list = byStage.get(candidate.stage.id) ?? [];
    list.push(candidate);
    byStage.set(candidate.stage.id, list);
  }
  return [...job.stages]
    .sort((a, b) => a.position - b.position)
    .map((stage) => {
      const candidates = byStage.get(stage.id) ?? [];
      return { stage, candidates, overdue: candidates.filter((c) => c.promiseState === 'OVERDUE').length };
    });
}

/** Whole days since the candidate entered their stage, counted in the organization's days. */
export function daysInStage(stageEnteredAt: string, now: Date, timeZone: string): number {
  const entered = calendarDateInZone(new Date(stageEnteredAt), timeZone);
  return Math.max(0, daysBetween(entered, calendarDateInZone(now, timeZone)));
}

export function daysInStageLabel(days: number): string {
  if (days === 0) return 'Entered this stage today';
  return `${days} ${days === 1 ? 'day' : 'days'} in this stage`;
}

/** The words that go with a promise state; never colour alone. */
export function promiseMark(state: BoardCandidate['promiseState']): string | null {
  if (state === 'OVERDUE') return 'Overdue';
  if (state === 'DUE_SOON') return 'Due soon';
  return null;
}

export interface DatedStep {
  step: BoardStep;
  at: string;
  /** An event starts at `at`; a task is due at `at`. */
  kind: 'starts' | 'due';
}

/** The planned step with the soonest date (start of an event or due time of a task), if any. */
export function nextDatedStep(steps: BoardStep[]): DatedStep | null {
  let best: DatedStep | null = null;
  for (const step of steps) {
    if (step.state !== 'PLANNED') continue;
    const at = step.startsAt ?? step.dueAt;
    if (!at) continue;
    if (!best || Date.parse(at) < Date.parse(best.at)) {
      best = { step, at, kind: step.startsAt ? 'starts' : 'due' };
    }
  }
  return best;
}

/** The "hear back by" day a stage suggests, or '' for stages without a default. */
export function defaultHearBackBy(stage: BoardStage | undefined, now: Date, timeZone: string): string {
  if (!stage) return '';
  return suggestedResponseDate(stage.defaultResponseDays, now, timeZone) ?? '';
}

/** "1 overdue" for a column that holds overdue promises; null when it holds none. Words, never colour alone. */
export function overdueLabel(overdue: number): string | null {
  return overdue > 0 ? `${overdue} overdue` : null;
}

/** "2 candidates", "1 candidate". */
export function candidateCount(count: number): string {
  return `${count} ${count === 1 ? 'candidate' : 'candidates'}`;
}

/** The column a phone shows first: the first that holds anyone, else the first. */
export function firstShownStage(columns: BoardColumn[]): string | null {
  return (columns.find((column) => column.candidates.length > 0) ?? columns[0])?.stage.id ?? null;
}
