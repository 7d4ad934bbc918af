import { ErrorCode } from '@candor/domain';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';

interface LoadProblemProps {
  code: string;
  message: string;
  onRetry: () => void;
}

/** The status could not be loaded: too many requests (the API says when to retry) or no connection. */
export function LoadProblem({ code, message, onRetry }: LoadProblemProps) {
  const title = code === ErrorCode.TOO_MANY_REQUESTS ? 'Please wait a moment' : 'We could not load your status';
  return (
    <div className="card status-notice">
      <DocumentTitle title={`${title} · Candor`} />
      <h1>{title}</h1>
      <p role="alert">{message}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
