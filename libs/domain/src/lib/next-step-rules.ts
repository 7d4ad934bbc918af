import { FieldProblem } from './field-problem';
import { LIMITS } from './limits';

export interface NextStepTiming {
  startsAt?: Date | null;
  dueAt?: Date | null;
  durationMinutes?: number | null;
}

/**
 * Rules for when a step happens. `startsAt` is for events (an interview at 10:00), `dueAt` for
 * deadlines (a take-home due Friday); a step may have both (a test window) or neither (a step
 * that is coming but not yet dated). A duration belongs to an event: whole minutes from 1 to
 * LIMITS.stepDurationMinutesMax. Dates lie within LIMITS.stepHorizonDays days (of 24 hours) of
 * `now`, either way.
 */
export function nextStepTimingProblems(timing: NextStepTiming, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const horizonMs = LIMITS.stepHorizonDays * 86_400_000;
  for (const field of ['startsAt', 'dueAt'] as const) {
    const value = timing[field];
    if (value && Math.abs(value.getTime() - now.getTime()) > horizonMs) {
      problems.push({ field, message: `must be within ${LIMITS.stepHorizonDays} days of today` });
    }
  }
  if (timing.startsAt && timing.dueAt && timing.dueAt.getTime() <= timing.startsAt.getTime()) {
    problems.push({ field: 'dueAt', message: 'must be after startsAt' });
  }
  if (timing.durationMinutes != null) {
    if (!timing.startsAt) problems.push({ field: 'durationMinutes', message: 'needs startsAt' });
    if (
      !Number.isInteger(timing.durationMinutes) ||
      timing.durationMinutes < 1 ||
      timing.durationMinutes > LIMITS.stepDurationMinutesMax
    ) {
      problems.push({
        field: 'durationMinutes',
        message: `must be a whole number of minutes from 1 to ${LIMITS.stepDurationMinutesMax}`,
      });
    }
  }
  return problems;
}

/**
 * Video links are shown to candidates as links: only plain web addresses (http or https, with a
 * host, parsed by the WHATWG URL standard) of at most LIMITS.url characters are allowed.
 */
export function isSafeWebUrl(value: string): boolean {
  if (value.length > LIMITS.url) return false;
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      // Stryker disable next-line ConditionalExpression,EqualityOperator: the WHATWG URL parser already throws for an http(s) address without a host ("https://"); the check states the rule
      url.hostname.length > 0
    );
  } catch {
    return false;
  }
}

/** The moment a step counts as past: its end, deadline or start, whichever it has. */
export function nextStepEndsAt(step: NextStepTiming): Date | null {
  if (step.dueAt) return step.dueAt;
  if (step.startsAt) {
    return new Date(step.startsAt.getTime() + (step.durationMinutes ?? 0) * 60_000);
  }
  return null;
}
