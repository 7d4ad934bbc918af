import { ErrorCode } from '@candor/domain';
import type { CombinedError } from 'urql';
import { Link } from 'react-router';
import { errorCode, errorMessage } from '../graphql-errors';
import { ErrorState } from './PageState';

interface LoadErrorProps {
  title: string;
  error: CombinedError | undefined;
  onRetry?: () => void;
}

/** A page's data could not load: the API's words, a retry, and a way back in when the session ended. */
export function LoadError({ title, error, onRetry }: LoadErrorProps) {
  return (
    <ErrorState title={title} message={errorMessage(error)} onRetry={onRetry}>
      {errorCode(error) === ErrorCode.UNAUTHENTICATED && (
        <p>
          <Link to="/login">Log in again</Link>
        </p>
      )}
    </ErrorState>
  );
}
