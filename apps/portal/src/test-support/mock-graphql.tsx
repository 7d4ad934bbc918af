import { cacheExchange, Client, type Exchange, makeResult, type Operation } from '@urql/core';
import { render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { filter, fromValue, mergeMap, never, pipe } from 'wonka';
import { AppRoutes } from '../app/AppRoutes';
import { GraphqlProvider } from '../app/GraphqlProvider';

/** What the fake API answers: data, GraphQL errors as the API formats them, or nothing yet. */
export type MockResponse =
  | { data: Record<string, unknown>; errors?: never }
  | { data?: null; errors: Array<{ message: string; extensions: Record<string, unknown> }> }
  | 'pending';

export type Resolvers = Record<string, (variables: Record<string, unknown>) => MockResponse>;

export interface Call {
  operationName: string;
  variables: Record<string, unknown>;
}

function operationName(operation: Operation): string {
  for (const definition of operation.query.definitions) {
    if (definition.kind === 'OperationDefinition' && definition.name) return definition.name.value;
  }
  return '(anonymous)';
}

/**
 * A real urql client whose transport is replaced by `resolvers` (keyed by operation name):
 * the network boundary is the only thing faked. Unknown operations fail the test loudly.
 */
export function createMockClient(resolvers: Resolvers) {
  const calls: Call[] = [];
  const transport: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      mergeMap((operation) => {
        const name = operationName(operation);
        const variables = (operation.variables ?? {}) as Record<string, unknown>;
        calls.push({ operationName: name, variables });
        const resolve = resolvers[name];
        if (!resolve) throw new Error(`No mock response for operation ${name}`);
        const response = resolve(variables);
        if (response === 'pending') return never;
        return fromValue(makeResult(operation, { data: response.data ?? null, errors: response.errors }));
      }),
    );
  const client = new Client({ url: '/graphql', exchanges: [cacheExchange, transport] });
  return { client, calls, called: (name: string) => calls.filter((call) => call.operationName === name) };
}

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname}</div>;
}

/** Promise figures with nothing in them (the home's and the funnel's, unless a test says otherwise). */
export const EMPTY_PROMISE_STATS = {
  __typename: 'PromiseStats',
  from: '2026-08-31T12:00:00.000Z',
  to: '2026-11-29T12:00:00.000Z',
  made: 0,
  ended: 0,
  kept: 0,
  extended: 0,
  broken: 0,
  keptPercent: null,
  extendedPercent: null,
  medianDaysLate: null,
  byJob: [],
  byMember: [],
};

/** Renders the real routes at `route` against the fake API. The home's "needs attention" list and promise figures are empty unless a test says otherwise. */
export function renderApp(route: string, resolvers: Resolvers) {
  const mock = createMockClient({
    NeedsAttention: () => ({ data: { needsAttention: [] } }),
    PromiseStats: () => ({ data: { promiseStats: EMPTY_PROMISE_STATS } }),
    ...resolvers,
  });
  const view = render(
    <GraphqlProvider createClient={() => mock.client}>
      <MemoryRouter initialEntries={[route]}>
        <AppRoutes />
        <LocationProbe />
      </MemoryRouter>
    </GraphqlProvider>,
  );
  return { ...view, ...mock };
}

export const VIEWER = {
  me: {
    member: { id: 'm1', name: 'Ada Lovelace', email: 'ada@example.com', role: 'ADMIN', twoFactorEnabled: false },
    organization: { id: 'o1', name: 'Analytical Engines Ltd', timeZone: 'Europe/London', requireTwoFactor: false },
  },
};

export function apiError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}
