import { useQuery } from 'urql';
import { JOBS_CONTEXT, JobsQuery } from '../graphql/jobs.graphql';

export interface HiringProgress {
  jobs: number;
  /** Candidates in every job (archived ones left out, as Job.summary counts them). */
  candidates: number;
  /** The newest open job, where candidates are added next; null without one. */
  newestOpenJob: { id: string; title: string } | null;
}

/**
 * How far the organization has come: jobs and candidates, from the same jobs query the home's list
 * runs (one request for both). Null until the jobs are loaded, or when they could not be.
 */
export function useHiringProgress(): HiringProgress | null {
  const [{ data }] = useQuery({ query: JobsQuery, context: JOBS_CONTEXT });
  if (!data) return null;
  const open = data.jobs.find((job) => job.status === 'OPEN');
  return {
    jobs: data.jobs.length,
    candidates: data.jobs.reduce((sum, job) => sum + job.summary.candidates, 0),
    newestOpenJob: open ? { id: open.id, title: open.title } : null,
  };
}
