import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorState, LoadingState } from '../../../shared/components/PageState';
import { errorCode, errorMessage } from '../../../shared/graphql-errors';
import { JobsQuery } from '../graphql/jobs.graphql';
import { JobCard } from './JobCard';

// An empty list holds no Job to watch: this tells the cache to refetch when any Job changes.
const JOBS_CONTEXT = { additionalTypenames: ['Job'] };

export function JobList() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: JobsQuery, context: JOBS_CONTEXT });

  if (!data) {
    if (fetching) return <LoadingState label="Loading jobs…" />;
    return (
      <ErrorState
        title="We could not load your jobs"
        message={errorMessage(error)}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {errorCode(error) === 'UNAUTHENTICATED' && (
          <p>
            <Link to="/login">Log in again</Link>
          </p>
        )}
      </ErrorState>
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
