import { useDraggable } from '@dnd-kit/core';
import { Link } from 'react-router';
import { useClock } from '../../../shared/hooks/useClock';
import { type BoardCandidate, daysInStage, daysInStageLabel, nextDatedStep } from '../board-model';
import { NextStepText, PromiseBadge } from './CandidateFacts';

interface CandidateCardProps {
  candidate: BoardCandidate;
  now: Date;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onMove: () => void;
}

/** One candidate on the board: who, how long in the stage, what was promised, what is next. */
export function CandidateCard({ candidate, now, selected, onSelect, onMove }: CandidateCardProps) {
  const clock = useClock();
  const { setNodeRef, listeners, transform, isDragging } = useDraggable({
    id: `candidate:${candidate.id}`,
    data: { candidateId: candidate.id },
  });
  const nameId = `board-card-${candidate.id}-name`;
  const next = nextDatedStep(candidate.nextSteps);
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  const className = [
    'board-card',
    candidate.promiseState === 'OVERDUE' ? 'board-card--overdue' : '',
    isDragging ? 'is-dragging' : '',
    selected ? 'is-selected' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <article ref={setNodeRef} className={className} style={style} aria-labelledby={nameId} {...listeners}>
      <div className="board-card__top">
        <input
          type="checkbox"
          className="board-card__select"
          checked={selected}
          onChange={(event) => onSelect(event.target.checked)}
          aria-label={`Select ${candidate.name}`}
        />
        <h3 id={nameId} className="board-card__name">
          <Link to={`/candidates/${candidate.id}`}>{candidate.name}</Link>
        </h3>
      </div>
      <p className="board-card__line muted">{daysInStageLabel(daysInStage(candidate.stageEnteredAt, now, clock.zone))}</p>
      <p className="board-card__line">
        {candidate.expectedResponseBy ? (
          <>
            Hear back by <time dateTime={candidate.expectedResponseBy}>{clock.day(candidate.expectedResponseBy)}</time>
          </>
        ) : (
          <span className="muted">No reply date promised</span>
        )}
        <PromiseBadge state={candidate.promiseState} />
      </p>
      {next && (
        <p className="board-card__line">
          <span className="board-card__label">Next: </span>
          <NextStepText candidate={candidate} />
        </p>
      )}
      <button
        type="button"
        id={`board-move-${candidate.id}`}
        className="button button--secondary button--small board-card__move"
        onClick={onMove}
      >
        Move<span className="visually-hidden"> {candidate.name}</span>
      </button>
    </article>
  );
}
