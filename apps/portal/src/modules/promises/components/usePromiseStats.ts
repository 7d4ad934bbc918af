import { useState } from 'react';
import { useQuery } from 'urql';
import { PromiseStatsQuery } from '../graphql/promises.graphql';
import { promiseFiguresPeriod } from '../promise-words';

/** The promise figures of the last 90 days (read once, from when the page opened); one job's with `jobId`. */
export function usePromiseStats(jobId?: string) {
  // The period is fixed at mount: a new "now" on every render would be a new query each time.
  const [period] = useState(() => promiseFiguresPeriod(new Date()));
  return useQuery({ query: PromiseStatsQuery, variables: { ...period, jobId: jobId ?? null } });
}
