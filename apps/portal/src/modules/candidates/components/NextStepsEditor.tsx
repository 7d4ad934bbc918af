import { useState } from 'react';
import { type CombinedError, useMutation } from 'urql';
import type { AddNextStepInput } from '../../../generated/graphql';
import { NEXT_STEP_KIND_LABELS } from '@candor/domain';
import { FormAlert } from '../../../shared/components/FormAlert';
import { errorMessage, type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import {
  AddNextStepMutation,
  CancelNextStepMutation,
  CompleteNextStepMutation,
  ReorderNextStepsMutation,
  UpdateNextStepMutation,
} from '../graphql/candidate.graphql';
import { formatDuration } from '../../../shared/dates';
import { useClock } from '../../../shared/hooks/useClock';
import { ConfirmButton } from './ConfirmButton';
import { STEP_LABELS, type StepField, StepForm, type StepValues } from './StepForm';
import type { CandidateDetails, StepDetails } from './types';

interface Props {
  candidate: CandidateDetails;
  onChanged: () => void;
}

const STATE_WORDS: Record<string, string> = { PLANNED: 'Planned', DONE: 'Done', CANCELLED: 'Cancelled' };

/** Optional fields left empty are not sent when adding. */
function addInput(candidateId: string, values: StepValues): AddNextStepInput {
  const input: AddNextStepInput = { candidateId, kind: values.kind, title: values.title };
  if (values.startsAt) input.startsAt = values.startsAt;
  if (values.dueAt) input.dueAt = values.dueAt;
  if (values.durationMinutes != null) input.durationMinutes = values.durationMinutes;
  if (values.location) input.location = values.location;
  if (values.meetingUrl) input.meetingUrl = values.meetingUrl;
  if (values.instructions) input.instructions = values.instructions;
  input.visibleToCandidate = values.visibleToCandidate;
  input.requestsResponse = values.requestsResponse;
  return input;
}

/** The candidate's roadmap: add, edit, complete and cancel steps. */
export function NextStepsEditor({ candidate, onChanged }: Props) {
  const [addState, add] = useMutation(AddNextStepMutation);
  const [addErrors, setAddErrors] = useState<FormErrors<StepField> | null>(null);
  const [reorderState, reorder] = useMutation(ReorderNextStepsMutation);
  const [reorderError, setReorderError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const steps = [...candidate.nextSteps].sort((a, b) => a.position - b.position);

  async function onMove(index: number, delta: -1 | 1) {
    const target = index + delta;
    if (reorderState.fetching || target < 0 || target >= steps.length) return;
    const ids = steps.map((step) => step.id);
    [ids[index], ids[target]] = [ids[target], ids[index]];
    setStatus('');
    setReorderError(null);
    const result = await reorder({ input: { candidateId: candidate.id, stepIds: ids } });
    if (result.error) {
      setReorderError(errorMessage(result.error));
      return;
    }
    setStatus(`Moved “${steps[index].title}” ${delta < 0 ? 'up' : 'down'}.`);
    onChanged();
  }

  async function onAdd(values: StepValues): Promise<boolean> {
    setStatus('');
    const result = await add({ input: addInput(candidate.id, values) });
    if (result.error || !result.data) {
      setAddErrors(toFormErrors(result.error, STEP_LABELS));
      return false;
    }
    setAddErrors(null);
    setStatus(`Added “${result.data.addNextStep.title}”.`);
    onChanged();
    return true;
  }

  return (
    <section className="card candidate-section" aria-labelledby="steps-heading">
      <h2 id="steps-heading">Next steps</h2>
      {steps.length === 0 ? (
        <p className="muted">No steps yet. Add what is still ahead so the candidate knows what to prepare for.</p>
      ) : (
        <ol className="step-list" aria-label="Steps in order">
          {steps.map((step, index) => (
            <StepItem
              key={step.id}
              step={step}
              promisedBy={candidate.expectedResponseBy ?? null}
              onChanged={onChanged}
              onMoveUp={index > 0 ? () => onMove(index, -1) : undefined}
              onMoveDown={index < steps.length - 1 ? () => onMove(index, 1) : undefined}
            />
          ))}
        </ol>
      )}
      <FormAlert message={reorderError} />
      <p role="status" className="form-status">
        {status}
      </p>
      <details className="add-step">
        <summary className="add-step__summary">Add a step</summary>
        <h3 className="visually-hidden">Add a step</h3>
        <StepForm
          submitLabel="Add step"
          busy={addState.fetching}
          errors={addErrors}
          onSubmit={onAdd}
          promisedBy={candidate.expectedResponseBy ?? null}
        />
      </details>
    </section>
  );
}

interface StepItemProps {
  step: StepDetails;
  /** The candidate's promised reply day ("YYYY-MM-DD"), if any. */
  promisedBy: string | null;
  onChanged: () => void;
  /** Absent for the first step. */
  onMoveUp?: () => void;
  /** Absent for the last step. */
  onMoveDown?: () => void;
}

function StepItem({ step, promisedBy, onChanged, onMoveUp, onMoveDown }: StepItemProps) {
  const [editing, setEditing] = useState(false);
  const [editErrors, setEditErrors] = useState<FormErrors<StepField> | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [updateState, update] = useMutation(UpdateNextStepMutation);
  const [completeState, complete] = useMutation(CompleteNextStepMutation);
  const [cancelState, cancel] = useMutation(CancelNextStepMutation);
  const clock = useClock();
  const planned = step.state === 'PLANNED';
  const headingId = `step-${step.id}-title`;

  async function onSave(values: StepValues): Promise<boolean> {
    const result = await update({ input: { stepId: step.id, ...values } });
    if (result.error || !result.data) {
      setEditErrors(toFormErrors(result.error, STEP_LABELS));
      return false;
    }
    setEditErrors(null);
    setEditing(false);
    onChanged();
    return true;
  }

  async function run(action: (variables: { stepId: string }) => Promise<{ error?: CombinedError }>) {
    setActionError(null);
    const result = await action({ stepId: step.id });
    if (result.error) setActionError(errorMessage(result.error));
    else onChanged();
  }

  return (
    <li className={`step-item step-item--${step.state.toLowerCase()}`} aria-labelledby={headingId}>
      <div className="step-item__head">
        <h3 id={headingId} className="step-item__title">
          {step.title}
        </h3>
        <span className={`badge step-state step-state--${step.state.toLowerCase()}`}>{STATE_WORDS[step.state]}</span>
      </div>
      <p className="step-item__kind">
        {NEXT_STEP_KIND_LABELS[step.kind]}
        {!step.visibleToCandidate && ' · Hidden from the candidate'}
        {step.requestsResponse && ' · Asks the candidate for information'}
      </p>
      <dl className="facts facts--compact">
        {step.startsAt && (
          <div className="facts__row">
            <dt>Starts</dt>
            <dd>{clock.instant(step.startsAt)}</dd>
          </div>
        )}
        {step.dueAt && (
          <div className="facts__row">
            <dt>Due</dt>
            <dd>{clock.instant(step.dueAt)}</dd>
          </div>
        )}
        {step.durationMinutes != null && (
          <div className="facts__row">
            <dt>Duration</dt>
            <dd>{formatDuration(step.durationMinutes)}</dd>
          </div>
        )}
        {step.location && (
          <div className="facts__row">
            <dt>Location</dt>
            <dd>{step.location}</dd>
          </div>
        )}
        {step.meetingUrl && (
          <div className="facts__row">
            <dt>Video link</dt>
            <dd>
              <a href={step.meetingUrl} target="_blank" rel="noopener noreferrer" className="break-anywhere">
                {step.meetingUrl}
              </a>
            </dd>
          </div>
        )}
        {!step.startsAt && !step.dueAt && (
          <div className="facts__row">
            <dt>When</dt>
            <dd>Not dated yet</dd>
          </div>
        )}
      </dl>
      {step.instructions && <p className="step-item__instructions">{step.instructions}</p>}
      <FormAlert message={actionError} />
      {(onMoveUp || onMoveDown) && !editing && (
        <div className="button-row step-item__order">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-disabled={!onMoveUp || undefined}
            onClick={() => onMoveUp?.()}
          >
            Move up<span className="visually-hidden"> – {step.title}</span>
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-disabled={!onMoveDown || undefined}
            onClick={() => onMoveDown?.()}
          >
            Move down<span className="visually-hidden"> – {step.title}</span>
          </button>
        </div>
      )}
      {planned && !editing && (
        <div className="button-row">
          <button type="button" className="button button--secondary button--small" onClick={() => setEditing(true)}>
            Edit<span className="visually-hidden"> {step.title}</span>
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-disabled={completeState.fetching || undefined}
            onClick={() => !completeState.fetching && run(complete)}
          >
            Mark done<span className="visually-hidden"> – {step.title}</span>
          </button>
          <ConfirmButton
            label={`Cancel step`}
            hiddenContext={step.title}
            question="Cancel this step? If it was dated, the candidate gets a calendar cancellation."
            confirmLabel="Yes, cancel step"
            keepLabel="Keep step"
            busy={cancelState.fetching}
            onConfirm={() => run(cancel)}
          />
        </div>
      )}
      {editing && (
        <div className="step-item__edit">
          <h4 className="visually-hidden">Edit {step.title}</h4>
          <StepForm
            step={step}
            promisedBy={promisedBy}
            submitLabel="Save step"
            busy={updateState.fetching}
            errors={editErrors}
            onSubmit={onSave}
            onCancel={() => {
              setEditing(false);
              setEditErrors(null);
            }}
          />
        </div>
      )}
    </li>
  );
}
