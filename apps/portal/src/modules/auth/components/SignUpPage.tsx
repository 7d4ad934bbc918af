import { type FormEvent, useRef } from 'react';
import { Link } from 'react-router';
import { LIMITS } from '@candor/domain';
import { TextField } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { SignUpMutation } from '../graphql/auth.graphql';
import { useSessionMutation } from '../hooks/useSessionMutation';
import { PASSWORD_HINT } from '../password-hint';
import { AuthLayout } from './AuthLayout';
import { TimeZoneField } from './TimeZoneField';

const LABELS = {
  organizationName: 'Organization name',
  name: 'Your name',
  email: 'Email',
  password: 'Password',
  timeZone: 'Time zone',
};

export function SignUpPage() {
  const form = useRef<HTMLFormElement>(null);
  const { submit, fetching, errors } = useSessionMutation(SignUpMutation, LABELS);
  useFocusFirstError(form, errors);
  const fieldErrors = errors?.fields ?? {};

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: keyof typeof LABELS) => String(data.get(name) ?? '');
    void submit({
      input: {
        organizationName: value('organizationName').trim(),
        name: value('name').trim(),
        email: value('email').trim(),
        password: value('password'),
        timeZone: value('timeZone') || null,
      },
    });
  }

  return (
    <AuthLayout
      title="Create your Candor account"
      intro="Set up your organization. You can invite your team once you are in."
      footer={
        <p>
          Already have an account? <Link to="/login">Log in</Link>
        </p>
      }
    >
      <form ref={form} className="form" onSubmit={onSubmit} aria-label="Sign up">
        <FormAlert message={errors?.form ?? null} />
        <TextField
          id="signup-organization"
          name="organizationName"
          label={LABELS.organizationName}
          autoComplete="organization"
          maxLength={LIMITS.organizationName}
          required
          error={fieldErrors.organizationName}
        />
        <TextField
          id="signup-name"
          name="name"
          label={LABELS.name}
          autoComplete="name"
          maxLength={LIMITS.personName}
          required
          error={fieldErrors.name}
        />
        <TextField
          id="signup-email"
          name="email"
          type="email"
          label={LABELS.email}
          autoComplete="email"
          maxLength={LIMITS.email}
          required
          error={fieldErrors.email}
        />
        <TextField
          id="signup-password"
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
        <TimeZoneField name="timeZone" error={fieldErrors.timeZone} />
        <button type="submit" className="button button--primary button--block">
          {fetching ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
    </AuthLayout>
  );
}
