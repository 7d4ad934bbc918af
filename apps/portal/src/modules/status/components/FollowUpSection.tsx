import type { CheckInState } from '../../../generated/graphql';
import { formatCalendarDate } from '../utils/dates';
import { CheckInForm } from './CheckInForm';
import { Section } from './Section';

interface FollowUpSectionProps {
  state: CheckInState;
  canCheckInFrom: string | null;
  token: string;
  onInactive: () => void;
}

/**
 * The follow-up etiquette built in: a polite check-in only once the promised day has passed
 * without news, once per promised day; before that, the day it opens.
 */
export function FollowUpSection({ state, canCheckInFrom, token, onInactive }: FollowUpSectionProps) {
  let body;
  switch (state) {
    case 'NOT_YET':
      body = (
        <p>
          {canCheckInFrom
            ? `If you have not heard back by then, you can check in here from ${formatCalendarDate(canCheckInFrom)}.`
            : 'If you have not heard back by then, you can check in here after that day.'}
        </p>
      );
      break;
    case 'OPEN':
      body = <CheckInForm token={token} onInactive={onInactive} />;
      break;
    case 'ALREADY_CHECKED_IN':
      body = <p>You checked in for this date. The team will get back to you.</p>;
      break;
    case 'NO_PROMISE':
      body = (
        <p>
          There is nothing to follow up on yet. When the team gives you a date and it passes without news, you can
          check in here.
        </p>
      );
      break;
    default:
      return null;
  }
  return <Section title="Following up">{body}</Section>;
}
