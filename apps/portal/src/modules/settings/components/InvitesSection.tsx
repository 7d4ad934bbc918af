import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorState, LoadingState } from '../../../shared/components/PageState';
import { errorMessage, toFormErrors } from '../../../shared/graphql-errors';
import { useClock } from '../../../shared/hooks/useClock';
import { InvitesQuery, RevokeInviteMutation } from '../graphql/settings.graphql';
import { ROLE_WORDS } from './role-words';

/** Invitations not yet accepted: who, as what, until when; an admin revokes one (its link stops working). */
export function InvitesSection() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: InvitesQuery, requestPolicy: 'cache-and-network' });
  const [{ fetching: revoking }, revoke] = useMutation(RevokeInviteMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const clock = useClock();

  async function onRevoke(inviteId: string) {
    setProblem(null);
    const result = await revoke({ inviteId });
    if (result.error) setProblem(toFormErrors(result.error, {}).form);
    else reexecute({ requestPolicy: 'network-only' });
  }

  if (!data) {
    if (fetching || !error) return <LoadingState label="Loading invitations…" />;
    return <ErrorState title="We could not load the invitations" message={errorMessage(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  return (
    <div className="invites-pending">
      <h3 id="pending-heading">Pending invitations</h3>
      {data.invites.length === 0 ? (
        <p className="muted">No invitations are waiting.</p>
      ) : (
        <ul className="member-list" aria-labelledby="pending-heading">
          {data.invites.map((invite) => (
            <li key={invite.id} className="member-list__item">
              <span className="member-list__name">{invite.email}</span>
              <span className="member-list__email">
                {ROLE_WORDS[invite.role]} · until {clock.instant(invite.expiresAt)}
                {invite.invitedByName ? ` · from ${invite.invitedByName}` : ''}
              </span>
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={`Revoke the invitation of ${invite.email}`}
                disabled={revoking}
                onClick={() => void onRevoke(invite.id)}
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
