import { Navigate, Outlet } from 'react-router';
import { useQuery } from 'urql';
import { ErrorState, LoadingState } from '../../../shared/components/PageState';
import { errorCode, errorMessage } from '../../../shared/graphql-errors';
import { MeQuery } from '../graphql/auth.graphql';
import { ViewerContext } from '../hooks/viewer';

/** Renders the signed-in pages for members; sends everyone else to the log-in page. */
export function RequireAuth() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MeQuery });

  if (data) {
    return (
      <ViewerContext.Provider value={data.me}>
        <Outlet />
      </ViewerContext.Provider>
    );
  }
  if (errorCode(error) === 'UNAUTHENTICATED') return <Navigate to="/login" replace />;
  return (
    <main id="main" className="container narrow">
      {fetching ? (
        <LoadingState label="Loading your workspace…" />
      ) : (
        <ErrorState
          title="We could not open Candor"
          message={errorMessage(error)}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
    </main>
  );
}
