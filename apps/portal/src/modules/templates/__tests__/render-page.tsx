import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { GraphqlProvider } from '../../../app/GraphqlProvider';
import { portalClock } from '../../../shared/dates';
import { ClockContext } from '../../../shared/hooks/useClock';
import { createMockClient, type Resolvers, VIEWER } from '../../../test-support/mock-graphql';

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{`${location.pathname}${location.search}`}</div>;
}

/**
 * Renders one page at `route` (matched by `path`) against the fake API, until the app routes it,
 * with the portal's clock in the test organization's zone (RequireAuth provides it in the app).
 */
export function renderPage(path: string, route: string, page: ReactElement, resolvers: Resolvers) {
  const mock = createMockClient(resolvers);
  const zone = VIEWER.me.organization.timeZone;
  const view = render(
    <GraphqlProvider createClient={() => mock.client}>
      <ClockContext.Provider value={portalClock(zone, zone)}>
        <MemoryRouter initialEntries={[route]}>
          <Routes>
            <Route path={path} element={page} />
          </Routes>
          <LocationProbe />
        </MemoryRouter>
      </ClockContext.Provider>
    </GraphqlProvider>,
  );
  return { ...view, ...mock };
}
