import { formatCalendarDate } from '../utils/dates';
import { Section } from './Section';

/** The decision, in the team's own words, calm whatever it is, and how long this page stays open. */
export function OutcomeSection({ message, linkWorksUntil }: { message: string; linkWorksUntil: string | null }) {
  return (
    <Section title="Outcome" className="status-outcome">
      <p className="status-text">{message}</p>
      {linkWorksUntil && (
        <p className="muted status-small">This page stays available through {formatCalendarDate(linkWorksUntil)}.</p>
      )}
    </Section>
  );
}
