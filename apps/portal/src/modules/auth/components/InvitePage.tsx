import { type FormEvent, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import type { CombinedError } from '@urql/core';
import { ErrorCode, LIMITS } from '@candor/domain';
import { graphql } from '../../../generated';
import { TextField } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { errorCode, type FormErrors } from '../../../shared/graphql-errors';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { useSessionMutation } from '../hooks/useSessionMutation';
import { PASSWORD_HINT } from '../password-hint';
import { AuthLayout } from './AuthLayout';

// The API sets the session cookie; the portal never reads or stores the token itself.
const AcceptInviteMutation = graphql(`
  mutation AcceptInvite($input: AcceptInviteInput!) {
    acceptInvite(input: $input) {
      expiresAt
    }
  }
`);

const LABELS = { name: 'Your name', password: 'Password' };

const EXPIRED_INVITE_MESSAGE =
  'This invitation has expired or was already used. Ask your admin for a new one.';

/** An unknown, used or expired invitation answers NOT_FOUND: say what to do about it. */
function explainInviteError(error: CombinedError | undefined): FormErrors<keyof typeof LABELS> | null {
  return errorCode(error) === ErrorCode.NOT_FOUND ? { fields: {}, form: EXPIRED_INVITE_MESSAGE } : null;
}

/** "#abc" -> "abc"; the token follows the # so it never reaches a server log. */
function tokenFromHash(hash: string): string {
  return decodeURIComponent(hash.replace(/^#/, '')).trim();
}

/** Accepting a team invite: the invitee picks a name and password and is signed in. */
export default function InvitePage() {
  const location = useLocation();
  const token = tokenFromHash(location.hash);
  const form = useRef<HTMLFormElement>(null);
  const { submit, fetching, errors } = useSessionMutation(AcceptInviteMutation, LABELS, explainInviteError);
  useFocusFirstError(form, errors);
  const fieldErrors = errors?.fields ?? {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    await submit({
      input: {
        token,
        name: String(data.get('name') ?? '').trim(),
        password: String(data.get('password') ?? ''),
      },
    });
  }

  if (!token) {
    return (
      <AuthLayout title="Join your team on Candor">
        <p role="alert" className="alert alert--error">
          This invitation link is incomplete. Open the link from your invitation email again, or ask your admin
          for a new one.
        </p>
        <p>
          Already have an account? <Link to="/login">Log in</Link>
        </p>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      title="Join your team on Candor"
      intro="Choose your name and a password to accept the invitation."
      footer={
        <p>
          Already have an account? <Link to="/login">Log in</Link>
        </p>
      }
    >
      <form ref={form} className="form" onSubmit={onSubmit} aria-label="Accept invitation">
        <FormAlert message={errors?.form ?? null} />
        <TextField
          id="invite-name"
          name="name"
          label={LABELS.name}
          autoComplete="name"
          maxLength={LIMITS.personName}
          required
          error={fieldErrors.name}
        />
        <TextField
          id="invite-password"
          name="password"
          type="password"
          label={LABELS.password}
          hint={PASSWORD_HINT}
          autoComplete="new-password"
          minLength={LIMITS.passwordMin}
          maxLength={LIMITS.passwordMax}
          required
          error={fieldErrors.password}
        />
        <button type="submit" className="button button--primary button--block">
          {fetching ? 'Joining…' : 'Join the team'}
        </button>
      </form>
    </AuthLayout>
  );
}
