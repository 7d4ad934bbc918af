import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { roleAllows } from '@candor/domain';
import { useViewer } from '../../auth/hooks/viewer';
import { FormAlert } from '../../../shared/components/FormAlert';
import { errorMessage } from '../../../shared/graphql-errors';
import { useClock } from '../../../shared/hooks/useClock';
import { ClearEmailUndeliverableMutation, UpdateCandidateEmailMutation } from '../graphql/candidate.graphql';
import type { CandidateDetails } from './types';

interface Props {
  candidate: CandidateDetails;
  onChanged: () => void;
}

/**
 * Emails to the candidate are paused because their address bounced or its owner reported spam:
 * says so, since when and what to do; recruiters and admins can correct the address or resume
 * emails (clearEmailUndeliverable).
 */
export function UndeliverableNotice({ candidate, onChanged }: Props) {
  const clock = useClock();
  const canManage = roleAllows(useViewer().member.role, 'candidates:manage');
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [clearState, clear] = useMutation(ClearEmailUndeliverableMutation);
  const [updateState, update] = useMutation(UpdateCandidateEmailMutation);
  const mark = candidate.emailUndeliverable;
  if (!mark) return null;
  const complaint = mark.kind === 'COMPLAINT';
  const on = clock.instant(mark.reportedAt);
  const inputId = `corrected-email-${candidate.id}`;

  async function correct(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await update({ input: { candidateId: candidate.id, email: address.trim(), expectedVersion: candidate.version } });
    if (result.error) return setError(errorMessage(result.error));
    setAddress('');
    onChanged();
  }

  async function resume() {
    setError(null);
    const result = await clear({ candidateId: candidate.id });
    if (result.error) return setError(errorMessage(result.error));
    onChanged();
  }

  return (
    <div className="notice notice--warning" role="status" data-testid="email-undeliverable">
      <p>
        <strong>Emails to this candidate are paused.</strong>{' '}
        {complaint
          ? `${candidate.email} reported an email from Candor as spam on ${on}. Nothing more is sent to this address; resume only if the candidate asks to hear from you by email again.`
          : `Mail to ${candidate.email} bounced on ${on} (${mark.reason}): the receiving server says the address does not work. Nothing more is sent to it.`}
      </p>
      {!complaint && (
        <p>Check the address with the candidate another way (phone, the job board) and correct it below; waiting emails then go to the new address.</p>
      )}
      {canManage && (
        <>
          {!complaint && (
            <form className="undeliverable__form" onSubmit={correct}>
              <label className="field__label" htmlFor={inputId}>
                Correct address
              </label>
              <input id={inputId} className="input" type="email" required value={address} onChange={(e) => setAddress(e.target.value)} />
              <button type="submit" className="button button--small" disabled={updateState.fetching}>
                Save address
              </button>
            </form>
          )}
          <FormAlert message={error} />
          <div className="button-row">
            <button type="button" className="button button--secondary button--small" onClick={resume} disabled={clearState.fetching}>
              {complaint ? 'Resume emails' : 'The address works: resume emails'}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
