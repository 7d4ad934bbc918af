import { type FormEvent, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { LIMITS } from '@candor/domain';
import { TextField } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { UpdateJobContactMutation } from '../graphql/job-settings.graphql';

const LABELS = { contactName: 'Contact name', contactEmail: 'Contact email' };
type ContactField = keyof typeof LABELS;

interface Props {
  jobId: string;
  contact: { name: string; email: string } | null;
}

/**
 * The contact candidates of this job see on their status page: a person or a shared inbox the
 * team chooses to publish. None by default; it is free text, not a member of the team.
 */
export function JobContactForm({ jobId, contact }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(contact?.name ?? '');
  const [email, setEmail] = useState(contact?.email ?? '');
  const [errors, setErrors] = useState<FormErrors<ContactField> | null>(null);
  const [status, setStatus] = useState('');
  const [{ fetching }, update] = useMutation(UpdateJobContactMutation);
  useFocusFirstError(form, errors);

  async function save(contactName: string, contactEmail: string) {
    setStatus('');
    const result = await update({ input: { jobId, contactName: contactName || null, contactEmail: contactEmail || null } });
    if (result.error || !result.data) return setErrors(toFormErrors(result.error, LABELS));
    setErrors(null);
    const saved = result.data.updateJob.contact ?? null;
    setName(saved?.name ?? '');
    setEmail(saved?.email ?? '');
    setStatus(saved ? `Candidates now see ${saved.name} (${saved.email}) as their contact.` : 'Candidates see no contact for this job.');
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const [contactName, contactEmail] = [name.trim(), email.trim()];
    if (Boolean(contactName) !== Boolean(contactEmail)) {
      const missing: ContactField = contactName ? 'contactEmail' : 'contactName';
      return setErrors({ fields: { [missing]: `${LABELS[missing]} is needed too, or leave both empty to show no contact.` }, form: null });
    }
    await save(contactName, contactEmail);
  }

  return (
    <form ref={form} className="job-settings__contact" onSubmit={onSubmit} aria-labelledby="job-settings-contact-heading" noValidate>
      <h3 id="job-settings-contact-heading">Contact on the status page</h3>
      <p className="muted">Optional: a person or a shared inbox candidates of this job can write to. Leave both empty to show none.</p>
      <FormAlert message={errors?.form ?? null} />
      <div className="job-settings__row">
        <TextField
          id="job-settings-contact-name"
          name="contactName"
          label={LABELS.contactName}
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={LIMITS.personName}
          autoComplete="off"
          error={errors?.fields.contactName}
        />
        <TextField
          id="job-settings-contact-email"
          name="contactEmail"
          type="email"
          label={LABELS.contactEmail}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          maxLength={LIMITS.email}
          autoComplete="off"
          error={errors?.fields.contactEmail}
        />
      </div>
      <div className="job-settings__buttons">
        <button type="submit" className="button button--secondary">
          {fetching ? 'Saving…' : 'Save contact'}
        </button>
        {contact && (
          <button type="button" className="button button--secondary" onClick={() => void save('', '')}>
            Remove contact
          </button>
        )}
      </div>
      <p role="status" className="form-status">
        {status}
      </p>
    </form>
  );
}
