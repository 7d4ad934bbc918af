import { createContext, useContext } from 'react';
import type { MeQuery } from '../../../generated/graphql';

export type Viewer = MeQuery['me'];

/** The signed-in member and organization, provided by RequireAuth to everything under it. */
export const ViewerContext = createContext<Viewer | null>(null);

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer() is only available below <RequireAuth>');
  return viewer;
}

/** Asks for the signed-in member again (e.g. after turning on two-factor sign-in), keeping what is shown meanwhile. */
export const RefreshViewerContext = createContext<() => void>(() => undefined);

export function useRefreshViewer(): () => void {
  return useContext(RefreshViewerContext);
}
