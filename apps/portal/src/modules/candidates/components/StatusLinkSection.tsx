import { useState } from 'react';
import { useMutation } from 'urql';
import { roleAllows } from '@candor/domain';
import { useViewer } from '../../auth/hooks/viewer';
import { FormAlert } from '../../../shared/components/FormAlert';
import { errorMessage } from '../../../shared/graphql-errors';
import { RotateStatusLinkMutation } from '../graphql/candidate.graphql';
import { ConfirmButton } from './ConfirmButton';
import type { CandidateDetails } from './types';

interface Props {
  candidate: CandidateDetails;
  onChanged: () => void;
}

/** The candidate's private status link: copy it, look at it as they do, or replace it. */
export function StatusLinkSection({ candidate, onChanged }: Props) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [rotateState, rotate] = useMutation(RotateStatusLinkMutation);
  const inputId = `status-link-${candidate.id}`;
  // Hiring managers do not replace links (docs/roles.md): the recruiter who owns the relationship does.
  const canRotate = roleAllows(useViewer().member.role, 'status-links:rotate');

  async function copy() {
    setStatus('');
    setError(null);
    try {
      await navigator.clipboard.writeText(candidate.statusUrl);
      setStatus('Link copied.');
    } catch {
      setError('We could not copy the link. Select it in the box and copy it yourself.');
    }
  }

  async function replace() {
    setStatus('');
    setError(null);
    const result = await rotate({ candidateId: candidate.id });
    if (result.error) {
      setError(errorMessage(result.error));
      return;
    }
    setStatus('The link was replaced. The old link no longer works; send the candidate the new one.');
    onChanged();
  }

  return (
    <section className="card candidate-section" aria-labelledby="status-link-heading">
      <h2 id="status-link-heading">Status link</h2>
      <p className="muted">
        The candidate&apos;s private page. Anyone with the link can see it, so share it only with them.
      </p>
      <label className="field__label" htmlFor={inputId}>
        Link
      </label>
      <input id={inputId} className="input status-link__input" readOnly value={candidate.statusUrl} />
      <FormAlert message={error} />
      <div className="button-row">
        <button type="button" className="button button--secondary button--small" onClick={copy}>
          Copy link
        </button>
        <a
          className="button button--secondary button--small"
          href={candidate.statusUrl}
          target="_blank"
          rel="noopener noreferrer"
        >
          View as candidate<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        {canRotate && (
        <ConfirmButton
          label="Replace link"
          question="Replace the link? The old link stops working at once, including in emails already sent."
          confirmLabel="Yes, replace link"
          keepLabel="Keep current link"
          busy={rotateState.fetching}
          onConfirm={replace}
        />
        )}
      </div>
      <p role="status" className="form-status">
        {status}
      </p>
    </section>
  );
}
