import type { PromiseStatsQuery } from '../../../generated/graphql';
import { LoadingState } from '../../../shared/components/PageState';
import { errorMessage } from '../../../shared/graphql-errors';
import { brokenFigure, formatPercent, PROMISE_FIGURES_DAYS } from '../promise-words';
import { usePromiseStats } from './usePromiseStats';
import './promises.css';

type Stats = PromiseStatsQuery['promiseStats'];
type Row = Pick<Stats, 'made' | 'ended' | 'kept' | 'extended' | 'broken' | 'keptPercent' | 'extendedPercent' | 'medianDaysLate'>;

interface Props {
  /** One job's promises; the organization's when absent. */
  jobId?: string;
  /** Per-job and per-member rows under a disclosure (the Today page). */
  breakdown?: boolean;
  /** Heading level inside the page. */
  headingLevel?: 2 | 3;
}

/** "Promises kept" over the last 90 days: kept and extended shares, broken with median days late, promises made. */
export function PromiseFigures({ jobId, breakdown = false, headingLevel = 2 }: Props) {
  const [{ data, fetching, error }] = usePromiseStats(jobId);
  const Heading = `h${headingLevel}` as const;
  const headingId = jobId ? `promise-figures-${jobId}` : 'promise-figures';

  let body;
  if (!data && (fetching || !error)) body = <LoadingState label="Loading promise figures…" />;
  else if (!data) body = <p className="muted">We could not load the promise figures: {errorMessage(error)}</p>;
  else body = <FiguresBody stats={data.promiseStats} breakdown={breakdown} />;

  return (
    <section className="card promise-figures" aria-labelledby={headingId}>
      <Heading id={headingId} className="promise-figures__heading">
        Promises kept <span className="promise-figures__period">last {PROMISE_FIGURES_DAYS} days</span>
      </Heading>
      {body}
    </section>
  );
}

function FiguresBody({ stats, breakdown }: { stats: Stats; breakdown: boolean }) {
  return (
    <>
      <Facts row={stats} />
      <p className="promise-figures__note muted">
        {stats.ended === 0
          ? 'No promised reply date has ended yet in this period.'
          : `Shares of the ${stats.ended} ${stats.ended === 1 ? 'promise' : 'promises'} that ended: kept means the candidate heard by the promised day.`}
      </p>
      {breakdown && (stats.byJob.length > 0 || stats.byMember.length > 0) && (
        <details className="promise-figures__details">
          <summary>By job and by member</summary>
          <FiguresTable caption="By job" rows={stats.byJob.map((row) => ({ key: row.jobId, name: row.jobTitle, row }))} />
          <FiguresTable
            caption="By member"
            rows={stats.byMember.map((row) => ({ key: row.memberId ?? 'none', name: row.memberName, row }))}
          />
        </details>
      )}
    </>
  );
}

function Facts({ row }: { row: Row }) {
  return (
    <dl className="promise-figures__facts">
      <div className="promise-figures__fact promise-figures__fact--kept">
        <dt>Kept</dt>
        <dd data-testid="promise-kept">{formatPercent(row.keptPercent)}</dd>
      </div>
      <div className="promise-figures__fact">
        <dt>Extended</dt>
        <dd data-testid="promise-extended">{formatPercent(row.extendedPercent)}</dd>
      </div>
      <div className="promise-figures__fact">
        <dt>Broken</dt>
        <dd data-testid="promise-broken">{brokenFigure(row.broken, row.medianDaysLate)}</dd>
      </div>
      <div className="promise-figures__fact">
        <dt>Made</dt>
        <dd data-testid="promise-made">{row.made}</dd>
      </div>
    </dl>
  );
}

function FiguresTable({ caption, rows }: { caption: string; rows: Array<{ key: string; name: string; row: Row }> }) {
  if (rows.length === 0) return null;
  return (
    <table className="promise-figures__table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{caption === 'By job' ? 'Job' : 'Member'}</th>
          <th scope="col">Kept</th>
          <th scope="col">Extended</th>
          <th scope="col">Broken</th>
          <th scope="col">Made</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, name, row }) => (
          <tr key={key}>
            <th scope="row">{name}</th>
            <td>{formatPercent(row.keptPercent)}</td>
            <td>{formatPercent(row.extendedPercent)}</td>
            <td>{brokenFigure(row.broken, row.medianDaysLate)}</td>
            <td>{row.made}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
