import { LIMITS } from '@candor/domain';
import './promises.css';

/** The option as typed: ticked or not, and the business days ("" while empty). */
export interface FallbackDraft {
  on: boolean;
  days: string;
}

/** Off, 2 business days when ticked: the option starts here. */
export const FALLBACK_OFF: FallbackDraft = { on: false, days: '2' };

/**
 * The draft as the API takes it (fallbackExtensionDays): null when off; the whole days when
 * ticked, or an error in words when they are not 1 to LIMITS.fallbackExtensionDaysMax.
 */
export function fallbackValue(draft: FallbackDraft): { days: number | null; error?: string } {
  if (!draft.on) return { days: null };
  const days = Number(draft.days);
  if (draft.days.trim() === '' || !Number.isInteger(days) || days < 1 || days > LIMITS.fallbackExtensionDaysMax) {
    return { days: null, error: `Give whole business days, 1 to ${LIMITS.fallbackExtensionDaysMax}.` };
  }
  return { days };
}

interface Props {
  /** Prefix of the controls' ids (one option per form). */
  id: string;
  draft: FallbackDraft;
  onChange: (draft: FallbackDraft) => void;
  error?: string;
  /** The organization's extension time ("HH:MM"), when the form knows it. */
  extensionTime?: string;
}

/**
 * "Pre-approve an extension of [N] business days if we cannot answer in time": when nothing the
 * candidate sees happens by the extension time on the promised day, Candor tells them once and
 * moves the day; a second lapse goes to the team. Off by default.
 */
export function FallbackExtensionOption({ id, draft, onChange, error, extensionTime }: Props) {
  const daysId = `${id}-days`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const at = extensionTime ?? '16:00 (or the time set in Settings)';
  return (
    <div className={error ? 'promise-option field field--invalid' : 'promise-option field'}>
      <div className="promise-option__days">
        <input
          id={id}
          type="checkbox"
          checked={draft.on}
          onChange={(event) => onChange({ ...draft, on: event.target.checked })}
          aria-labelledby={`${id}-label ${id}-tail`}
          aria-describedby={hintId}
        />
        <label id={`${id}-label`} htmlFor={id}>
          Pre-approve an extension of
        </label>
        <input
          id={daysId}
          className="input"
          type="number"
          inputMode="numeric"
          min={1}
          max={LIMITS.fallbackExtensionDaysMax}
          value={draft.days}
          disabled={!draft.on}
          aria-label="Business days of the pre-approved extension"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => onChange({ ...draft, days: event.target.value })}
        />
        <span id={`${id}-tail`}>business days if we cannot answer in time</span>
      </div>
      <p id={hintId} className="field__hint">
        If the candidate has seen nothing new by {at} on the promised day, Candor tells them once that the team needs a
        little longer and moves the day. It is not extended a second time: that goes to the team.
      </p>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
