import { type FormEvent, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { LIMITS } from '@candor/domain';
import { TextField } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { CreateJobMutation } from '../graphql/jobs.graphql';

const LABELS = { title: 'Job title' };

/** Creates a job with the default pipeline; the list refreshes by itself. */
export function CreateJobForm() {
  const form = useRef<HTMLFormElement>(null);
  const [{ fetching }, createJob] = useMutation(CreateJobMutation);
  const [errors, setErrors] = useState<FormErrors<'title'> | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  useFocusFirstError(form, errors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const element = event.currentTarget;
    const title = String(new FormData(element).get('title') ?? '').trim();
    setCreated(null);
    const result = await createJob({ input: { title } });
    if (result.error || !result.data) {
      setErrors(toFormErrors(result.error, LABELS));
      return;
    }
    setErrors(null);
    element.reset();
    setCreated(result.data.createJob.title);
  }

  return (
    <form ref={form} className="card create-job" onSubmit={onSubmit} aria-labelledby="create-job-heading">
      <h2 id="create-job-heading">Create a job</h2>
      <FormAlert message={errors?.form ?? null} />
      <div className="create-job__row">
        <TextField
          id="create-job-title"
          name="title"
          label={LABELS.title}
          hint="New jobs start with the default hiring pipeline."
          maxLength={LIMITS.jobTitle}
          required
          error={errors?.fields.title}
        />
        <button type="submit" className="button button--primary">
          {fetching ? 'Creating…' : 'Create job'}
        </button>
      </div>
      <p role="status" className="form-status">
        {created ? `“${created}” was created.` : ''}
      </p>
    </form>
  );
}
