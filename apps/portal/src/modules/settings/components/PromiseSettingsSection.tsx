import { PUBLIC_PROMISE_RECORD } from '@candor/domain';
import { type FormEvent, useRef, useState } from 'react';
import { useMutation } from 'urql';
import type { SettingsQuery } from '../../../generated/graphql';
import { Field } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import { useClock } from '../../../shared/hooks/useClock';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { UpdatePromiseSettingsMutation } from '../graphql/settings.graphql';

type Organization = SettingsQuery['me']['organization'];

const LABELS = {
  promiseExtensionTime: 'Extension time',
  holidays: 'Holidays',
  showPromiseRecord: 'Show our kept share on status pages',
};
type PromiseField = keyof typeof LABELS;

const RECORD_RULE = `Candidates then read “This team kept N% of its reply dates in the last ${PUBLIC_PROMISE_RECORD.days} days” on their status page, but only once at least ${PUBLIC_PROMISE_RECORD.atLeastEnded} promises ended in those ${PUBLIC_PROMISE_RECORD.days} days; before that nothing is shown.`;

interface Props {
  organization: Organization;
  canManage: boolean;
}

/** Promised reply dates: when Candor extends pre-approved promises, the days business days skip, and the public kept share. */
export function PromiseSettingsSection({ organization, canManage }: Props) {
  const clock = useClock();
  const form = useRef<HTMLFormElement>(null);
  const [time, setTime] = useState(organization.promiseExtensionTime.slice(0, 5));
  const [holidays, setHolidays] = useState<string[]>(() => [...organization.holidays].sort());
  const [newHoliday, setNewHoliday] = useState('');
  const [showRecord, setShowRecord] = useState(organization.showPromiseRecord);
  const [errors, setErrors] = useState<FormErrors<PromiseField> | null>(null);
  const [status, setStatus] = useState('');
  const [{ fetching }, update] = useMutation(UpdatePromiseSettingsMutation);
  useFocusFirstError(form, errors);
  const fieldErrors = errors?.fields ?? {};

  if (!canManage) {
    return (
      <section className="card settings-section" aria-labelledby="promise-settings-heading">
        <h2 id="promise-settings-heading">Promised reply dates</h2>
        <dl className="settings-facts">
          <div className="settings-facts__row">
            <dt>Pre-approved extensions happen at</dt>
            <dd>{organization.promiseExtensionTime.slice(0, 5)} on the promised day</dd>
          </div>
          <div className="settings-facts__row">
            <dt>{LABELS.holidays}</dt>
            <dd>{organization.holidays.length === 0 ? 'None' : organization.holidays.map(clock.day).join('; ')}</dd>
          </div>
          <div className="settings-facts__row">
            <dt>Kept share on status pages</dt>
            <dd>{organization.showPromiseRecord ? 'Shown' : 'Not shown'}</dd>
          </div>
        </dl>
        <p className="muted">Only admins can change these settings.</p>
      </section>
    );
  }

  function addHoliday() {
    if (!newHoliday) {
      setErrors({ fields: { holidays: 'Choose a day to add.' }, form: null });
      return;
    }
    setErrors(null);
    if (holidays.includes(newHoliday)) {
      setStatus(`${clock.day(newHoliday)} is already a holiday.`);
    } else {
      setHolidays([...holidays, newHoliday].sort());
      setStatus(`${clock.day(newHoliday)} added; save to keep it.`);
    }
    setNewHoliday('');
  }

  function removeHoliday(day: string) {
    setHolidays(holidays.filter((holiday) => holiday !== day));
    setStatus(`${clock.day(day)} removed; save to keep it.`);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    setStatus('');
    if (!/^\d{2}:\d{2}$/.test(time)) {
      setErrors({ fields: { promiseExtensionTime: 'Give a time as HH:MM, e.g. 16:00.' }, form: null });
      return;
    }
    const result = await update({ input: { promiseExtensionTime: time, holidays, showPromiseRecord: showRecord } });
    if (result.error || !result.data) {
      setErrors(toFormErrors(result.error, LABELS));
      return;
    }
    setErrors(null);
    setStatus('Promise settings saved.');
  }

  return (
    <section className="card settings-section" aria-labelledby="promise-settings-heading">
      <h2 id="promise-settings-heading">Promised reply dates</h2>
      <form ref={form} className="form" onSubmit={onSubmit} aria-labelledby="promise-settings-heading" noValidate>
        <FormAlert message={errors?.form ?? null} />
        <Field
          id="settings-extension-time"
          label={LABELS.promiseExtensionTime}
          hint={`When a member pre-approved an extension and the candidate has seen nothing new by this time on the promised day (${clock.zoneLabel()}), Candor tells them once and moves the day. Moved out of quiet hours.`}
          error={fieldErrors.promiseExtensionTime}
        >
          {(control) => (
            <input className="input" type="time" value={time} onChange={(e) => setTime(e.target.value)} required {...control} />
          )}
        </Field>
        <fieldset className="settings-fieldset">
          <legend className="field__label">{LABELS.holidays}</legend>
          <p className="field__hint" id="settings-holidays-hint">
            Days pre-approved extensions skip, besides weekends, when they count business days.
          </p>
          {holidays.length === 0 ? (
            <p className="muted">No holidays.</p>
          ) : (
            <ul className="settings-holidays" aria-label="Holidays">
              {holidays.map((day) => (
                <li key={day} className="settings-holidays__item">
                  <span>{clock.day(day)}</span>
                  <button type="button" className="button button--secondary button--small" onClick={() => removeHoliday(day)}>
                    Remove <span className="visually-hidden">{clock.day(day)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="settings-holidays__add">
            <Field id="settings-new-holiday" label="Add a holiday" error={fieldErrors.holidays}>
              {(control) => (
                <input className="input" type="date" value={newHoliday} onChange={(e) => setNewHoliday(e.target.value)} {...control} />
              )}
            </Field>
            <button type="button" className="button button--secondary" onClick={addHoliday}>
              Add
            </button>
          </div>
        </fieldset>
        <div className="settings-check">
          <input
            id="settings-show-promise-record"
            type="checkbox"
            checked={showRecord}
            onChange={(e) => setShowRecord(e.target.checked)}
            aria-describedby="settings-show-promise-record-hint"
          />
          <label htmlFor="settings-show-promise-record">{LABELS.showPromiseRecord}</label>
          <p id="settings-show-promise-record-hint" className="field__hint">
            {RECORD_RULE}
          </p>
        </div>
        <div>
          <button type="submit" className="button button--primary">
            {fetching ? 'Saving…' : 'Save promise settings'}
          </button>
        </div>
        <p className="form-status" role="status">
          {status}
        </p>
      </form>
    </section>
  );
}
