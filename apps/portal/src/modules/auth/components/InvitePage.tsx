import { type FormEvent, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { ErrorCode, LIMITS } from '@candor/domain';
import { graphql } from '../../../generated';
import { TextField } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { errorCode, type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { useSession } from '../../../shared/session';
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

/** "#abc" -> "abc"; the token follows the # so it never reaches a server log. */
function tokenFromHash(hash: string): string {
  return decodeURIComponent(hash.replace(/^#/, '')).trim();
}

/** Accepting a team invite: the invitee picks a name and password and is signed in. */
export default function InvitePage() {
  const location = useLocation();
  const token = tokenFromHash(location.hash);
  const form = useRef<HTMLFormElement>(null);
  const [{ fetching }, accept] = useMutation(AcceptInviteMutation);
  const [errors, setErrors] = useState<FormErrors<keyof typeof LABELS> | null>(null);
  const inFlight = useRef(false);
  const { resetSession } = useSession();
  const navigate = useNavigate();
  useFocusFirstError(form, errors);
  const fieldErrors = errors?.fields ?? {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    const data = new FormData(event.currentTarget);
    inFlight.current = true;
    try {
      const result = await accept({
        input: {
          token,
          name: String(data.get('name') ?? '').trim(),
          password: String(data.get('password') ?? ''),
        },
      });
      if (result.error || !result.data) {
        setErrors(
          errorCode(result.error) === ErrorCode.NOT_FOUND
            ? { fields: {}, form: EXPIRED_INVITE_MESSAGE }
            : toFormErrors(result.error, LABELS),
        );
        return;
      }
      setErrors(null);
      // A fresh client: `me` is fetched again with the new session cookie.
      resetSession();
      await navigate('/', { replace: true });
    } finally {
      inFlight.current = false;
    }
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
