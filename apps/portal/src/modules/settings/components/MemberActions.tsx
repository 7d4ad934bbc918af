import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { toFormErrors } from '../../../shared/graphql-errors';
import { DeactivateMemberMutation, ReactivateMemberMutation, RemoveMemberMutation } from '../graphql/settings.graphql';

interface Props {
  member: { id: string; name: string; deactivatedAt?: string | null };
  /** Called after a removal (the member leaves the list). */
  onRemoved: () => void;
}

/**
 * An admin's controls for a member's account: deactivate (sessions end at once, their pending
 * invitations are revoked) or reactivate, and remove for good (asked twice). The API's reason
 * is shown when it refuses (never the last admin).
 */
export function MemberActions({ member, onRemoved }: Props) {
  const [{ fetching: deactivating }, deactivate] = useMutation(DeactivateMemberMutation);
  const [{ fetching: reactivating }, reactivate] = useMutation(ReactivateMemberMutation);
  const [{ fetching: removing }, remove] = useMutation(RemoveMemberMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const errorId = useId();
  const busy = deactivating || reactivating || removing;

  async function run(action: 'deactivate' | 'reactivate' | 'remove') {
    setProblem(null);
    const variables = { memberId: member.id };
    const result = action === 'deactivate' ? await deactivate(variables) : action === 'reactivate' ? await reactivate(variables) : await remove(variables);
    if (result.error) {
      const errors = toFormErrors(result.error, { memberId: 'Member' });
      setProblem(errors.fields.memberId ?? errors.form);
      return;
    }
    if (action === 'remove') onRemoved();
  }

  return (
    <span className="member-actions">
      {member.deactivatedAt ? (
        <button type="button" className="button button--secondary button--small" aria-label={`Reactivate ${member.name}`} disabled={busy} onClick={() => void run('reactivate')}>
          Reactivate
        </button>
      ) : (
        <button type="button" className="button button--secondary button--small" aria-label={`Deactivate ${member.name}`} disabled={busy} onClick={() => void run('deactivate')}>
          Deactivate
        </button>
      )}
      {confirmRemove ? (
        <>
          <button type="button" className="button button--danger button--small" disabled={busy} onClick={() => void run('remove')}>
            Remove {member.name} for good
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => setConfirmRemove(false)}>
            Keep
          </button>
        </>
      ) : (
        <button type="button" className="button button--secondary button--small" aria-label={`Remove ${member.name}`} disabled={busy} onClick={() => setConfirmRemove(true)}>
          Remove
        </button>
      )}
      {problem && (
        <span id={errorId} className="field__error" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
