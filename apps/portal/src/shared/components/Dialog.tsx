import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface DialogProps {
  title: string;
  /** What the Close button closes, for screen readers ("the move dialog"). */
  closeLabel: string;
  onClose: () => void;
  /** The element id to focus on close when the opener is gone (e.g. a card that moved). */
  fallbackFocusId?: string;
  children: ReactNode;
}

/**
 * The portal's one modal dialog (WAI-ARIA APG dialog pattern): labelled by its title, focus moves
 * to the first form control (else the first focusable element) on open, Tab and Shift+Tab stay
 * inside, Escape closes, and focus goes back to what opened it (or to `fallbackFocusId`).
 */
export function Dialog({ title, closeLabel, onClose, fallbackFocusId, children }: DialogProps) {
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const firstField = dialog.current?.querySelector<HTMLElement>('form select, form input, form textarea');
    (firstField ?? dialog.current?.querySelector<HTMLElement>(FOCUSABLE))?.focus();
    return () => {
      if (opener?.isConnected && opener !== document.body) opener.focus();
      else if (fallbackFocusId) document.getElementById(fallbackFocusId)?.focus();
    };
    // Only on open and close.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusables = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (focusables.length === 0) return;
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <div className="board-dialog__backdrop">
      <div ref={dialog} className="board-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        <div className="board-dialog__head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="button button--secondary button--small" onClick={onClose}>
            Close<span className="visually-hidden"> {closeLabel}</span>
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
