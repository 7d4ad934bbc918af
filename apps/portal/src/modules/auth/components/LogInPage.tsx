import { type FormEvent, useRef } from 'react';
import { Link } from 'react-router';
import { LIMITS } from '@candor/domain';
import { TextField } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { LogInMutation } from '../graphql/auth.graphql';
import { useSessionMutation } from '../hooks/useSessionMutation';
import { AuthLayout } from './AuthLayout';

const LABELS = { email: 'Email', password: 'Password' };

export function LogInPage() {
  const form = useRef<HTMLFormElement>(null);
  const { submit, fetching, errors } = useSessionMutation(LogInMutation, LABELS);
  useFocusFirstError(form, errors);
  const fieldErrors = errors?.fields ?? {};

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    void submit({
      input: {
        email: String(data.get('email') ?? '').trim(),
        password: String(data.get('password') ?? ''),
      },
    });
  }

  return (
    <AuthLayout
      title="Log in to Candor"
      footer={
        <p>
          New to Candor? <Link to="/signup">Create an account</Link>
        </p>
      }
    >
      <form ref={form} className="form" onSubmit={onSubmit} aria-label="Log in">
        <FormAlert message={errors?.form ?? null} />
        <TextField
          id="login-email"
          name="email"
          type="email"
          label={LABELS.email}
          autoComplete="email"
          maxLength={LIMITS.email}
          required
          error={fieldErrors.email}
        />
        <TextField
          id="login-password"
          name="password"
          type="password"
          label={LABELS.password}
          autoComplete="current-password"
          maxLength={LIMITS.passwordMax}
          required
          error={fieldErrors.password}
        />
        <button type="submit" className="button button--primary button--block">
          {fetching ? 'Logging in…' : 'Log in'}
        </button>
      </form>
    </AuthLayout>
  );
}
