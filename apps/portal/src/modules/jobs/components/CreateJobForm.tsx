import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type CombinedError, useMutation } from 'urql';
import { ConflictReason, ErrorCode, LIMITS } from '@candor/domain';
import { TextField } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { errorCode, type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { CreateJobMutation } from '../graphql/jobs.graphql';

const LABELS = { title: 'Job title' };

interface ExistingJob {
  id: string;
  title: string;
}

/** The open job whose title the new one repeats (CONFLICT, reason DUPLICATE_JOB_TITLE), or null. */
export function duplicateJobOf(error: CombinedError | undefined): ExistingJob | null {
  if (errorCode(error) !== ErrorCode.CONFLICT) return null;
  const extensions = error?.graphQLErrors[0]?.extensions ?? {};
  const existing = extensions.existingJob as Partial<ExistingJob> | undefined;
  if (extensions.reason !== ConflictReason.DUPLICATE_JOB_TITLE) return null;
  if (typeof existing?.id !== 'string' || typeof existing.title !== 'string') return null;
  return { id: existing.id, title: existing.title };
}

/**
 * Creates a job with the default pipeline and opens its board. A title an open job already has
 * (case and spacing aside) is not refused: the form asks first, and creates another once confirmed.
 */
export function CreateJobForm() {
  const form = useRef<HTMLFormElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const warningId = useId();
  const navigate = useNavigate();
  const [{ fetching }, createJob] = useMutation(CreateJobMutation);
  const [errors, setErrors] = useState<FormErrors<'title'> | null>(null);
  const [duplicate, setDuplicate] = useState<{ title: string; existing: ExistingJob } | null>(null);
  useFocusFirstError(form, errors);
  useEffect(() => {
    if (duplicate) confirmButton.current?.focus();
  }, [duplicate]);

  async function create(title: string, allowDuplicateTitle: boolean) {
    if (fetching) return;
    const result = await createJob({ input: { title, allowDuplicateTitle } });
    if (result.error || !result.data) {
      const existing = allowDuplicateTitle ? null : duplicateJobOf(result.error);
      setDuplicate(existing ? { title, existing } : null);
      setErrors(existing ? null : toFormErrors(result.error, LABELS));
      return;
    }
    setErrors(null);
    setDuplicate(null);
    await navigate(`/jobs/${result.data.createJob.id}`);
  }

  function dismiss() {
    setDuplicate(null);
    form.current?.querySelector<HTMLInputElement>('input[name="title"]')?.focus();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const title = String(new FormData(event.currentTarget).get('title') ?? '').trim();
    setDuplicate(null);
    void create(title, false);
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
          // The question below is about the title as it was sent: a changed title asks again.
          onChange={() => setDuplicate(null)}
        />
        {duplicate ? (
          <div className="alert alert--warning create-job__duplicate">
            <p id={warningId}>
              A job called “{duplicate.existing.title}” already exists. Create another?{' '}
              <Link to={`/jobs/${duplicate.existing.id}`}>Open “{duplicate.existing.title}”</Link>
            </p>
            <div className="create-job__actions">
              <button
                ref={confirmButton}
                type="button"
                className="button button--primary"
                aria-describedby={warningId}
                onClick={() => void create(duplicate.title, true)}
              >
                {fetching ? 'Creating…' : 'Create another'}
              </button>
              <button type="button" className="button button--secondary" onClick={dismiss}>
                Don’t create
              </button>
            </div>
          </div>
        ) : (
          <button type="submit" className="button button--primary">
            {fetching ? 'Creating…' : 'Create job'}
          </button>
        )}
      </div>
    </form>
  );
}
