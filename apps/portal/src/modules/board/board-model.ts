import { calendarDateInZone, daysBetween, formatZonedInstant, suggestedResponseDate } from '@candor/domain';
import type { BoardQuery } from '../../generated/graphql';

export type BoardJob = NonNullable<BoardQuery['job']>;
export type BoardStage = BoardJob['stages'][number];
export type BoardCandidate = BoardJob['candidates'][number];
export type BoardStep = BoardCandidate['nextSteps'][number];

export interface BoardColumn {
  stage: BoardStage;
  candidates: BoardCandidate[];
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
    .map((stage) => ({ stage, candidates: byStage.get(stage.id) ?? [] }));
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

/** "Fri 4 Dec 2026" for a calendar day (no time zone shift: it already is a day). */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(`${day}T12:00:00Z`));
}

/** An instant in the organization's zone, with its abbreviation or offset (formatZonedInstant): "Tue, Dec 8, 2026, 10:00 AM GMT+1". */
export function formatInstant(instant: string, timeZone: string): string {
  try {
    return formatZonedInstant(new Date(instant), timeZone, 'short');
  } catch {
    // A browser older than the zone's current name (Europe/Kyiv): UTC, which says so.
    return formatZonedInstant(new Date(instant), 'UTC', 'short');
  }
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
