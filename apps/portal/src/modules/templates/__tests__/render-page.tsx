import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { GraphqlProvider } from '../../../app/GraphqlProvider';
import { createMockClient, type Resolvers } from '../../../test-support/mock-graphql';

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{`${location.pathname}${location.search}`}</div>;
}

/** Renders one page at `route` (matched by `path`) against the fake API, until the app routes it. */
export function renderPage(path: string, route: string, page: ReactElement, resolvers: Resolvers) {
  const mock = createMockClient(resolvers);
  const view = render(
    <GraphqlProvider createClient={() => mock.client}>
      <MemoryRouter initialEntries={[route]}>
        <Routes>
          <Route path={path} element={page} />
        </Routes>
        <LocationProbe />
      </MemoryRouter>
    </GraphqlProvider>,
  );
  return { ...view, ...mock };
}
