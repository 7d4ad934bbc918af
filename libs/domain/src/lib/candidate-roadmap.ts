import { calendarDateInZone, CalendarDate, compareCalendarDates } from './calendar-date';
import { nextStepEndsAt, NextStepTiming } from './next-step-rules';
import { NextStepKind, NextStepState } from './next-step-kind';

/** What the roadmap rules need of a step. */
export interface RoadmapStep extends NextStepTiming {
  state: NextStepState;
  /** A DECISION is the team's date: it stays ahead until it is made (marked done). */
  kind?: NextStepKind;
}

/**
 * The moment a step is placed by on a timeline: its start (an event), else its deadline; null
 * for a step not yet dated.
 */
export function stepAnchor(step: NextStepTiming): Date | null {
  return step.startsAt ?? step.dueAt ?? null;
}

/**
 * True when a step is behind the candidate at `now`: done, or its end (nextStepEndsAt: the
 * deadline, else start + duration, else the start) is at or before `now`. An undated planned
 * step is never behind, nor is a planned DECISION whose day has passed: the decision is late,
 * not made.
 */
export function stepIsBehind(step: RoadmapStep, now: Date): boolean {
  if (step.state === 'DONE') return true;
  if (step.kind === 'DECISION') return false;
  const end = nextStepEndsAt(step);
  return end !== null && end.getTime() <= now.getTime();
}

/**
 * A candidate's steps in the order they happen: dated steps by their anchor (earliest first),
 * then undated ones in the team's order (the order they came in; the sort is stable). Returns
 * `ahead` (still to come) and `behind` (done or gone by, same order), so a page can list what
 * comes next first and keep the past apart. Cancelled steps are expected to be left out before.
 */
export function candidateRoadmap<T extends RoadmapStep>(steps: readonly T[], now: Date): { ahead: T[]; behind: T[] } {
  const byTime = [...steps].sort(byAnchor);
  return {
    ahead: byTime.filter((step) => !stepIsBehind(step, now)),
    behind: byTime.filter((step) => stepIsBehind(step, now)),
  };
}

/** Earlier anchors first; undated steps after every dated one and equal among themselves. */
function byAnchor(a: NextStepTiming, b: NextStepTiming): number {
  const [x, y] = [stepAnchor(a), stepAnchor(b)];
  // Stryker disable next-line ConditionalExpression: V8's sort only asks (later, earlier), where 0 and 1 both keep an undated step after a dated one
  if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
  return x.getTime() - y.getTime();
}

/**
 * The planned steps still ahead that fall on a day after the promised reply day, both read in
 * the organization's `timeZone` (a promise is kept through the whole of its day): promising news
 * by Nov 30 while a video interview is booked for Dec 1 tells the candidate two things that
 * cannot both be true. Empty when nothing is promised. Steps keep their order.
 */
export function stepsAfterPromise<T extends RoadmapStep>(
  promisedBy: CalendarDate | null | undefined,
  steps: readonly T[],
  timeZone: string,
  now: Date,
): T[] {
  // Stryker disable next-line ConditionalExpression: with no promise no day compares after it either; the guard states the rule
  if (!promisedBy) return [];
  return steps.filter((step) => {
    const anchor = stepAnchor(step);
    // Stryker disable next-line ConditionalExpression: an undated step would be read as 1970-01-01, never after a promise; the check states the rule
    return step.state === 'PLANNED' && anchor !== null && !stepIsBehind(step, now) && compareCalendarDates(calendarDateInZone(anchor, timeZone), promisedBy) > 0;
  });
}
