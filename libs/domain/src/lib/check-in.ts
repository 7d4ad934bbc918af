import { addDays, calendarDateInZone, CalendarDate } from './calendar-date';

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
