import { type FormEvent, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { LIMITS } from '@candor/domain';
import { TextField } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { PASSWORD_HINT, SECOND_FACTOR_PASSWORD_HINT } from '../../auth/password-hint';
import { ChangePasswordMutation } from '../graphql/account.graphql';

const LABELS = { currentPassword: 'Current password', newPassword: 'New password' };

/** A new password, given the current one; the member's other sessions end. */
export function ChangePasswordForm({ hasSecondFactor }: { hasSecondFactor: boolean }) {
  const form = useRef<HTMLFormElement>(null);
  const [{ fetching }, change] = useMutation(ChangePasswordMutation);
  const [errors, setErrors] = useState<FormErrors<keyof typeof LABELS> | null>(null);
  const [saved, setSaved] = useState(false);
  useFocusFirstError(form, errors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const target = event.currentTarget;
    const data = new FormData(target);
    setSaved(false);
    const result = await change({
      input: { currentPassword: String(data.get('currentPassword') ?? ''), newPassword: String(data.get('newPassword') ?? '') },
    });
    if (result.error || !result.data) {
      setErrors(toFormErrors(result.error, LABELS));
      return;
    }
    setErrors(null);
    setSaved(true);
    target.reset();
  }

  return (
    <section className="card account-section" aria-labelledby="password-heading">
      <h2 id="password-heading">Password</h2>
      <form ref={form} className="form" onSubmit={onSubmit} aria-labelledby="password-heading">
        <FormAlert message={errors?.form ?? null} />
        <TextField
          id="current-password"
          name="currentPassword"
          type="password"
          label={LABELS.currentPassword}
          autoComplete="current-password"
          maxLength={LIMITS.passwordMax}
          required
          error={errors?.fields.currentPassword}
        />
        <TextField
          id="new-password"
          name="newPassword"
          type="password"
          label={LABELS.newPassword}
          hint={hasSecondFactor ? SECOND_FACTOR_PASSWORD_HINT : PASSWORD_HINT}
          autoComplete="new-password"
          minLength={hasSecondFactor ? LIMITS.passwordMinWithSecondFactor : LIMITS.passwordMin}
          maxLength={LIMITS.passwordMax}
          required
          error={errors?.fields.newPassword}
        />
        <div>
          <button type="submit" className="button button--primary">
            {fetching ? 'Saving…' : 'Change password'}
          </button>
        </div>
      </form>
      <div role="status">{saved && <p className="account-section__done">Password changed. Your other sessions have ended.</p>}</div>
    </section>
  );
}
