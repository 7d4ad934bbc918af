import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { LIMITS } from '@candor/domain';
import type { SettingsStageFragment as SettingsStage } from '../../../generated/graphql';
import { Field, TextField } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { UpdateStageMutation } from '../graphql/job-settings.graphql';
import { kindLabel } from './stage-kinds';

const LABELS = {
  name: 'Stage name',
  candidateLabel: 'Name candidates see',
  candidateDescription: 'Description candidates see',
  visibleToCandidates: 'Visible to candidates',
  notifyCandidates: 'Email candidates',
  defaultResponseDays: 'Default reply days',
  emailDelayMinutes: 'Email delay (minutes)',
};
type FieldName = keyof typeof LABELS;

interface Props {
  stage: SettingsStage;
  index: number;
  total: number;
  candidates: number;
  removeError: string | null;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => Promise<boolean>;
  onSaved: (name: string) => void;
}

function optionalInt(value: FormDataEntryValue | null): number | null {
  const text = String(value ?? '').trim();
  return text === '' ? null : Number(text);
}

/** One stage of the pipeline with its controls. */
export function StageItem({ stage, index, total, candidates, removeError, onMove, onRemove, onSaved }: Props) {
  const [editing, setEditing] = useState(false);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [errors, setErrors] = useState<FormErrors<FieldName> | null>(null);
  const [{ fetching: saving }, updateStage] = useMutation(UpdateStageMutation);
  const form = useRef<HTMLFormElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  useFocusFirstError(form, errors);
  const prefix = `stage-${stage.id}`;

  useEffect(() => {
    if (confirmingRemove) confirmRef.current?.focus();
  }, [confirmingRemove]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const values = new FormData(event.currentTarget);
    const result = await updateStage({
      input: {
        stageId: stage.id,
        name: String(values.get('name') ?? '').trim(),
        candidateLabel: String(values.get('candidateLabel') ?? '').trim(),
        candidateDescription: String(values.get('candidateDescription') ?? '').trim(),
        visibleToCandidates: values.get('visibleToCandidates') === 'on',
        notifyCandidates: values.get('notifyCandidates') === 'on',
        defaultResponseDays: optionalInt(values.get('defaultResponseDays')),
        emailDelayMinutes: optionalInt(values.get('emailDelayMinutes')) ?? 0,
      },
    });
    if (result.error || !result.data) {
      setErrors(toFormErrors(result.error, LABELS));
      return;
    }
    setErrors(null);
    setEditing(false);
    onSaved(result.data.updateStage.name);
    editRef.current?.focus();
  }

  async function confirmRemove() {
    if (removing) return;
    setRemoving(true);
    const removed = await onRemove();
    setRemoving(false);
    if (!removed) {
      setConfirmingRemove(false);
      requestAnimationFrame(() => removeRef.current?.focus());
    }
  }

  const first = index === 0;
  const last = index === total - 1;
  return (
    <li className="stage-item" aria-labelledby={`${prefix}-name`}>
      <div className="stage-item__head">
        <h4 id={`${prefix}-name`} className="stage-item__name">
          <span className="stage-item__number">{index + 1}.</span> {stage.name}
        </h4>
        <span className="muted">{kindLabel(stage.kind)}</span>
      </div>
      <p className="stage-item__facts muted">
        {candidates} {candidates === 1 ? 'candidate' : 'candidates'} · Candidates see “{stage.candidateLabel}” ·{' '}
        {stage.visibleToCandidates ? 'Visible to candidates' : 'Hidden from candidates'} ·{' '}
        {stage.notifyCandidates ? 'Emails candidates' : 'No email'}
      </p>
      <div className="stage-item__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          aria-disabled={first || undefined}
          onClick={() => !first && onMove(-1)}
        >
          <span aria-hidden="true">↑ </span>Move up<span className="visually-hidden"> – {stage.name}</span>
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-disabled={last || undefined}
          onClick={() => !last && onMove(1)}
        >
          <span aria-hidden="true">↓ </span>Move down<span className="visually-hidden"> – {stage.name}</span>
        </button>
        <button
          ref={editRef}
          type="button"
          className="button button--secondary button--small"
          aria-expanded={editing}
          onClick={() => {
            setEditing((value) => !value);
            setErrors(null);
          }}
        >
          Edit<span className="visually-hidden"> – {stage.name}</span>
        </button>
        {!confirmingRemove && (
          <button
            ref={removeRef}
            type="button"
            className="button button--secondary button--small"
            onClick={() => setConfirmingRemove(true)}
          >
            Remove<span className="visually-hidden"> – {stage.name}</span>
          </button>
        )}
      </div>
      {confirmingRemove && (
        <div className="job-settings__confirm" role="group" aria-label={`Confirm removing ${stage.name}`}>
          <p>
            Remove “{stage.name}” from the pipeline?
            {candidates > 0 && ` ${candidates} ${candidates === 1 ? 'candidate is' : 'candidates are'} in it.`}
          </p>
          <div className="job-settings__buttons">
            <button ref={confirmRef} type="button" className="button button--primary button--small" onClick={confirmRemove}>
              {removing ? 'Removing…' : 'Yes, remove'}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                setConfirmingRemove(false);
                requestAnimationFrame(() => removeRef.current?.focus());
              }}
            >
              Keep it
            </button>
          </div>
        </div>
      )}
      <FormAlert message={removeError} />
      {editing && (
        <form ref={form} className="stage-item__form" onSubmit={onSubmit} aria-label={`Edit ${stage.name}`} noValidate>
          <FormAlert message={errors?.form ?? null} />
          <TextField
            id={`${prefix}-edit-name`}
            name="name"
            label={LABELS.name}
            defaultValue={stage.name}
            maxLength={LIMITS.stageName}
            required
            error={errors?.fields.name}
          />
          <TextField
            id={`${prefix}-edit-label`}
            name="candidateLabel"
            label={LABELS.candidateLabel}
            defaultValue={stage.candidateLabel}
            maxLength={LIMITS.stageLabel}
            error={errors?.fields.candidateLabel}
          />
          <Field
            id={`${prefix}-edit-description`}
            label={LABELS.candidateDescription}
            error={errors?.fields.candidateDescription}
          >
            {(control) => (
              <textarea
                className="input textarea"
                name="candidateDescription"
                rows={3}
                defaultValue={stage.candidateDescription}
                maxLength={LIMITS.stageDescription}
                {...control}
              />
            )}
          </Field>
          <Switch
            id={`${prefix}-edit-visible`}
            name="visibleToCandidates"
            label={LABELS.visibleToCandidates}
            defaultChecked={stage.visibleToCandidates}
            error={errors?.fields.visibleToCandidates}
          />
          <Switch
            id={`${prefix}-edit-notify`}
            name="notifyCandidates"
            label={LABELS.notifyCandidates}
            defaultChecked={stage.notifyCandidates}
            error={errors?.fields.notifyCandidates}
          />
          <div className="job-settings__row">
            <TextField
              id={`${prefix}-edit-days`}
              name="defaultResponseDays"
              type="number"
              inputMode="numeric"
              min={0}
              max={LIMITS.defaultResponseDaysMax}
              label={LABELS.defaultResponseDays}
              hint="Empty: no reply date is suggested."
              defaultValue={stage.defaultResponseDays ?? ''}
              error={errors?.fields.defaultResponseDays}
            />
            <TextField
              id={`${prefix}-edit-delay`}
              name="emailDelayMinutes"
              type="number"
              inputMode="numeric"
              min={0}
              label={LABELS.emailDelayMinutes}
              hint="Moving the candidate again in this time cancels the email."
              defaultValue={stage.emailDelayMinutes}
              error={errors?.fields.emailDelayMinutes}
            />
          </div>
          <div className="job-settings__buttons">
            <button type="submit" className="button button--primary button--small">
              {saving ? 'Saving…' : 'Save stage'}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                setEditing(false);
                editRef.current?.focus();
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

interface SwitchProps {
  id: string;
  name: string;
  label: string;
  defaultChecked: boolean;
  error?: string;
}

/** An on/off checkbox, announced as a switch, with its state written out (not colour alone). */
function Switch({ id, name, label, defaultChecked, error }: SwitchProps) {
  const [on, setOn] = useState(defaultChecked);
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'switch field--invalid' : 'switch'}>
      <input
        id={id}
        name={name}
        type="checkbox"
        role="switch"
        className="switch__input"
        checked={on}
        onChange={(event) => setOn(event.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
      />
      <label htmlFor={id} className="switch__label">
        {label}
      </label>
      <span className="switch__state" aria-hidden="true">
        {on ? 'On' : 'Off'}
      </span>
      {error && (
        <p id={errorId} className="field__error switch__error">
          {error}
        </p>
      )}
    </div>
  );
}
