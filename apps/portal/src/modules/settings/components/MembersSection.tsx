import { type FormEvent, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { LIMITS, MEMBER_ROLES, type MemberRole } from '@candor/domain';
import type { InviteMemberMutation } from '../../../generated/graphql';
import { Field, TextField } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { ErrorState, LoadingState } from '../../../shared/components/PageState';
import { errorMessage, type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { InvitesSection } from './InvitesSection';
import { MemberActions } from './MemberActions';
import { MemberRoleSelect } from './MemberRoleSelect';
import { ROLE_WORDS } from './role-words';
import { InviteMemberMutation as InviteMemberDocument, MembersQuery } from '../graphql/settings.graphql';


/** The organization's members; admins invite more, change roles, deactivate or remove members, and revoke invitations. */
export function MembersSection({ canInvite, canManageRoles, viewerId }: { canInvite: boolean; canManageRoles: boolean; viewerId: string }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MembersQuery });

  return (
    <section className="card settings-section" aria-labelledby="members-heading">
      <h2 id="members-heading">Team</h2>
      {!data ? (
        fetching || !error ? (
          <LoadingState label="Loading members…" />
        ) : (
          <ErrorState
            title="We could not load the team"
            message={errorMessage(error)}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        )
      ) : (
        <ul className="member-list" aria-labelledby="members-heading">
          {data.members.map((member) => (
            <li key={member.id} className={member.deactivatedAt ? 'member-list__item member-list__item--off' : 'member-list__item'}>
              <span className="member-list__name">
                {member.name}
                {member.deactivatedAt && <span className="badge badge--closed">Deactivated</span>}
                {member.twoFactorEnabled && <span className="badge badge--open">Two-factor</span>}
              </span>
              <span className="member-list__email">{member.email}</span>
              {canManageRoles ? (
                <MemberRoleSelect member={member} />
              ) : (
                <span className="member-list__role">{ROLE_WORDS[member.role]}</span>
              )}
              {canManageRoles && member.id !== viewerId && (
                <MemberActions member={member} onRemoved={() => reexecute({ requestPolicy: 'network-only' })} />
              )}
            </li>
          ))}
        </ul>
      )}
      {canInvite && <InvitesSection />}
      {canInvite && <InviteForm />}
    </section>
  );
}

const LABELS = { email: 'Email', role: 'Role' };
type InviteField = keyof typeof LABELS;
type Invite = InviteMemberMutation['inviteMember'];

function InviteForm() {
  const form = useRef<HTMLFormElement>(null);
  const [{ fetching }, invite] = useMutation(InviteMemberDocument);
  const [errors, setErrors] = useState<FormErrors<InviteField> | null>(null);
  const [sent, setSent] = useState<Invite | null>(null);
  useFocusFirstError(form, errors);
  const fieldErrors = errors?.fields ?? {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const target = event.currentTarget;
    const data = new FormData(target);
    setSent(null);
    const result = await invite({
      input: {
        email: String(data.get('email') ?? '').trim(),
        role: String(data.get('role') ?? 'RECRUITER') as MemberRole,
      },
    });
    if (result.error || !result.data) {
      setErrors(toFormErrors(result.error, LABELS));
      return;
    }
    setErrors(null);
    setSent(result.data.inviteMember);
    const emailInput = target.elements.namedItem('email');
    if (emailInput instanceof HTMLInputElement) emailInput.value = '';
  }

  return (
    <div className="invite">
      <h3 id="invite-heading">Invite a member</h3>
      <form ref={form} className="form" onSubmit={onSubmit} aria-labelledby="invite-heading" noValidate>
        <FormAlert message={errors?.form ?? null} />
        <div className="invite__row">
          <TextField
            id="invite-email"
            name="email"
            type="email"
            label={LABELS.email}
            autoComplete="off"
            maxLength={LIMITS.email}
            required
            error={fieldErrors.email}
          />
          <Field id="invite-role" label={LABELS.role} error={fieldErrors.role}>
            {(control) => (
              <select className="input" name="role" defaultValue="RECRUITER" {...control}>
                {MEMBER_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_WORDS[role]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div>
          <button type="submit" className="button button--primary">
            {fetching ? 'Sending…' : 'Send invitation'}
          </button>
        </div>
      </form>
      <div role="status" className="invite__status">
        {sent && <InviteSent invite={sent} />}
      </div>
    </div>
  );
}

function InviteSent({ invite }: { invite: Invite }) {
  const [copyStatus, setCopyStatus] = useState('');

  async function copy(url: string) {
    setCopyStatus('');
    try {
      await navigator.clipboard.writeText(url);
      setCopyStatus('Link copied.');
    } catch {
      setCopyStatus('We could not copy the link. Select it in the box and copy it yourself.');
    }
  }

  return (
    <div className="invite-sent">
      <p className="invite-sent__message">
        <span aria-hidden="true">✓ </span>Invitation sent to {invite.email}.
      </p>
      {invite.inviteUrl && (
        <div className="invite-sent__link">
          <p className="field__hint">
            Emails stay in the dev mailbox here, so pass this link on yourself. It works once.
          </p>
          <label className="field__label" htmlFor="invite-url">
            Invite link
          </label>
          <div className="invite-sent__copy">
            <input
              id="invite-url"
              className="input"
              readOnly
              value={invite.inviteUrl}
              onFocus={(event) => event.currentTarget.select()}
            />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => invite.inviteUrl && copy(invite.inviteUrl)}
            >
              Copy link
            </button>
          </div>
          {copyStatus && <p className="invite-sent__copied">{copyStatus}</p>}
        </div>
      )}
    </div>
  );
}
