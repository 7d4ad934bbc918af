import { useEffect, useRef, useState } from 'react';

interface Props {
  label: string;
  /** Read after the label by screen readers, e.g. which step. */
  hiddenContext?: string;
  question: string;
  confirmLabel: string;
  keepLabel: string;
  busy?: boolean;
  onConfirm: () => void | Promise<void>;
}

/** A button that asks before doing something that cannot be undone (no browser dialog). */
export function ConfirmButton({ label, hiddenContext, question, confirmLabel, keepLabel, busy, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className="button button--secondary button--small"
        onClick={() => setAsking(true)}
      >
        {label}
        {hiddenContext && <span className="visually-hidden"> – {hiddenContext}</span>}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={label}>
      <p className="confirm__question">{question}</p>
      <div className="button-row">
        <button
          ref={confirmRef}
          type="button"
          className="button button--danger button--small"
          aria-disabled={busy || undefined}
          onClick={async () => {
            if (busy) return;
            await onConfirm();
            setAsking(false);
          }}
        >
          {busy ? 'Working…' : confirmLabel}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => setAsking(false)}>
          {keepLabel}
        </button>
      </div>
    </div>
  );
}
