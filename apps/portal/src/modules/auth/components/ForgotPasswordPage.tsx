import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { LIMITS } from '@candor/domain';
import { TextField } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { RequestPasswordResetMutation } from '../graphql/auth.graphql';
import { AuthLayout } from './AuthLayout';

const LABELS = { email: 'Email' };

/** Asks for a reset link; the answer never says whether the address has an account. */
export default function ForgotPasswordPage() {
  const form = useRef<HTMLFormElement>(null);
  const [{ fetching }, request] = useMutation(RequestPasswordResetMutation);
  const [errors, setErrors] = useState<FormErrors<keyof typeof LABELS> | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  useFocusFirstError(form, errors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    const result = await request({ input: { email } });
    if (result.error || !result.data) {
      setErrors(toFormErrors(result.error, LABELS));
      return;
    }
    setErrors(null);
    setSentTo(email);
  }

  return (
    <AuthLayout
      title="Reset your password"
      intro={sentTo ? undefined : 'Enter the email address of your Candor account. We will send you a link to choose a new password.'}
      footer={
        <p>
          Remembered it? <Link to="/login">Log in</Link>
        </p>
      }
    >
      {sentTo ? (
        <div role="status" className="alert alert--success">
          <p>
            If {sentTo} belongs to a Candor account, a reset link is on its way. It works once, for 30 minutes. Check
            your spam folder if it does not arrive in a few minutes.
          </p>
        </div>
      ) : (
        <form ref={form} className="form" onSubmit={onSubmit} aria-label="Request a password reset">
          <FormAlert message={errors?.form ?? null} />
          <TextField
            id="forgot-email"
            name="email"
            type="email"
            label={LABELS.email}
            autoComplete="email"
            maxLength={LIMITS.email}
            required
            error={errors?.fields.email}
          />
          <button type="submit" className="button button--primary button--block">
            {fetching ? 'Sending…' : 'Send reset link'}
          </button>
        </form>
      )}
    </AuthLayout>
  );
}
