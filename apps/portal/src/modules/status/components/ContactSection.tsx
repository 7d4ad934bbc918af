import { mailtoHref } from '../utils/brand';
import { Section } from './Section';

interface ContactSectionProps {
  /** The contact the team publishes for this job; nothing is shown without one. */
  contact: { name: string; email: string } | null | undefined;
}

/** Who to write to: the person or shared inbox the team chose for this job. */
export function ContactSection({ contact }: ContactSectionProps) {
  if (!contact) return null;
  return (
    <Section title="Your contact" className="status-contact">
      <p className="status-text">
        {contact.name} · <a href={mailtoHref(contact.email)}>{contact.email}</a>
      </p>
    </Section>
  );
}
