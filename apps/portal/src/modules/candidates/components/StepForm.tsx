import { type FormEvent, useId, useRef, useState } from 'react';
import {
  isNextStepKind,
  LIMITS,
  NEXT_STEP_KIND_LABELS,
  NEXT_STEP_KINDS,
  type NextStepKind,
  type StepDetailField,
  stepKindTakes,
} from '@candor/domain';
import { Field, TextField } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import type { FormErrors } from '../../../shared/graphql-errors';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { useClock } from '../../../shared/hooks/useClock';
import { PromiseClashNote } from './PromiseClashNote';
import type { StepDetails } from './types';

export const STEP_LABELS = {
  kind: 'Kind',
  title: 'Title',
  startsAt: 'Starts at',
  dueAt: 'Due at',
  durationMinutes: 'Duration in minutes',
  location: 'Location',
  meetingUrl: 'Video link',
  instructions: 'What to prepare',
};

export type StepField = keyof typeof STEP_LABELS;

/** What the form produces; null means "empty" (cleared on edit, left out on add). */
export interface StepValues {
  kind: NextStepKind;
  title: string;
  /** A detail the form did not ask for is undefined on edit (kept as it is), null when the kind changed (cleared). */
  startsAt: string | null | undefined;
  dueAt: string | null | undefined;
  durationMinutes: number | null | undefined;
  location: string | null | undefined;
  meetingUrl: string | null | undefined;
  instructions: string | null;
  visibleToCandidate: boolean;
  requestsResponse: boolean;
}

interface Props {
  step?: StepDetails;
  submitLabel: string;
  busy: boolean;
  errors: FormErrors<StepField> | null;
  /** Resolves true when saved (the form then empties itself when adding). */
  onSubmit: (values: StepValues) => Promise<boolean>;
  onCancel?: () => void;
  /** The candidate's promised reply day, to warn of a step after it. */
  promisedBy?: string | null;
}

const text = (data: FormData, name: string): string | null => {
  const value = String(data.get(name) ?? '').trim();
  return value === '' ? null : value;
};

/**
 * Adds or edits one next step. The member picks the kind first (there is no default kind); the
 * form then asks only for the details that kind takes (NEXT_STEP_KIND_FIELDS, libs/domain) and
 * re-shapes when the kind changes. Times are entered on the organization's clock (the portal's
 * one zone, shared/dates.ts), whatever zone the browser is in, and the hints say which.
 */
export function StepForm({ step, submitLabel, busy, errors, onSubmit, onCancel, promisedBy = null }: Props) {
  const prefix = useId();
  const id = (name: string) => `${prefix}-${name}`;
  const form = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<NextStepKind | ''>(isNextStepKind(step?.kind) ? step.kind : '');
  /** Whether the form asks for a detail: only once a kind is chosen, and only what it takes. */
  const takes = (field: StepDetailField) => kind !== '' && stepKindTakes(kind, field);
  const [localErrors, setLocalErrors] = useState<FormErrors<StepField> | null>(null);
  const shown = localErrors ?? errors;
  useFocusFirstError(form, shown);
  const clock = useClock();
  const zone = clock.zoneLabel();
  const typedAt = () => ({ startsAt: clock.toInput(step?.startsAt), dueAt: clock.toInput(step?.dueAt) });
  /** The dates as typed, for the warning of a step after the promised day. */
  const [typed, setTyped] = useState(typedAt);
  function onFieldChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLInputElement;
    if (target.name === 'startsAt' || target.name === 'dueAt') setTyped((dates) => ({ ...dates, [target.name]: target.value }));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const element = event.currentTarget;
    const data = new FormData(element);
    const fields: FormErrors<StepField>['fields'] = {};
    if (!kind) fields.kind = 'Choose what kind of step this is.';
    // A detail the form did not ask for is kept on edit (an older step, or one the API was given
    // directly, may hold it), and cleared when the kind changed: it no longer shows anywhere here.
    const hidden = step && kind === step.kind ? undefined : null;
    const detail = (name: StepDetailField) => (takes(name) ? text(data, name) : hidden);
    const title = text(data, 'title');
    if (!title) fields.title = 'Enter a title, e.g. “Interview with the team”.';
    const startsInput = detail('startsAt');
    const dueInput = detail('dueAt');
    const instant = (input: string | null | undefined) => (input ? clock.fromInput(input) : input);
    const startsAt = instant(startsInput);
    const dueAt = instant(dueInput);
    if (startsInput && !startsAt) fields.startsAt = 'Enter a date and time.';
    if (dueInput && !dueAt) fields.dueAt = 'Enter a date and time.';
    const durationInput = detail('durationMinutes');
    const duration = durationInput == null ? durationInput : Number(durationInput);
    if (duration != null && (!Number.isInteger(duration) || duration < 1)) {
      fields.durationMinutes = 'Enter a whole number of minutes.';
    }
    if (Object.keys(fields).length > 0 || !kind) {
      setLocalErrors({ fields, form: null });
      return;
    }
    setLocalErrors(null);
    const saved = await onSubmit({
      kind,
      title: title ?? '',
      startsAt,
      dueAt,
      durationMinutes: duration,
      location: detail('location'),
      meetingUrl: detail('meetingUrl'),
      instructions: text(data, 'instructions'),
      visibleToCandidate: data.get('visibleToCandidate') === 'on',
      requestsResponse: data.get('requestsResponse') === 'on',
    });
    if (saved && !step) {
      element.reset();
      setKind('');
      setTyped({ startsAt: '', dueAt: '' });
    }
  }

  const fieldErrors = shown?.fields ?? {};
  return (
    <form ref={form} className="form step-form" onSubmit={submit} onChange={onFieldChange} noValidate>
      <FormAlert message={shown?.form ?? null} />
      <div className="step-form__grid">
        <Field
          id={id('kind')}
          label={STEP_LABELS.kind}
          hint="The form then asks for what this kind of step needs."
          error={fieldErrors.kind}
        >
          {(control) => (
            <select
              {...control}
              className="input"
              name="kind"
              value={kind}
              onChange={(event) => setKind(isNextStepKind(event.target.value) ? event.target.value : '')}
            >
              <option value="" disabled>
                Choose a kind…
              </option>
              {NEXT_STEP_KINDS.map((option) => (
                <option key={option} value={option}>
                  {NEXT_STEP_KIND_LABELS[option]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          id={id('title')}
          name="title"
          label={STEP_LABELS.title}
          maxLength={LIMITS.stepTitle}
          defaultValue={step?.title ?? ''}
          required
          error={fieldErrors.title}
        />
        {takes('startsAt') && (
          <TextField
            id={id('startsAt')}
            name="startsAt"
            type="datetime-local"
            label={STEP_LABELS.startsAt}
            hint={`${takes('durationMinutes') ? 'For interviews and calls.' : 'Optional: when it opens.'} In ${zone}, the organization's time zone.`}
            defaultValue={clock.toInput(step?.startsAt)}
            error={fieldErrors.startsAt}
          />
        )}
        {takes('dueAt') && (
          <TextField
            id={id('dueAt')}
            name="dueAt"
            type="datetime-local"
            label={STEP_LABELS.dueAt}
            hint={`${kind === 'DECISION' ? 'The day it is decided by.' : 'For tests and take-home tasks.'} In ${zone}, the organization's time zone.`}
            defaultValue={clock.toInput(step?.dueAt)}
            error={fieldErrors.dueAt}
          />
        )}
        <PromiseClashNote
          promisedBy={promisedBy}
          kind={kind || undefined}
          startsAt={takes('startsAt') ? typed.startsAt : ''}
          dueAt={takes('dueAt') ? typed.dueAt : ''}
        />
        {takes('durationMinutes') && (
          <TextField
            id={id('durationMinutes')}
            name="durationMinutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={LIMITS.stepDurationMinutesMax}
            label={STEP_LABELS.durationMinutes}
            hint="How long an interview or call lasts; needs a start time."
            defaultValue={step?.durationMinutes ?? ''}
            error={fieldErrors.durationMinutes}
          />
        )}
        {takes('location') && (
          <TextField
            id={id('location')}
            name="location"
            label={STEP_LABELS.location}
            hint="An address, for in-person steps."
            maxLength={LIMITS.stepLocation}
            defaultValue={step?.location ?? ''}
            error={fieldErrors.location}
          />
        )}
        {takes('meetingUrl') && (
          <TextField
            id={id('meetingUrl')}
            name="meetingUrl"
            type="url"
            inputMode="url"
            label={STEP_LABELS.meetingUrl}
            hint="An http or https link to the call."
            maxLength={LIMITS.url}
            defaultValue={step?.meetingUrl ?? ''}
            error={fieldErrors.meetingUrl}
          />
        )}
      </div>
      <Field
        id={id('instructions')}
        label={STEP_LABELS.instructions}
        hint="Shown to the candidate, e.g. what to bring or read."
        error={fieldErrors.instructions}
      >
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            name="instructions"
            rows={3}
            maxLength={LIMITS.stepInstructions}
            defaultValue={step?.instructions ?? ''}
          />
        )}
      </Field>
      <div className="checkbox-field">
        <input
          id={id('visible')}
          type="checkbox"
          name="visibleToCandidate"
          defaultChecked={step?.visibleToCandidate ?? true}
        />
        <label htmlFor={id('visible')}>Visible to candidate</label>
      </div>
      <div className="checkbox-field">
        <input
          id={id('requests')}
          type="checkbox"
          name="requestsResponse"
          defaultChecked={step?.requestsResponse ?? false}
          aria-describedby={id('requests-hint')}
        />
        <label htmlFor={id('requests')}>Ask the candidate for something (request information)</label>
        <p id={id('requests-hint')} className="field__hint checkbox-field__hint">
          Their status page then offers a form to send a message and links, e.g. work samples.
        </p>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel editing
          </button>
        )}
      </div>
    </form>
  );
}
