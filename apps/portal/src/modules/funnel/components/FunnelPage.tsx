import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { LoadError } from '../../../shared/components/LoadError';
import { LoadingState } from '../../../shared/components/PageState';
import { PromiseFigures } from '../../promises/components/PromiseFigures';
import { JobFunnelQuery } from '../graphql/funnel.graphql';
import { FunnelChart, formatDays } from './FunnelChart';
import './funnel.css';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';

/** A picture per job: how far candidates get, how long each stage keeps them, and how well the job's promises were kept. */
export default function FunnelPage() {
  const { jobId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: JobFunnelQuery, variables: { id: jobId } });

  if (!data && (fetching || !error)) return <LoadingState label="Loading the funnel…" />;
  if (!data) {
    return (
      <LoadError
        title="We could not load the funnel"
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  const job = data.job;
  if (!job) {
    return (
      <div>
        <h1>Job not found</h1>
        <p>
          <Link to="/">Back to all jobs</Link>
        </p>
      </div>
    );
  }

  const rows = job.funnel.map((row) => ({
    stage: row.stage.name,
    reached: row.reached,
    current: row.current,
    medianDaysInStage: row.medianDaysInStage ?? null,
  }));
  const total = job.funnel[0]?.reached ?? 0;
  return (
    <div className="funnel-page">
      <DocumentTitle title={`${job.title} · Funnel · Candor`} />
      <p className="board-back">
        <Link to={`/jobs/${job.id}`}>Back to the board</Link>
      </p>
      <h1 className="page-title">Funnel: {job.title}</h1>
      <div className="funnel-layout">
        <div className="funnel-layout__main">
          {job.funnel.every((row) => row.reached === 0) ? (
            <p className="funnel-empty">No candidates yet. The funnel fills in as you add and move candidates.</p>
          ) : (
            <>
              <p className="muted">
                How far candidates get and how long each stage keeps them. Median days count the candidates who have
                already moved on from a stage.
              </p>
              <p className="muted funnel-rule">
                A candidate counts as having reached every stage up to the furthest one they were in, so no stage passes
                100%; an outcome (hired, not selected, withdrawn) counts only the candidates who got it.
              </p>
              <FunnelChart rows={rows} />
              <table className="funnel-table">
                <caption>Candidates per stage</caption>
                <thead>
                  <tr>
                    <th scope="col">Stage</th>
                    <th scope="col">Reached</th>
                    <th scope="col">There now</th>
                    <th scope="col">Median time in stage</th>
                  </tr>
                </thead>
                <tbody>
                  {job.funnel.map((row) => (
                    <tr key={row.stage.id}>
                      <th scope="row">{row.stage.name}</th>
                      <td>
                        {row.reached}
                        {total > 0 && row.reached > 0 && <span className="muted"> ({Math.round((row.reached / total) * 100)}%)</span>}
                      </td>
                      <td>{row.current}</td>
                      <td>{row.reached === 0 ? '—' : formatDays(row.medianDaysInStage ?? null)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
        <aside className="funnel-layout__aside" aria-label="Promises for this job">
          <PromiseFigures jobId={job.id} />
        </aside>
      </div>
    </div>
  );
}
