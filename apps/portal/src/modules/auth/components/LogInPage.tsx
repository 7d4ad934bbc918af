import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { LIMITS } from '@candor/domain';
import { TextField } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { LogInMutation } from '../graphql/auth.graphql';
import { useSessionMutation } from '../hooks/useSessionMutation';
import { AuthLayout } from './AuthLayout';

const LABELS = { email: 'Email', password: 'Password', oneTimeCode: 'Code' };

/**
 * Log-in. A member with two-factor sign-in is asked for the code of their authenticator app (or
 * a recovery code) once the password is right: the API answers `twoFactorRequired`.
 */
export function LogInPage() {
  const form = useRef<HTMLFormElement>(null);
  const { submit, fetching, errors, lastError } = useSessionMutation(LogInMutation, LABELS);
  const [credentials, setCredentials] = useState<{ email: string; password: string } | null>(null);
  const [codeTried, setCodeTried] = useState(false);
  useFocusFirstError(form, errors);
  const askForCode = !!credentials && !!lastError?.graphQLErrors.some((e) => e.extensions?.twoFactorRequired === true);
  const fieldErrors = errors?.fields ?? {};
  // The first "code needed" answer is what the intro already says; a wrong code is worth an alert.
  const alert = askForCode && !codeTried ? null : (errors?.form ?? null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    if (askForCode && credentials) {
      // Marked once the answer is in: until then the alert keeps what it showed.
      void submit({ input: { ...credentials, oneTimeCode: String(data.get('oneTimeCode') ?? '').trim() } }).then(() => setCodeTried(true));
      return;
    }
    const entered = { email: String(data.get('email') ?? '').trim(), password: String(data.get('password') ?? '') };
    setCredentials(entered);
    setCodeTried(false);
    void submit({ input: entered });
  }

  return (
    <AuthLayout
      title={askForCode ? 'Enter your sign-in code' : 'Log in to Candor'}
      intro={askForCode ? 'Open your authenticator app and enter the 6-digit code for Candor, or one of your recovery codes.' : undefined}
      footer={
        <>
          <p>
            <Link to="/forgot-password">Forgot your password?</Link>
          </p>
          <p>
            New to Candor? <Link to="/signup">Create an account</Link>
          </p>
        </>
      }
    >
      <form ref={form} className="form" onSubmit={onSubmit} aria-label="Log in">
        <FormAlert message={alert} />
        {askForCode ? (
          <TextField
            key="code"
            id="login-code"
            name="oneTimeCode"
            label={LABELS.oneTimeCode}
            hint="6 digits from the app, or a recovery code like ABCD-EFGH-JKLM-NPQR."
            autoComplete="one-time-code"
            inputMode="text"
            maxLength={32}
            required
            autoFocus
            error={fieldErrors.oneTimeCode}
          />
        ) : (
          <>
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
          </>
        )}
        <button type="submit" className="button button--primary button--block">
          {fetching ? 'Logging in…' : askForCode ? 'Confirm' : 'Log in'}
        </button>
        {askForCode && (
          <button type="button" className="button button--secondary button--block" onClick={() => setCredentials(null)}>
            Use another account
          </button>
        )}
      </form>
    </AuthLayout>
  );
}
