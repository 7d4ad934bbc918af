import { createContext, useContext } from 'react';
import type { PortalClock } from '../dates';

/** The portal's clock (shared/dates.ts), in the signed-in organization's zone; provided by RequireAuth. */
export const ClockContext = createContext<PortalClock | null>(null);

/** The clock every time on a signed-in page is shown and entered with. */
export function useClock(): PortalClock {
  const clock = useContext(ClockContext);
  if (!clock) throw new Error('useClock() is only available below <RequireAuth>');
  return clock;
}
