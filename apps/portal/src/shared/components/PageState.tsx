import type { ReactNode } from 'react';

/** Shown while something loads; polite so it does not interrupt. */
export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="page-state" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

interface ErrorStateProps {
  title?: string;
  message: string;
  onRetry?: () => void;
  children?: ReactNode;
}

export function ErrorState({ title = 'Something went wrong', message, onRetry, children }: ErrorStateProps) {
  return (
    <div className="page-state page-state--error" role="alert">
      <p className="page-state__title">{title}</p>
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      )}
      {children}
    </div>
  );
}
