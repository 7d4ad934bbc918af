import { useState } from 'react';
import { useMutation } from 'urql';
import { FormAlert } from '../../../shared/components/FormAlert';
import { errorMessage } from '../../../shared/graphql-errors';
import { RetryEmailMutation } from '../graphql/candidate.graphql';
import type { PortalClock } from '../../../shared/dates';
import { useClock } from '../../../shared/hooks/useClock';
import type { CandidateDetails } from './types';

type Email = CandidateDetails['emails'][number];

const STATUS_WORDS: Record<string, string> = {
  SCHEDULED: 'Scheduled',
  SENDING: 'Sending',
  SENT: 'Sent',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
  PAUSED: 'Paused',
};

function when(email: Email, clock: PortalClock): string {
  if (email.sentAt) return `Sent ${clock.instant(email.sentAt)}`;
  if (email.status === 'SCHEDULED') return `Goes out ${clock.instant(email.sendAfter)}`;
  return `Planned for ${clock.instant(email.sendAfter)}`;
}

/** Emails to the candidate and how they went; failed ones can be sent again. */
export function EmailsSection({ candidate, onChanged }: { candidate: CandidateDetails; onChanged: () => void }) {
  return (
    <section className="card candidate-section" aria-labelledby="emails-heading">
      <h2 id="emails-heading">Emails</h2>
      {candidate.emails.length === 0 ? (
        <p className="muted">No emails to this candidate yet.</p>
      ) : (
        <ul className="plain-list email-list">
          {candidate.emails.map((email) => (
            <EmailItem key={email.id} email={email} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </section>
  );
}

function EmailItem({ email, onChanged }: { email: Email; onChanged: () => void }) {
  const [{ fetching }, retry] = useMutation(RetryEmailMutation);
  const [error, setError] = useState<string | null>(null);
  const clock = useClock();

  async function onRetry() {
    if (fetching) return;
    setError(null);
    const result = await retry({ emailId: email.id });
    if (result.error) setError(errorMessage(result.error));
    else onChanged();
  }

  return (
    <li className="email-item">
      <p className="email-item__subject">{email.subject}</p>
      <p className="email-item__meta">
        <span className={`badge email-status email-status--${email.status.toLowerCase()}`}>
          {STATUS_WORDS[email.status] ?? email.status}
        </span>{' '}
        <span className="break-anywhere">to {email.to}</span>
      </p>
      <p className="email-item__meta muted">
        {when(email, clock)}
        {email.attempts > 1 && ` · ${email.attempts} attempts`}
      </p>
      {email.lastError && (
        <p className="email-item__error">
          {email.status === 'CANCELLED' || email.status === 'PAUSED' ? 'Why: ' : 'Problem: '}
          {email.lastError}
        </p>
      )}
      <FormAlert message={error} />
      {email.status === 'FAILED' && (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          {fetching ? 'Retrying…' : 'Retry'}
          <span className="visually-hidden"> sending “{email.subject}”</span>
        </button>
      )}
    </li>
  );
}
