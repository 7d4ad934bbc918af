import { Link } from 'react-router';
import { candidatesLabel, type JobListItem, overdueLabel, summarizeJob } from '../job-summary';

export function JobCard({ job }: { job: JobListItem }) {
  const summary = summarizeJob(job);
  const titleId = `job-${job.id}-title`;
  const open = job.status === 'OPEN';
  return (
    <article className="card job-card" aria-labelledby={titleId}>
      <div className="job-card__head">
        <h2 id={titleId} className="job-card__title">
          <Link to={`/jobs/${job.id}`} className="job-card__link">
            {job.title}
          </Link>
        </h2>
        <span className={open ? 'badge badge--open' : 'badge badge--closed'}>{open ? 'Open' : 'Closed'}</span>
      </div>
      <p className="job-card__stats">
        <span>{candidatesLabel(summary.candidates)}</span>
        <span className={summary.overdue > 0 ? 'badge badge--overdue' : 'muted'}>{overdueLabel(summary.overdue)}</span>
      </p>
      <ul className="stage-counts" aria-label={`Candidates per stage for ${job.title}`}>
        {summary.stages.map((stage) => (
          <li key={stage.id} className={stage.count > 0 ? 'stage-counts__item' : 'stage-counts__item is-empty'}>
            <span className="stage-counts__name">{stage.name}</span>{' '}
            <span className="stage-counts__count">{stage.count}</span>
          </li>
        ))}
      </ul>
    </article>
  );
}
