/**
 * Words for the promise ledger's figures and records (PromiseStats, CandidatePromise), shared by
 * the Today page, the funnel and the candidate page. Days are written with the portal's clock
 * (shared/dates.ts); these only word numbers and outcomes.
 */

/** The period the team's figures cover, in days up to now. */
export const PROMISE_FIGURES_DAYS = 90;

/** The figures period ending now: [now - PROMISE_FIGURES_DAYS days, now), as ISO instants. */
export function promiseFiguresPeriod(now: Date): { from: string; to: string } {
  const from = new Date(now.getTime() - PROMISE_FIGURES_DAYS * 24 * 60 * 60 * 1000);
  return { from: from.toISOString(), to: now.toISOString() };
}

/** 94.4 -> "94.4%", 100 -> "100%"; null (nothing ended) -> "—". */
export function formatPercent(percent: number | null | undefined): string {
  if (percent == null) return '—';
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}

/** 1 -> "1 day", 2.5 -> "2.5 days". */
export function formatDayCount(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** The broken count with its median lateness: "2 (median 3 days late)", "0". */
export function brokenFigure(broken: number, medianDaysLate: number | null | undefined): string {
  if (broken === 0 || medianDaysLate == null) return `${broken}`;
  return `${broken} (median ${formatDayCount(medianDaysLate)} late)`;
}

export type PromiseOutcomeName = 'OPEN' | 'KEPT' | 'EXTENDED' | 'BROKEN';

/** The badge's words for an outcome; the badge is never colour alone. */
export const OUTCOME_WORDS: Record<PromiseOutcomeName, string> = {
  OPEN: 'Open',
  KEPT: 'Kept',
  EXTENDED: 'Extended',
  BROKEN: 'Broken',
};

/** "usually about 3 days" for a stage's typical days to an update (rounded to whole days, at least 1). */
export function usuallyAbout(typicalDays: number): string {
  return `usually about ${formatDayCount(Math.max(1, Math.round(typicalDays)))}`;
}
