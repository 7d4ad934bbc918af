import { ErrorCode, isFinalStageKind } from '@candor/domain';
import { type FormEvent, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { Dialog } from '../../../shared/components/Dialog';
import { Field } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { errorCode, type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import { useClock } from '../../../shared/hooks/useClock';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { type BoardJob, type BoardStage, defaultHearBackBy } from '../board-model';
import { BulkMoveCandidatesMutation, MoveCandidateMutation } from '../graphql/board.graphql';
import { FALLBACK_OFF, fallbackValue } from '../../promises/components/FallbackExtensionOption';
import { EmailPreview } from './EmailPreview';
import { MoveConsequences } from './MoveConsequences';
import { MovePromiseFields, PROMISE_LABELS } from './MovePromiseFields';
import '../board-dialog.css';

const LABELS = {
  stageId: 'Move to stage',
  ...PROMISE_LABELS,
  messageToCandidate: 'Message to the candidate',
};
type FieldName = keyof typeof LABELS;

/** What the board says after a move. */
export interface MoveSummary {
  message: string;
  /** Where the candidates went. */
  stageId: string;
  failures: Array<{ candidateId: string; name: string; message: string }>;
}

interface MoveDialogProps {
  /** The board as last loaded; candidates' versions come from here. */
  job: BoardJob;
  candidateIds: string[];
  /** Several candidates at once (bulkMoveCandidates, no version check). */
  bulk: boolean;
  initialStageId: string;
  onClose: () => void;
  onMoved: (summary: MoveSummary) => void;
  /** Loads the board again from the server and returns it. */
  refresh: () => Promise<BoardJob | null>;
}

/** Moves one candidate (or several) to a stage, with a promised reply date and an optional note. */
export function MoveDialog({ job, candidateIds, bulk, initialStageId, onClose, onMoved, refresh }: MoveDialogProps) {
  const clock = useClock();
  const timeZone = clock.zone;
  const form = useRef<HTMLFormElement>(null);
  const stages = [...job.stages].sort((a, b) => a.position - b.position);
  const candidates = candidateIds
    .map((id) => job.candidates.find((candidate) => candidate.id === id))
    .filter((candidate) => candidate !== undefined);
  const first = candidates[0];

  const [stageId, setStageId] = useState(initialStageId);
  const stage = stages.find((s) => s.id === stageId);
  const [hearBackBy, setHearBackBy] = useState(() => defaultHearBackBy(stage, new Date(), timeZone));
  const [message, setMessage] = useState('');
  const [notify, setNotify] = useState(true);
  const [reason, setReason] = useState('');
  const [fallback, setFallback] = useState(FALLBACK_OFF);
  const [errors, setErrors] = useState<FormErrors<FieldName> | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [versions, setVersions] = useState<Record<string, number>>({});
  const [{ fetching: moving }, moveCandidate] = useMutation(MoveCandidateMutation);
  const [{ fetching: bulkMoving }, bulkMove] = useMutation(BulkMoveCandidatesMutation);
  const busy = moving || bulkMoving;
  useFocusFirstError(form, errors);

  function chooseStage(id: string) {
    setStageId(id);
    setHearBackBy(defaultHearBackBy(stages.find((s) => s.id === id), new Date(), timeZone));
  }

  const outcome = !!stage && isFinalStageKind(stage.kind);
  const promised = outcome ? '' : hearBackBy;
  // Staying in the stage with a later day than the one the candidate still waits for extends that promise: they are told why.
  const laterThan =
    !bulk && first && stage && first.stage.id === stage.id && first.expectedResponseBy && first.promiseState !== 'OVERDUE' && promised > first.expectedResponseBy
      ? first.expectedResponseBy
      : null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || !stage || candidates.length === 0) return;
    setConflict(null);
    const extension = promised ? fallbackValue(fallback) : { days: null };
    if (extension.error || (laterThan && !reason.trim())) {
      setErrors({
        fields: {
          fallbackExtensionDays: extension.error,
          promiseChangeReason: laterThan && !reason.trim() ? 'Say why the day moves later: the candidate is emailed it.' : undefined,
        },
        form: null,
      });
      return;
    }
    const common = {
      stageId: stage.id,
      // An outcome promises nothing (the API refuses a date for one).
      expectedResponseBy: promised || null,
      messageToCandidate: message.trim() || null,
      notify,
      // Off: not sent, so a move within the stage keeps a pre-approval given before (a new stage starts without one).
      ...(extension.days !== null ? { fallbackExtensionDays: extension.days } : {}),
      ...(laterThan ? { promiseChangeReason: reason.trim() } : {}),
    };

    if (!bulk) {
      const candidate = candidates[0];
      const result = await moveCandidate({
        input: { ...common, candidateId: candidate.id, expectedVersion: versions[candidate.id] ?? candidate.version },
      });
      if (result.error || !result.data) {
        if (errorCode(result.error) === ErrorCode.CONFLICT) {
          setErrors(null);
          const fresh = await refresh();
          const now = fresh?.candidates.find((c) => c.id === candidate.id);
          if (now) {
            setVersions((v) => ({ ...v, [candidate.id]: now.version }));
            const where = fresh?.stages.find((s) => s.id === now.stage.id)?.name ?? 'another stage';
            setConflict(`Someone else updated ${candidate.name} a moment ago: ${candidate.name} is now in ${where}. Check and move again.`);
          } else {
            setConflict(`Someone else updated ${candidate.name} a moment ago: ${candidate.name} is no longer on this board.`);
          }
          return;
        }
        setErrors(toFormErrors(result.error, LABELS));
        return;
      }
      onMoved({ message: `Moved ${candidate.name} to ${stage.name}.`, stageId: stage.id, failures: [] });
      return;
    }

    const result = await bulkMove({ input: { ...common, candidateIds: candidates.map((c) => c.id) } });
    if (result.error || !result.data) {
      setErrors(toFormErrors(result.error, LABELS));
      return;
    }
    const { moved, failures } = result.data.bulkMoveCandidates;
    const nameOf = (id: string) => job.candidates.find((c) => c.id === id)?.name ?? 'A candidate';
    let summary = `Moved ${moved.length} to ${stage.name}.`;
    if (failures.length > 0) summary += ` ${failures.length} could not be moved:`;
    onMoved({
      message: summary,
      stageId: stage.id,
      failures: failures.map((f) => ({ candidateId: f.candidateId, name: nameOf(f.candidateId), message: readableFailure(f.message) })),
    });
  }

  const title = bulk ? `Move ${candidates.length} selected candidates` : `Move ${first?.name ?? 'candidate'}`;
  const dateHint = hearBackByHint(stage, clock.zoneLabel());
  const stageSendsEmail = stage?.notifyCandidates ?? false;

  return (
    <Dialog title={title} closeLabel="the move dialog" onClose={onClose} fallbackFocusId={`board-move-${candidateIds[0]}`}>
        {bulk && (
          <p className="muted board-dialog__who">{candidates.map((c) => c.name).join(', ')}</p>
        )}
        <form ref={form} className="form" onSubmit={onSubmit} noValidate>
          {conflict && (
            <div role="alert" className="alert board-alert--conflict">
              {conflict}
            </div>
          )}
          <FormAlert message={errors?.form ?? null} />
          <Field id="move-stage" label={LABELS.stageId} error={errors?.fields.stageId}>
            {(control) => (
              <select className="input" value={stageId} onChange={(e) => chooseStage(e.target.value)} {...control}>
                {stages.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                    {!bulk && first?.stage.id === s.id ? ' (current stage)' : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {!outcome && stage && (
            <MovePromiseFields
              stage={stage}
              hearBackBy={hearBackBy}
              onHearBackBy={setHearBackBy}
              dateHint={dateHint}
              laterThan={laterThan}
              reason={reason}
              onReason={setReason}
              fallback={fallback}
              onFallback={setFallback}
              errors={errors?.fields ?? {}}
              day={clock.day}
            />
          )}
          <Field
            id="move-message"
            label={LABELS.messageToCandidate}
            hint="Optional. Added to the stage's email."
            error={errors?.fields.messageToCandidate}
          >
            {(control) => (
              <textarea
                className="input textarea"
                rows={3}
                value={message}
                onChange={(e) => setMessage(e.target.value)}
                {...control}
              />
            )}
          </Field>
          <div className="board-check">
            <input
              id="move-notify"
              type="checkbox"
              checked={notify}
              onChange={(e) => setNotify(e.target.checked)}
              aria-describedby={stage && !stageSendsEmail ? 'move-notify-note' : undefined}
            />
            <label htmlFor="move-notify">Email the candidate</label>
          </div>
          {stage && !stageSendsEmail && (
            <p id="move-notify-note" className="board-note">
              “{stage.name}” does not email candidates, so no email will be sent.
            </p>
          )}
          {stage && (
            <MoveConsequences
              stage={stage}
              candidates={candidates}
              hearBackBy={promised}
              emails={stageSendsEmail && notify}
              timeZone={timeZone}
            />
          )}
          {stage && stageSendsEmail && notify && first && (
            <EmailPreview
              stageId={stage.id}
              candidateId={first.id}
              message={message}
              hearBackBy={promised}
              forName={bulk ? first.name : null}
            />
          )}
          <div className="board-dialog__actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {submitLabel(busy, outcome, stage?.name ?? '', candidates.length, bulk)}
            </button>
            <button type="button" className="button button--secondary" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
    </Dialog>
  );
}

/** An outcome is confirmed by name, after its consequences are listed above the button. */
function submitLabel(busy: boolean, outcome: boolean, stageName: string, count: number, bulk: boolean): string {
  if (busy) return 'Moving…';
  if (outcome) return bulk ? `Confirm: ${count} to “${stageName}”` : `Confirm: move to “${stageName}”`;
  return bulk ? `Move ${count} candidates` : 'Move candidate';
}

function hearBackByHint(stage: BoardStage | undefined, zone: string): string {
  const empty = 'Leave empty to promise no date.';
  if (!stage) return empty;
  if (stage.defaultResponseDays == null) return `“${stage.name}” has no usual reply time. ${empty}`;
  const days = stage.defaultResponseDays;
  return `Suggested for “${stage.name}”: ${days} ${days === 1 ? 'day' : 'days'} from today in ${zone}. ${empty}`;
}

const FAILURE_FIELDS = { stageId: 'Stage', expectedResponseBy: 'Hear back by date', messageToCandidate: 'Message' };

/** "Invalid input: stageId is …." -> "Stage is …." for the bulk summary. */
function readableFailure(message: string): string {
  let text = message.replace(/^Invalid input:\s*/, '');
  for (const [field, label] of Object.entries(FAILURE_FIELDS)) text = text.replace(new RegExp(`\\b${field}\\b`, 'g'), label);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
