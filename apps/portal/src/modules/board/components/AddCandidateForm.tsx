import { type FormEvent, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { ErrorCode, LIMITS } from '@candor/domain';
import { TextField } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { errorCode, type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { AddCandidateMutation } from '../graphql/board.graphql';

const LABELS = { name: 'Name', email: 'Email', expectedResponseBy: 'Hear back by' };
type FieldName = keyof typeof LABELS;

interface AddCandidateFormProps {
  jobId: string;
  /** Loads the board again so the new card shows. */
  onAdded: () => void;
}

/**
 * An "Add candidate" button that shows the form below it (a disclosure): the board, not the form,
 * is what a member comes for, and on a phone an open form pushes the board a screen down. The form
 * stays open after an add, for the next one, and keeps what was typed while it is closed.
 */
export function AddCandidate({ jobId, onAdded }: AddCandidateFormProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className={open ? 'board-add-disclosure is-open' : 'board-add-disclosure'}>
      <button
        type="button"
        className="button button--primary button--small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true" className="board-add-disclosure__icon">
          {open ? '▾' : '▸'}
        </span>
        Add candidate
      </button>
      <div id={panelId} hidden={!open}>
        <AddCandidateForm jobId={jobId} onAdded={onAdded} />
      </div>
    </div>
  );
}

/** Adds a candidate to the job's first stage; the API's field errors show beside their fields. */
function AddCandidateForm({ jobId, onAdded }: AddCandidateFormProps) {
  const form = useRef<HTMLFormElement>(null);
  const [{ fetching }, addCandidate] = useMutation(AddCandidateMutation);
  const [errors, setErrors] = useState<FormErrors<FieldName> | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  useFocusFirstError(form, errors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const element = event.currentTarget;
    const values = new FormData(element);
    const name = String(values.get('name') ?? '').trim();
    const email = String(values.get('email') ?? '').trim();
    const expectedResponseBy = String(values.get('expectedResponseBy') ?? '') || null;
    const notify = values.get('notify') === 'on';
    setAdded(null);
    const result = await addCandidate({ input: { jobId, name, email, expectedResponseBy, notify } });
    if (result.error || !result.data) {
      const next = toFormErrors(result.error, LABELS);
      // A CONFLICT without a named field is the "same email in this job" case.
      if (errorCode(result.error) === ErrorCode.CONFLICT && !next.fields.email && next.form) {
        next.fields.email = next.form;
        next.form = null;
      }
      setErrors(next);
      return;
    }
    setErrors(null);
    element.reset();
    setAdded(
      notify
        ? `${result.data.addCandidate.name} was added to the first stage and emailed their status link.`
        : `${result.data.addCandidate.name} was added to the first stage. No email was sent.`,
    );
    onAdded();
  }

  return (
    <form
      ref={form}
      className="card board-add"
      onSubmit={onSubmit}
      aria-labelledby="board-add-heading"
      noValidate
    >
      <h2 id="board-add-heading">Add a candidate</h2>
      <FormAlert message={errors?.form ?? null} />
      <div className="board-add__row">
        <TextField
          id="board-add-name"
          name="name"
          label={LABELS.name}
          autoComplete="off"
          maxLength={LIMITS.candidateName}
          required
          error={errors?.fields.name}
        />
        <TextField
          id="board-add-email"
          name="email"
          type="email"
          label={LABELS.email}
          autoComplete="off"
          maxLength={LIMITS.email}
          required
          error={errors?.fields.email}
        />
        <TextField
          id="board-add-hear-back"
          name="expectedResponseBy"
          type="date"
          label={LABELS.expectedResponseBy}
          hint="Optional. Leave empty to use the first stage’s default."
          error={errors?.fields.expectedResponseBy}
        />
      </div>
      <div className="board-check">
        <input id="board-add-notify" name="notify" type="checkbox" defaultChecked />
        <label htmlFor="board-add-notify">Email the candidate that their application arrived, with their status link</label>
      </div>
      <button type="submit" className="button button--primary" aria-disabled={fetching || undefined}>
        {fetching ? 'Saving…' : 'Save candidate'}
      </button>
      <p role="status" className="form-status">
        {added ?? ''}
      </p>
    </form>
  );
}
