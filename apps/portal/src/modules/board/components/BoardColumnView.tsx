import { useDroppable } from '@dnd-kit/core';
import type { BoardColumn } from '../board-model';
import { CandidateCard } from './CandidateCard';

interface BoardColumnViewProps {
  column: BoardColumn;
  timeZone: string;
  now: Date;
  selected: ReadonlySet<string>;
  onSelect: (candidateId: string, selected: boolean) => void;
  onMove: (candidateId: string) => void;
}

/** A stage of the pipeline and the candidates in it; a drop target for dragged cards. */
export function BoardColumnView({ column, timeZone, now, selected, onSelect, onMove }: BoardColumnViewProps) {
  const { stage, candidates } = column;
  const { setNodeRef, isOver } = useDroppable({ id: `stage:${stage.id}`, data: { stageId: stage.id } });
  const headingId = `board-column-${stage.id}`;
  return (
    <section ref={setNodeRef} className={isOver ? 'board-column is-over' : 'board-column'} aria-labelledby={headingId}>
      <h2 id={headingId} className="board-column__title">
        {stage.name}{' '}
        <span className="board-column__count">
          {candidates.length}
          <span className="visually-hidden"> {candidates.length === 1 ? 'candidate' : 'candidates'}</span>
        </span>
      </h2>
      {stage.candidateLabel && stage.candidateLabel !== stage.name && (
        <p className="board-column__label muted">Candidates see “{stage.candidateLabel}”</p>
      )}
      {candidates.length === 0 ? (
        <p className="board-column__empty muted">No one in this stage</p>
      ) : (
        <ul className="board-column__cards">
          {candidates.map((candidate) => (
            <li key={candidate.id}>
              <CandidateCard
                candidate={candidate}
                timeZone={timeZone}
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
