import { useState } from 'react';
import type { CheckInState } from '../../../generated/graphql';
import type { CandidateStatus } from '../hooks/useCandidateStatus';
import { formatCalendarDate, formatSentAt } from '../utils/dates';
import { CheckInForm } from './CheckInForm';
import { Section } from './Section';

type CheckIn = CandidateStatus['yourCheckIns'][number];

interface FollowUpSectionProps {
  state: CheckInState;
  expectedResponseBy: string | null;
  canCheckInFrom: string | null;
  /** The candidate's own check-ins, oldest first. */
  checkIns: CheckIn[];
  token: string;
  viewerTimeZone: string;
  onInactive: () => void;
}

/** The promised day has passed without news: the page leads with it (StatusView puts this section first). */
export function isPromiseOverdue(state: CheckInState): boolean {
  return state === 'OPEN' || state === 'ALREADY_CHECKED_IN';
}

/**
 * The follow-up etiquette built in: a polite check-in only once the promised day has passed
 * without news, once per promised day; before that, the day it opens. Once the day has passed,
 * the section says so in plain words, with the check-in right there; the candidate's own
 * check-ins are listed.
 */
export function FollowUpSection({ state, expectedResponseBy, canCheckInFrom, checkIns: sentBefore, token, viewerTimeZone, onInactive }: FollowUpSectionProps) {
  const [checkIns, setCheckIns] = useState(sentBefore);
  const overdue = isPromiseOverdue(state) && expectedResponseBy;
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
      body = (
        <CheckInForm
          token={token}
          onInactive={onInactive}
          onCheckedIn={(message) => expectedResponseBy && setCheckIns((list) => [...list, { sentAt: new Date().toISOString(), promisedDate: expectedResponseBy, message, reply: null }])}
        />
      );
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
  return (
    <Section title={overdue ? 'Your reply date has passed' : 'Following up'} className={overdue ? 'status-overdue' : undefined}>
      {overdue && (
        <p className="status-promise">
          The team said you would hear back by {formatCalendarDate(expectedResponseBy)}, and that day has passed without
          news.
        </p>
      )}
      {body}
      {checkIns.length > 0 && (
        <>
          <h3 className="status-subtitle">{checkIns.length === 1 ? 'Your check-in' : 'Your check-ins'}</h3>
          <ul className="answers">
            {checkIns.map((checkIn) => (
              <li key={`${checkIn.promisedDate}-${checkIn.sentAt}`} className="answer">
                <p className="answer__when muted status-small">
                  Sent {formatSentAt(checkIn.sentAt, viewerTimeZone)}, after {formatCalendarDate(checkIn.promisedDate)} passed
                </p>
                {checkIn.message && <p className="status-text">{checkIn.message}</p>}
                {checkIn.reply && <TeamReply reply={checkIn.reply} viewerTimeZone={viewerTimeZone} />}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

/** The team's answer under the candidate's check-in: when it came, their words, and the new day when one came with it. */
export function TeamReply({ reply, viewerTimeZone }: { reply: NonNullable<CheckIn['reply']>; viewerTimeZone: string }) {
  return (
    <div className="check-in-reply" data-testid="check-in-reply">
      <p className="answer__when muted status-small">The team replied on {formatSentAt(reply.sentAt, viewerTimeZone)}</p>
      <p className="status-text">{reply.message}</p>
      {reply.newExpectedResponseBy && (
        <p className="status-text">You will hear back by <strong>{formatCalendarDate(reply.newExpectedResponseBy)}</strong>.</p>
      )}
    </div>
  );
}
