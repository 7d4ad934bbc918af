import { type ReactNode, useCallback, useMemo, useState } from 'react';
import type { Client } from '@urql/core';
import { Provider } from 'urql';
import { SessionContext } from '../shared/session';
import { createGraphqlClient } from './graphql-client';

interface GraphqlProviderProps {
  children: ReactNode;
  createClient?: () => Client;
}

/**
 * Provides the urql client. Logging in or out swaps in a fresh client, so nothing cached for one
 * session (the previous member's jobs, or "not signed in") leaks into the next.
 */
export function GraphqlProvider({ children, createClient = createGraphqlClient }: GraphqlProviderProps) {
  const [client, setClient] = useState(createClient);
  const resetSession = useCallback(() => setClient(createClient()), [createClient]);
  const session = useMemo(() => ({ resetSession }), [resetSession]);
  return (
    <SessionContext.Provider value={session}>
      <Provider value={client}>{children}</Provider>
    </SessionContext.Provider>
  );
}
