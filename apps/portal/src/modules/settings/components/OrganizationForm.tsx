import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { LIMITS } from '@candor/domain';
import type { SettingsQuery } from '../../../generated/graphql';
import { Field, TextField } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { UpdateOrganizationMutation } from '../graphql/settings.graphql';
import { timeZoneOptions } from '../../../shared/time-zones';

type Organization = SettingsQuery['me']['organization'];

const LABELS = {
  name: 'Organization name',
  timeZone: 'Time zone',
  quietHoursStart: 'Quiet hours start',
  quietHoursEnd: 'Quiet hours end',
  statusLinkExpiryDays: 'Status link expiry (days)',
  replyTo: 'Reply-To address for candidate emails',
  requireTwoFactor: 'Require two-factor sign-in for every member',
};
type OrganizationField = keyof typeof LABELS;

const EXPIRY_DAYS = { min: 1, max: 3650 };

/** "22:00:00" or "22:00" -> "22:00"; null -> "" (quiet hours off). */
function clockValue(value: string | null | undefined): string {
  return value ? value.slice(0, 5) : '';
}

function quietHoursText(organization: Organization): string {
  const start = clockValue(organization.quietHoursStart);
  const end = clockValue(organization.quietHoursEnd);
  return start && end ? `${start} to ${end}` : 'Off';
}

interface Props {
  organization: Organization;
  canManage: boolean;
}

/** Name, time zone, quiet hours and status-link expiry; read-only for members who may not change them. */
export function OrganizationForm({ organization, canManage }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [{ fetching }, update] = useMutation(UpdateOrganizationMutation);
  const [errors, setErrors] = useState<FormErrors<OrganizationField> | null>(null);
  const [status, setStatus] = useState('');
  const zones = useMemo(() => timeZoneOptions(organization.timeZone), [organization.timeZone]);
  useFocusFirstError(form, errors);
  const fieldErrors = errors?.fields ?? {};

  if (!canManage) {
    return (
      <section className="card settings-section" aria-labelledby="organization-heading">
        <h2 id="organization-heading">Organization</h2>
        <dl className="settings-facts">
          <div className="settings-facts__row">
            <dt>{LABELS.name}</dt>
            <dd>{organization.name}</dd>
          </div>
          <div className="settings-facts__row">
            <dt>{LABELS.timeZone}</dt>
            <dd>{organization.timeZone.replaceAll('_', ' ')}</dd>
          </div>
          <div className="settings-facts__row">
            <dt>Quiet hours</dt>
            <dd>{quietHoursText(organization)}</dd>
          </div>
          <div className="settings-facts__row">
            <dt>Replies from candidates</dt>
            <dd>{organization.replyTo ?? 'No Reply-To address: candidate emails come from a no-reply sender'}</dd>
          </div>
          <div className="settings-facts__row">
            <dt>Status links expire</dt>
            <dd>{organization.statusLinkExpiryDays} days after the outcome</dd>
          </div>
          <div className="settings-facts__row">
            <dt>Two-factor sign-in</dt>
            <dd>{organization.requireTwoFactor ? 'Required for every member' : 'Each member decides'}</dd>
          </div>
        </dl>
        <p className="muted">Only admins can change these settings.</p>
      </section>
    );
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    setStatus('');
    const data = new FormData(event.currentTarget);
    const value = (name: OrganizationField) => String(data.get(name) ?? '').trim();
    const quietHoursStart = value('quietHoursStart');
    const quietHoursEnd = value('quietHoursEnd');
    if (Boolean(quietHoursStart) !== Boolean(quietHoursEnd)) {
      const missing: OrganizationField = quietHoursStart ? 'quietHoursEnd' : 'quietHoursStart';
      setErrors({
        fields: { [missing]: 'Give both a start and an end for quiet hours, or leave both empty to turn them off.' },
        form: null,
      });
      return;
    }
    const days = value('statusLinkExpiryDays');
    const result = await update({
      input: {
        name: value('name'),
        timeZone: value('timeZone'),
        quietHoursStart: quietHoursStart || null,
        quietHoursEnd: quietHoursEnd || null,
        statusLinkExpiryDays: days === '' ? null : Number(days),
        replyTo: value('replyTo') || null,
        requireTwoFactor: data.get('requireTwoFactor') === 'on',
      },
    });
    if (result.error || !result.data) {
      setErrors(toFormErrors(result.error, LABELS));
      return;
    }
    setErrors(null);
    setStatus('Settings saved.');
  }

  return (
    <section className="card settings-section" aria-labelledby="organization-heading">
      <h2 id="organization-heading">Organization</h2>
      <form ref={form} className="form" onSubmit={onSubmit} aria-labelledby="organization-heading" noValidate>
        <FormAlert message={errors?.form ?? null} />
        <TextField
          id="settings-name"
          name="name"
          label={LABELS.name}
          autoComplete="organization"
          defaultValue={organization.name}
          maxLength={LIMITS.organizationName}
          required
          error={fieldErrors.name}
        />
        <Field
          id="settings-time-zone"
          label={LABELS.timeZone}
          hint="Reply dates and quiet hours are counted in this time zone."
          error={fieldErrors.timeZone}
        >
          {(control) => (
            <select className="input" name="timeZone" defaultValue={organization.timeZone} {...control}>
              {zones.map((zone) => (
                <option key={zone.value} value={zone.value}>
                  {zone.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="settings-fieldset">
          <legend className="field__label">Quiet hours</legend>
          <p className="field__hint" id="quiet-hours-hint">
            Candidate emails due in these hours wait until they end. Leave both empty to turn quiet hours off.
          </p>
          <div className="settings-quiet-hours">
            <TextField
              id="settings-quiet-start"
              name="quietHoursStart"
              type="time"
              label={LABELS.quietHoursStart}
              defaultValue={clockValue(organization.quietHoursStart)}
              error={fieldErrors.quietHoursStart}
            />
            <TextField
              id="settings-quiet-end"
              name="quietHoursEnd"
              type="time"
              label={LABELS.quietHoursEnd}
              defaultValue={clockValue(organization.quietHoursEnd)}
              error={fieldErrors.quietHoursEnd}
            />
          </div>
        </fieldset>
        <TextField
          id="settings-expiry"
          name="statusLinkExpiryDays"
          type="number"
          inputMode="numeric"
          label={LABELS.statusLinkExpiryDays}
          hint={`How long a candidate's status link keeps working after the outcome (${EXPIRY_DAYS.min} to ${EXPIRY_DAYS.max} days).`}
          min={EXPIRY_DAYS.min}
          max={EXPIRY_DAYS.max}
          defaultValue={organization.statusLinkExpiryDays}
          required
          error={fieldErrors.statusLinkExpiryDays}
        />
        <TextField
          id="settings-reply-to"
          name="replyTo"
          type="email"
          autoComplete="off"
          label={LABELS.replyTo}
          hint="A shared inbox your team reads, e.g. hiring@yourcompany.com. Leave empty and candidate emails come from a no-reply sender."
          maxLength={LIMITS.email}
          defaultValue={organization.replyTo ?? ''}
          error={fieldErrors.replyTo}
        />
        <div className="settings-check">
          <input
            id="settings-require-two-factor"
            name="requireTwoFactor"
            type="checkbox"
            defaultChecked={organization.requireTwoFactor}
            aria-describedby={fieldErrors.requireTwoFactor ? 'settings-require-two-factor-hint settings-require-two-factor-error' : 'settings-require-two-factor-hint'}
            aria-invalid={fieldErrors.requireTwoFactor ? true : undefined}
          />
          <label htmlFor="settings-require-two-factor">{LABELS.requireTwoFactor}</label>
          <p id="settings-require-two-factor-hint" className="field__hint">
            Members without an authenticator app can only set one up until they do. Turn on your own first, under Account.
          </p>
          {fieldErrors.requireTwoFactor && (
            <p id="settings-require-two-factor-error" className="field__error">
              {fieldErrors.requireTwoFactor}
            </p>
          )}
        </div>
        <div>
          <button type="submit" className="button button--primary">
            {fetching ? 'Saving…' : 'Save settings'}
          </button>
        </div>
        <p className="form-status" role="status">
          {status}
        </p>
      </form>
    </section>
  );
}
