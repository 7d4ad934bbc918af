import { formatCalendarDate } from '../utils/dates';
import { Section } from './Section';

/** The promised reply day, shown as that day (it is a day in the organization's time zone). */
export function HearBackSection({ expectedResponseBy }: { expectedResponseBy: string | null }) {
  return (
    <Section title="When you will hear back">
      {expectedResponseBy ? (
        <p className="status-promise">You will hear back by {formatCalendarDate(expectedResponseBy)}</p>
      ) : (
        <p>The team has not set a date yet. They will update this page as soon as they know more.</p>
      )}
    </Section>
  );
}
