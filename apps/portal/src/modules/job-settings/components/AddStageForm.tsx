import { type FormEvent, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { LIMITS } from '@candor/domain';
import type { StageKind } from '../../../generated/graphql';
import { Field, TextField } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { AddStageMutation } from '../graphql/job-settings.graphql';
import { KIND_OPTIONS } from './stage-kinds';

const LABELS = { name: 'New stage name', kind: 'Kind' };

/** Adds a stage; the API puts it before the outcome stages. */
export function AddStageForm({ jobId, onAdded }: { jobId: string; onAdded: (name: string) => void }) {
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors<keyof typeof LABELS> | null>(null);
  const [{ fetching }, addStage] = useMutation(AddStageMutation);
  useFocusFirstError(form, errors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const element = event.currentTarget;
    const values = new FormData(element);
    const name = String(values.get('name') ?? '').trim();
    const kind = String(values.get('kind')) as StageKind;
    const result = await addStage({ input: { jobId, name, kind } });
    if (result.error || !result.data) {
      setErrors(toFormErrors(result.error, LABELS));
      return;
    }
    setErrors(null);
    element.reset();
    onAdded(result.data.addStage.name);
  }

  return (
    <form ref={form} className="stage-add" onSubmit={onSubmit} aria-labelledby="stage-add-heading" noValidate>
      <h4 id="stage-add-heading">Add a stage</h4>
      <FormAlert message={errors?.form ?? null} />
      <div className="job-settings__row">
        <TextField
          id="stage-add-name"
          name="name"
          label={LABELS.name}
          maxLength={LIMITS.stageName}
          required
          error={errors?.fields.name}
        />
        <Field id="stage-add-kind" label={LABELS.kind} error={errors?.fields.kind}>
          {(control) => (
            <select className="input" name="kind" defaultValue="INTERVIEW" {...control}>
              {KIND_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button button--secondary">
          {fetching ? 'Adding…' : 'Add stage'}
        </button>
      </div>
    </form>
  );
}
