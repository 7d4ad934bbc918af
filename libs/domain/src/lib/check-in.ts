import { addDays, calendarDateInZone, CalendarDate } from './calendar-date';
import { addBusinessDays } from './promise-ledger';

/**
 * The follow-up etiquette of the advice column, as a rule: a candidate may check in only once
 * the promised reply date has passed without news, and only once per promised date. Before
 * that, the page says from which day a check-in opens. News from the team always comes with a
 * new promise or none (a move or a new reply date), so the promise in force is the one that
 * lapsed only while no news came.
 */
export interface CheckInFacts {
  /** The promised reply day, in the organization's time zone. */
  expectedResponseBy: CalendarDate | null;
  /** The promised days the candidate already checked in for. */
  checkedInFor: readonly CalendarDate[];
  /** The candidate has an outcome (hired, not selected, withdrawn). */
  decided: boolean;
  now: Date;
  timeZone: string;
}

export type CheckInState =
  | 'NO_PROMISE' // nothing promised: nothing to follow up on yet
  | 'DECIDED' // there is an outcome
  | 'NOT_YET' // the promised day has not passed
  | 'OPEN' // the promise lapsed without news: a polite check-in is welcome
  | 'ALREADY_CHECKED_IN'; // once per promised date

export interface CheckInWindow {
  state: CheckInState;
  canCheckIn: boolean;
  /** The day a check-in opens, when it is still ahead. */
  canCheckInFrom: CalendarDate | null;
}

export function checkInWindow(facts: CheckInFacts): CheckInWindow {
  const closed = (state: CheckInState, from: CalendarDate | null = null): CheckInWindow => ({
    state,
    canCheckIn: false,
    canCheckInFrom: from,
  });
  if (facts.decided) return closed('DECIDED');
  const promised = facts.expectedResponseBy;
  if (!promised) return closed('NO_PROMISE');
  const opensOn = addDays(promised, 1);
  const today = calendarDateInZone(facts.now, facts.timeZone);
  if (today < opensOn) return closed('NOT_YET', opensOn);
  if (facts.checkedInFor.includes(promised)) return closed('ALREADY_CHECKED_IN');
  return { state: 'OPEN', canCheckIn: true, canCheckInFrom: null };
}

/**
 * The day by which the team should answer a check-in: the business day after the day it came in
 * (in the organization's zone; weekends and the organization's holidays are skipped). A
 * check-in that came in on a Friday is to be answered on Monday.
 * @param receivedAt when the check-in came in (Candor's clock).
 * @param holidays the organization's closed days, "YYYY-MM-DD".
 */
export function checkInAnswerDay(receivedAt: Date, timeZone: string, holidays: readonly CalendarDate[]): CalendarDate {
  return addBusinessDays(calendarDateInZone(receivedAt, timeZone), 1, holidays);
}

/**
 * A check-in left unanswered for one business day: true from the day after its answer day
 * (checkInAnswerDay), in the organization's zone, at `now`.
 */
export function checkInOverdue(receivedAt: Date, now: Date, timeZone: string, holidays: readonly CalendarDate[]): boolean {
  return calendarDateInZone(now, timeZone) > checkInAnswerDay(receivedAt, timeZone, holidays);
}
