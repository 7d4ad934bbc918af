import { ErrorCode, LIMITS } from '@candor/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { Field } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { errorCode, toFormErrors } from '../../../shared/graphql-errors';
import { UpdatePromiseMutation } from '../graphql/candidate.graphql';
import { useClock } from '../../../shared/hooks/useClock';
import type { CandidateDetails } from './types';
import { StepsAfterPromiseNote } from './PromiseClashNote';
import { FALLBACK_OFF, FallbackExtensionOption, fallbackValue } from '../../promises/components/FallbackExtensionOption';
import { PromiseGuidance } from '../../promises/components/PromiseGuidance';

const LABELS = {
  expectedResponseBy: 'Promised reply date',
  promiseChangeReason: 'Why the day moves later',
  fallbackExtensionDays: 'Pre-approved extension',
};
type FieldName = keyof typeof LABELS;

export const CONFLICT_MESSAGE =
  'Someone else changed this candidate while you were editing. We loaded the latest details; check the promised date and save again.';

interface Props {
  candidate: CandidateDetails;
  onChanged: () => void;
}

/** The day the candidate will hear back by; saved with the version it was read at. */
export function PromiseEditor({ candidate, onChanged }: Props) {
  const current = candidate.expectedResponseBy ?? '';
  const [draft, setDraft] = useState(current);
  const [seen, setSeen] = useState(current);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [reason, setReason] = useState('');
  // The open promise's pre-approval, as the option starts.
  const approved = candidate.promises.find((entry) => entry.outcome === 'OPEN')?.fallbackExtensionDays ?? null;
  const [fallback, setFallback] = useState(() => (approved === null ? FALLBACK_OFF : { on: true, days: String(approved) }));
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [{ fetching }, update] = useMutation(UpdatePromiseMutation);
  const clock = useClock();
  const form = useRef<HTMLFormElement>(null);
  // After a refused save, focus lands on the first field with an error (its message is read with it).
  useEffect(() => {
    if (Object.values(fieldErrors).some(Boolean)) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [fieldErrors]);

  // A new promised date from the server (after a save, a refresh or a conflict) replaces the draft.
  if (seen !== current) {
    setSeen(current);
    setDraft(current);
    setReason('');
  }
  // A later day than the one the candidate still waits for extends that promise: they are told why.
  const laterThan = current && candidate.promiseState !== 'OVERDUE' && draft > current ? current : null;

  async function save(expectedResponseBy: string | null) {
    if (fetching) return;
    setStatus('');
    setFieldErrors({});
    setFormError(null);
    const extension = expectedResponseBy ? fallbackValue(fallback) : { days: null };
    const needsReason = expectedResponseBy !== null && laterThan !== null && !reason.trim();
    if (extension.error || needsReason) {
      setFieldErrors({
        fallbackExtensionDays: extension.error,
        promiseChangeReason: needsReason ? 'Say why the day moves later: the candidate is emailed it.' : undefined,
      });
      return;
    }
    const result = await update({
      input: {
        candidateId: candidate.id,
        expectedResponseBy,
        expectedVersion: candidate.version,
        // Sent when it changes anything: ticked, or unticked where the open promise had one.
        ...(extension.days !== null || approved !== null ? { fallbackExtensionDays: extension.days } : {}),
        ...(expectedResponseBy && laterThan ? { promiseChangeReason: reason.trim() } : {}),
      },
    });
    if (result.error || !result.data) {
      if (errorCode(result.error) === ErrorCode.CONFLICT) {
        setFormError(CONFLICT_MESSAGE);
        onChanged();
        return;
      }
      const errors = toFormErrors(result.error, LABELS);
      setFieldErrors(errors.fields);
      setFormError(errors.form);
      return;
    }
    const saved = result.data.updateCandidate.expectedResponseBy;
    setStatus(saved ? `Saved: the candidate will hear back by ${clock.day(saved)}.` : 'The promise was removed.');
    onChanged();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(draft || null);
  }

  return (
    <section className="card candidate-section" aria-labelledby="promise-heading">
      <h2 id="promise-heading">Promised reply</h2>
      <p className="muted">
        The day the candidate will hear back by. They see it on their status page, and the team is reminded before
        it lapses.
      </p>
      <form ref={form} className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={formError} />
        <Field
          id="promise-date"
          label={LABELS.expectedResponseBy}
          hint={`A day in ${clock.zoneLabel()}, the organization's time zone. Leave empty to have no promise.`}
          error={fieldErrors.expectedResponseBy}
        >
          {(control) => (
            <input
              {...control}
              className="input input--date"
              type="date"
              name="expectedResponseBy"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
            />
          )}
        </Field>
        <PromiseGuidance
          stageName={candidate.stage.name}
          typicalDays={candidate.stage.typicalDaysToUpdate}
          promisedDay={draft}
          onUseSuggested={setDraft}
        />
        <StepsAfterPromiseNote promisedBy={draft || null} steps={candidate.nextSteps} />
        {laterThan && (
          <Field
            id="promise-reason"
            label={LABELS.promiseChangeReason}
            hint={`The candidate was promised news by ${clock.day(laterThan)}. They are emailed this reason and see it on their status page.`}
            error={fieldErrors.promiseChangeReason}
          >
            {(control) => (
              <textarea
                {...control}
                className="input textarea"
                rows={2}
                maxLength={LIMITS.promiseChangeReason}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                required
              />
            )}
          </Field>
        )}
        {draft && (
          <FallbackExtensionOption
            id="promise-fallback"
            draft={fallback}
            onChange={setFallback}
            error={fieldErrors.fallbackExtensionDays}
          />
        )}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={fetching}>
            {fetching ? 'Saving…' : 'Save date'}
          </button>
          {current && (
            <button type="button" className="button button--secondary" disabled={fetching} onClick={() => save(null)}>
              Remove promise
            </button>
          )}
        </div>
        <p role="status" className="form-status">
          {status}
        </p>
      </form>
    </section>
  );
}
