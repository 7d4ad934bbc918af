import type { CandidateStatus } from '../hooks/useCandidateStatus';
import { formatCalendarDate } from '../utils/dates';
import { Section } from './Section';

type Props = Pick<CandidateStatus, 'expectedResponseBy' | 'expectedResponseByReason' | 'typicalDaysAtStage' | 'promiseRecord'>;

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/**
 * The promised reply day, shown as that day (it is a day in the organization's time zone); under
 * it, why it moved when it did, what the stage usually takes, and the team's kept share when it
 * chose to show it.
 */
export function HearBackSection({ expectedResponseBy, expectedResponseByReason, typicalDaysAtStage, promiseRecord }: Props) {
  return (
    <Section title="When you will hear back">
      {expectedResponseBy ? (
        <p className="status-promise">You will hear back by {formatCalendarDate(expectedResponseBy)}</p>
      ) : (
        <p>The team has not set a date yet. They will update this page as soon as they know more.</p>
      )}
      {expectedResponseBy && expectedResponseByReason && (
        <p className="status-promise__reason">
          <span className="status-promise__label">Why the date moved:</span> {expectedResponseByReason}
        </p>
      )}
      {typicalDaysAtStage != null && (
        <p className="status-promise__note">Usually about {days(typicalDaysAtStage)} at this stage.</p>
      )}
      {promiseRecord && (
        <p className="status-promise__note">
          This team kept {promiseRecord.keptPercent}% of its reply dates in the last {promiseRecord.days} days.
        </p>
      )}
    </Section>
  );
}
