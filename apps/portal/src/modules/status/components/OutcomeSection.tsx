import { Section } from './Section';

/** The decision, in the team's own words; calm styling whatever it is. */
export function OutcomeSection({ message }: { message: string }) {
  return (
    <Section title="Outcome" className="status-outcome">
      <p className="status-text">{message}</p>
    </Section>
  );
}
