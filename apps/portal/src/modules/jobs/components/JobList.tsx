import { useQuery } from 'urql';
import { LoadError } from '../../../shared/components/LoadError';
import { LoadingState } from '../../../shared/components/PageState';
import { JOBS_CONTEXT, JobsQuery } from '../graphql/jobs.graphql';
import { JobCard } from './JobCard';

export function JobList() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: JobsQuery, context: JOBS_CONTEXT });

  if (!data) {
    if (fetching) return <LoadingState label="Loading jobs…" />;
    return (
      <LoadError title="We could not load your jobs" error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  }

  if (data.jobs.length === 0) {
    return (
      <div className="empty-state">
        <h2>No jobs yet</h2>
        <p>Create your first job to start adding candidates. Each new job starts with the default hiring pipeline.</p>
      </div>
    );
  }

  return (
    <ul className="job-list" aria-label="Jobs">
      {data.jobs.map((job) => (
        <li key={job.id}>
          <JobCard job={job} />
        </li>
      ))}
    </ul>
  );
}
