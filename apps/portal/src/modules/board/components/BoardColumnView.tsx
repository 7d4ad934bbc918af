import { useDroppable } from '@dnd-kit/core';
import { type BoardColumn, overdueLabel } from '../board-model';
import { CandidateCard } from './CandidateCard';

interface BoardColumnViewProps {
  column: BoardColumn;
  now: Date;
  /** The stage a phone shows (one at a time); wider screens show every column. */
  shown: boolean;
  selected: ReadonlySet<string>;
  onSelect: (candidateId: string, selected: boolean) => void;
  onMove: (candidateId: string) => void;
}

/** The id of a column's heading, which "show this stage" focuses. */
export const columnHeadingId = (stageId: string) => `board-column-${stageId}`;

/**
 * A stage of the pipeline and the candidates in it; a drop target for dragged cards. An empty
 * stage is drawn narrow on wide screens (still a drop target); a stage holding overdue promises
 * says how many in its heading.
 */
export function BoardColumnView({ column, now, shown, selected, onSelect, onMove }: BoardColumnViewProps) {
  const { stage, candidates, overdue } = column;
  const { setNodeRef, isOver } = useDroppable({ id: `stage:${stage.id}`, data: { stageId: stage.id } });
  const headingId = columnHeadingId(stage.id);
  const empty = candidates.length === 0;
  const late = overdueLabel(overdue);
  const className = ['board-column', empty ? 'board-column--empty' : '', shown ? 'is-shown' : '', isOver ? 'is-over' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <section ref={setNodeRef} className={className} aria-labelledby={headingId}>
      <h2 id={headingId} className="board-column__title" tabIndex={-1}>
        <span className="board-column__name">{stage.name}</span>{' '}
        <span className="board-column__count">
          {candidates.length}
          <span className="visually-hidden"> {candidates.length === 1 ? 'candidate' : 'candidates'}</span>
        </span>
        {late && (
          <>
            {' '}
            <span className="board-column__overdue">
              <span className="badge board-badge--overdue">{late}</span>
            </span>
          </>
        )}
      </h2>
      {stage.candidateLabel && stage.candidateLabel !== stage.name && (
        <p className="board-column__label muted">Candidates see “{stage.candidateLabel}”</p>
      )}
      {empty ? (
        <p className="board-column__empty muted">No one in this stage</p>
      ) : (
        <ul className="board-column__cards">
          {candidates.map((candidate) => (
            <li key={candidate.id}>
              <CandidateCard
                candidate={candidate}
                now={now}
                selected={selected.has(candidate.id)}
                onSelect={(value) => onSelect(candidate.id, value)}
                onMove={() => onMove(candidate.id)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
