import { DEFAULT_STEP_REMINDER_HOURS, LIMITS } from '@candor/domain';
import { type FormEvent, useRef, useState } from 'react';
import { useMutation } from 'urql';
import type { SettingsQuery } from '../../../generated/graphql';
import { Field } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { UpdateStepReminderSettingsMutation } from '../graphql/settings.graphql';

type Organization = SettingsQuery['me']['organization'];

const LABELS = { stepReminderHours: 'Hours before the step' };

interface Props {
  organization: Organization;
  canManage: boolean;
}

/** Reminders to candidates before their dated steps: on or off, and how many hours before. */
export function StepReminderSection({ organization, canManage }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [on, setOn] = useState(organization.stepReminderHours !== null);
  const [hours, setHours] = useState(String(organization.stepReminderHours ?? DEFAULT_STEP_REMINDER_HOURS));
  const [errors, setErrors] = useState<FormErrors<'stepReminderHours'> | null>(null);
  const [status, setStatus] = useState('');
  const [{ fetching }, update] = useMutation(UpdateStepReminderSettingsMutation);
  useFocusFirstError(form, errors);

  if (!canManage) {
    return (
      <section className="card settings-section" aria-labelledby="reminder-settings-heading">
        <h2 id="reminder-settings-heading">Reminders before steps</h2>
        <p>
          {organization.stepReminderHours === null
            ? 'Candidates get no reminders before their steps.'
            : `Candidates are reminded ${organization.stepReminderHours} hours before each dated step they see.`}
        </p>
        <p className="muted">Only admins can change these settings.</p>
      </section>
    );
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    setStatus('');
    const value = Number(hours);
    if (on && (!Number.isInteger(value) || value < 1 || value > LIMITS.stepReminderHoursMax)) {
      setErrors({ fields: { stepReminderHours: `Give a whole number of hours from 1 to ${LIMITS.stepReminderHoursMax}.` }, form: null });
      return;
    }
    const result = await update({ input: { stepReminderHours: on ? value : null } });
    if (result.error || !result.data) {
      setErrors(toFormErrors(result.error, LABELS));
      return;
    }
    setErrors(null);
    setStatus(on ? 'Reminders saved.' : 'Reminders turned off.');
  }

  return (
    <section className="card settings-section" aria-labelledby="reminder-settings-heading">
      <h2 id="reminder-settings-heading">Reminders before steps</h2>
      <form ref={form} className="form" onSubmit={onSubmit} aria-labelledby="reminder-settings-heading" noValidate>
        <FormAlert message={errors?.form ?? null} />
        <div className="settings-check">
          <input id="settings-step-reminders" type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} aria-describedby="settings-step-reminders-hint" />
          <label htmlFor="settings-step-reminders">Remind candidates before their steps</label>
          <p id="settings-step-reminders-hint" className="field__hint">
            One email per step with the time, the place or link and how to prepare; none for hidden or cancelled steps, and
            none when the step was announced within that time. Held by quiet hours, but never past the step.
          </p>
        </div>
        {on && (
          <Field id="settings-step-reminder-hours" label={LABELS.stepReminderHours} hint={`1 to ${LIMITS.stepReminderHoursMax} hours.`} error={errors?.fields.stepReminderHours}>
            {(control) => (
              <input className="input" type="number" min={1} max={LIMITS.stepReminderHoursMax} step={1} value={hours} onChange={(e) => setHours(e.target.value)} {...control} />
            )}
          </Field>
        )}
        <div>
          <button type="submit" className="button button--primary">
            {fetching ? 'Saving…' : 'Save reminders'}
          </button>
        </div>
        <p className="form-status" role="status">
          {status}
        </p>
      </form>
    </section>
  );
}
