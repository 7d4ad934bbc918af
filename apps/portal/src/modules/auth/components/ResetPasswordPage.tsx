import { type FormEvent, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { ErrorCode, LIMITS } from '@candor/domain';
import { TextField } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { errorCode, type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { ResetPasswordMutation } from '../graphql/auth.graphql';
import { SECOND_FACTOR_PASSWORD_HINT } from '../password-hint';
import { AuthLayout } from './AuthLayout';

const LABELS = { password: 'New password' };
const GONE = 'This reset link has expired or was already used. Ask for a new one.';

/** Choosing a new password from a reset link (the token after #, never sent in a URL to a server). */
export default function ResetPasswordPage() {
  const token = decodeURIComponent(useLocation().hash.replace(/^#/, '')).trim();
  const form = useRef<HTMLFormElement>(null);
  const [{ fetching }, reset] = useMutation(ResetPasswordMutation);
  const [errors, setErrors] = useState<FormErrors<keyof typeof LABELS> | null>(null);
  const [done, setDone] = useState(false);
  useFocusFirstError(form, errors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    const result = await reset({ input: { token, password } });
    if (result.error || !result.data) {
      setErrors(errorCode(result.error) === ErrorCode.NOT_FOUND ? { fields: {}, form: GONE } : toFormErrors(result.error, LABELS));
      return;
    }
    setErrors(null);
    setDone(true);
  }

  const footer = (
    <p>
      <Link to="/forgot-password">Ask for a new link</Link> · <Link to="/login">Log in</Link>
    </p>
  );
  if (!token) {
    return (
      <AuthLayout title="Choose a new password" footer={footer}>
        <p role="alert" className="alert alert--error">
          This reset link is incomplete. Open the link from your email again, or ask for a new one.
        </p>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title="Choose a new password" footer={footer}>
      {done ? (
        <div role="status" className="alert alert--success">
          <p>
            Your password is changed, and every session of your account has ended. <Link to="/login">Log in</Link> with
            the new password.
          </p>
        </div>
      ) : (
        <form ref={form} className="form" onSubmit={onSubmit} aria-label="Choose a new password">
          <FormAlert message={errors?.form ?? null} />
          <TextField
            id="reset-password"
            name="password"
            type="password"
            label={LABELS.password}
            hint={SECOND_FACTOR_PASSWORD_HINT}
            autoComplete="new-password"
            minLength={LIMITS.passwordMinWithSecondFactor}
            maxLength={LIMITS.passwordMax}
            required
            error={errors?.fields.password}
          />
          <button type="submit" className="button button--primary button--block">
            {fetching ? 'Saving…' : 'Save new password'}
          </button>
        </form>
      )}
    </AuthLayout>
  );
}
