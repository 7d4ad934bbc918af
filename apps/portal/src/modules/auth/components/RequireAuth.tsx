import { ErrorCode } from '@candor/domain';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useCallback, useMemo } from 'react';
import { useQuery } from 'urql';
import { ErrorState, LoadingState } from '../../../shared/components/PageState';
import { portalClock } from '../../../shared/dates';
import { errorCode, errorMessage } from '../../../shared/graphql-errors';
import { ClockContext } from '../../../shared/hooks/useClock';
import { browserTimeZone } from '../../../shared/time-zones';
import { MeQuery } from '../graphql/auth.graphql';
import { RefreshViewerContext, ViewerContext } from '../hooks/viewer';

/**
 * Renders the signed-in pages for members; sends everyone else to the log-in page, and a member
 * whose organization requires two-factor sign-in, until they have it, to their account page
 * (the API allows them nothing else).
 */
export function RequireAuth() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MeQuery });
  const { pathname } = useLocation();
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const timeZone = data?.me.organization.timeZone;
  // Every time a member reads is in the organization's zone, with theirs beside it (shared/dates.ts).
  const clock = useMemo(() => (timeZone ? portalClock(timeZone, browserTimeZone()) : null), [timeZone]);

  if (data) {
    const mustSetUpTwoFactor = data.me.organization.requireTwoFactor && !data.me.member.twoFactorEnabled;
    if (mustSetUpTwoFactor && pathname !== '/account') return <Navigate to="/account" replace />;
    return (
      <ViewerContext.Provider value={data.me}>
        <ClockContext.Provider value={clock}>
          <RefreshViewerContext.Provider value={refresh}>
            <Outlet />
          </RefreshViewerContext.Provider>
        </ClockContext.Provider>
      </ViewerContext.Provider>
    );
  }
  if (errorCode(error) === ErrorCode.UNAUTHENTICATED) return <Navigate to="/login" replace />;
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
