import { createContext, useContext } from 'react';

interface Session {
  /** Forgets everything cached for the previous session: call after logging in or out. */
  resetSession(): void;
}

export const SessionContext = createContext<Session>({ resetSession: () => undefined });

export function useSession(): Session {
  return useContext(SessionContext);
}
