import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useClock } from '../../../shared/hooks/useClock';
import { DEFAULT_SORT, type ListSort, listRows, nextSort, SORT_WORDS, type SortKey, sortDescription } from '../board-list';
import { type BoardJob, nextDatedStep } from '../board-model';
import { NextStepText, PromiseBadge } from './CandidateFacts';
import '../board-list.css';

interface BoardListProps {
  job: BoardJob;
  now: Date;
  selected: ReadonlySet<string>;
  onSelect: (candidateId: string, selected: boolean) => void;
  onMove: (candidateId: string) => void;
}

/** The list view: every candidate of the job in one table, sorted by stage, promised day or days in stage. */
export function BoardList({ job, now, selected, onSelect, onMove }: BoardListProps) {
  const clock = useClock();
  const [sort, setSort] = useState<ListSort>(DEFAULT_SORT);
  const rows = useMemo(() => listRows(job, sort, now, clock.zone), [job, sort, now, clock.zone]);
  const captionId = `board-list-caption-${job.id}`;

  const header = (key: SortKey) => {
    const sorted = sort.key === key;
    return (
      <th scope="col" aria-sort={sorted ? sort.direction : undefined}>
        <button type="button" className="board-list__sort" onClick={() => setSort(nextSort(sort, key))}>
          {SORT_WORDS[key].label}
          <span aria-hidden="true" className="board-list__arrow">
            {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <>
      {/* Said when the sort changes; the headers carry it too (aria-sort). */}
      <p role="status" className="visually-hidden">
        {sortDescription(sort)}
      </p>
      {/* Focusable so the table can be scrolled sideways with the keyboard on a narrow screen. */}
      <div className="board-list" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="board-list__table">
          <caption id={captionId} className="board-list__caption">
            Candidates for {job.title}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Select</span>
              </th>
              {header('name')}
              {header('stage')}
              {header('promise')}
              {header('days')}
              <th scope="col">Next step</th>
              <th scope="col">
                <span className="visually-hidden">Move</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={7} className="muted">
                  No candidates yet.
                </td>
              </tr>
            )}
            {rows.map(({ candidate, stage, days }) => (
              <tr key={candidate.id} className={candidate.promiseState === 'OVERDUE' ? 'board-list__row--overdue' : undefined}>
                <td>
                  <input
                    type="checkbox"
                    className="board-card__select"
                    checked={selected.has(candidate.id)}
                    onChange={(event) => onSelect(candidate.id, event.target.checked)}
                    aria-label={`Select ${candidate.name}`}
                  />
                </td>
                <th scope="row">
                  <Link to={`/candidates/${candidate.id}`}>{candidate.name}</Link>
                </th>
                <td>{stage?.name ?? '—'}</td>
                <td>
                  {candidate.expectedResponseBy ? (
                    <time dateTime={candidate.expectedResponseBy}>{clock.day(candidate.expectedResponseBy)}</time>
                  ) : (
                    <span className="muted">None</span>
                  )}
                  <PromiseBadge state={candidate.promiseState} />
                </td>
                <td>{days === 0 ? 'Today' : days}</td>
                <td className="board-list__next">
                  {nextDatedStep(candidate.nextSteps) ? <NextStepText candidate={candidate} /> : <span className="muted">None dated</span>}
                </td>
                <td>
                  <button
                    type="button"
                    id={`board-move-${candidate.id}`}
                    className="button button--secondary button--small"
                    onClick={() => onMove(candidate.id)}
                  >
                    Move<span className="visually-hidden"> {candidate.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
