import { LIMITS } from '@candor/domain';
import { Field } from '../../../shared/components/Field';
import { FallbackExtensionOption, type FallbackDraft } from '../../promises/components/FallbackExtensionOption';
import { PromiseGuidance } from '../../promises/components/PromiseGuidance';
import type { BoardStage } from '../board-model';

export const PROMISE_LABELS = {
  expectedResponseBy: 'Hear back by',
  promiseChangeReason: 'Why the day moves later',
  fallbackExtensionDays: 'Pre-approved extension',
};

interface Props {
  stage: BoardStage;
  hearBackBy: string;
  onHearBackBy: (day: string) => void;
  dateHint: string;
  /** The day the candidate was given and still waits for, when this move gives a later one in the same stage. */
  laterThan: string | null;
  reason: string;
  onReason: (reason: string) => void;
  fallback: FallbackDraft;
  onFallback: (draft: FallbackDraft) => void;
  errors: Partial<Record<keyof typeof PROMISE_LABELS, string>>;
  /** Writes a calendar day for people (the portal clock's day). */
  day: (date: string) => string;
}

/**
 * The promise a move gives: the day (with what the stage usually takes and the day history
 * suggests, warned when shorter), the reason when it moves the candidate's day later, and the
 * pre-approved extension.
 */
export function MovePromiseFields(props: Props) {
  const { stage, hearBackBy, onHearBackBy, dateHint, laterThan, reason, onReason, fallback, onFallback, errors, day } = props;
  return (
    <>
      <Field id="move-hear-back-by" label={PROMISE_LABELS.expectedResponseBy} hint={dateHint} error={errors.expectedResponseBy}>
        {(control) => (
          <input className="input" type="date" value={hearBackBy} onChange={(e) => onHearBackBy(e.target.value)} {...control} />
        )}
      </Field>
      <PromiseGuidance
        stageName={stage.name}
        typicalDays={stage.typicalDaysToUpdate}
        promisedDay={hearBackBy}
        onUseSuggested={onHearBackBy}
      />
      {laterThan && (
        <Field
          id="move-promise-reason"
          label={PROMISE_LABELS.promiseChangeReason}
          hint={`The candidate was promised news by ${day(laterThan)}. They are emailed this reason and see it on their status page.`}
          error={errors.promiseChangeReason}
        >
          {(control) => (
            <textarea
              className="input textarea"
              rows={2}
              maxLength={LIMITS.promiseChangeReason}
              value={reason}
              onChange={(e) => onReason(e.target.value)}
              required
              {...control}
            />
          )}
        </Field>
      )}
      {hearBackBy && (
        <FallbackExtensionOption id="move-fallback" draft={fallback} onChange={onFallback} error={errors.fallbackExtensionDays} />
      )}
    </>
  );
}
