import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { LIMITS } from '@candor/domain';
import { TextField } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { type FormErrors, errorMessage, toFormErrors } from '../../../shared/graphql-errors';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { CloseJobMutation, ReopenJobMutation, UpdateJobMutation } from '../graphql/job-settings.graphql';

interface Props {
  job: { id: string; title: string; status: 'OPEN' | 'CLOSED' };
  /** Candidates not yet in an outcome stage. */
  openCandidates: number;
  /** The job's outcome stages (hired, not selected, withdrawn). */
  outcomes: { id: string; name: string; kind: string }[];
}

/** Closing gives open candidates this outcome by default: a clear answer is kinder than silence. */
const DEFAULT_OUTCOME_KIND = 'REJECTED';

const LABELS = { title: 'Job title' };

function candidatesPhrase(count: number): string {
  if (count === 0) return 'No candidates are still open.';
  return `${count} ${count === 1 ? 'candidate is' : 'candidates are'} still open.`;
}

/** The job's title and whether it takes new candidates. */
export function JobDetails({ job, openCandidates, outcomes }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState(job.title);
  const [errors, setErrors] = useState<FormErrors<'title'> | null>(null);
  const [status, setStatus] = useState('');
  const [statusError, setStatusError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [outcomeId, setOutcomeId] = useState(() => outcomes.find((o) => o.kind === DEFAULT_OUTCOME_KIND)?.id ?? '');
  const [{ fetching: saving }, updateJob] = useMutation(UpdateJobMutation);
  const [{ fetching: closing }, closeJob] = useMutation(CloseJobMutation);
  const [{ fetching: reopening }, reopenJob] = useMutation(ReopenJobMutation);
  useFocusFirstError(form, errors);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  async function onRename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setStatus('');
    const result = await updateJob({ input: { jobId: job.id, title: title.trim() } });
    if (result.error || !result.data) {
      setErrors(toFormErrors(result.error, LABELS));
      return;
    }
    setErrors(null);
    setStatus(`The job is now called “${result.data.updateJob.title}”.`);
  }

  async function onClose() {
    if (closing) return;
    const finalStageId = openCandidates > 0 && outcomeId ? outcomeId : null;
    const result = await closeJob({ jobId: job.id, finalStageId });
    setConfirming(false);
    if (result.error) {
      setStatusError(errorMessage(result.error));
      return;
    }
    setStatusError(null);
    setStatus('The job is closed. No new candidates can be added.');
    toggleRef.current?.focus();
  }

  async function onReopen() {
    if (reopening) return;
    const result = await reopenJob({ jobId: job.id });
    if (result.error) {
      setStatusError(errorMessage(result.error));
      return;
    }
    setStatusError(null);
    setStatus('The job is open again.');
  }

  const open = job.status === 'OPEN';
  return (
    <div className="job-settings__details">
      <form ref={form} onSubmit={onRename} aria-label="Rename the job" noValidate>
        <FormAlert message={errors?.form ?? null} />
        <div className="job-settings__row">
          <TextField
            id="job-settings-title"
            name="title"
            label={LABELS.title}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            maxLength={LIMITS.jobTitle}
            required
            error={errors?.fields.title}
          />
          <button type="submit" className="button button--secondary">
            {saving ? 'Saving…' : 'Save title'}
          </button>
        </div>
      </form>

      <div className="job-settings__status" role="group" aria-labelledby="job-settings-status-heading">
        <h3 id="job-settings-status-heading">Status: {open ? 'Open' : 'Closed'}</h3>
        <FormAlert message={statusError} />
        {open && !confirming && (
          <button ref={toggleRef} type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            Close job…
          </button>
        )}
        {open && confirming && (
          <div className="job-settings__confirm" role="group" aria-label="Confirm closing the job">
            <p>
              Close “{job.title}”? {candidatesPhrase(openCandidates)} No new candidates can be added until you reopen
              it.
            </p>
            {openCandidates > 0 && outcomes.length > 0 && (
              <div className="field">
                <label htmlFor="job-settings-outcome">Give the open candidates this outcome (each gets its email)</label>
                <select id="job-settings-outcome" value={outcomeId} onChange={(event) => setOutcomeId(event.target.value)}>
                  {outcomes.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                  <option value="">Leave them in their stages</option>
                </select>
              </div>
            )}
            <div className="job-settings__buttons">
              <button ref={confirmRef} type="button" className="button button--primary" onClick={onClose}>
                {closing ? 'Closing…' : 'Yes, close the job'}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setConfirming(false);
                  requestAnimationFrame(() => toggleRef.current?.focus());
                }}
              >
                Keep it open
              </button>
            </div>
          </div>
        )}
        {!open && (
          <button type="button" className="button button--secondary" onClick={onReopen}>
            {reopening ? 'Reopening…' : 'Reopen job'}
          </button>
        )}
      </div>
      <p role="status" className="form-status">
        {status}
      </p>
    </div>
  );
}
