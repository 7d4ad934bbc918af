import { type BoardColumn, candidateCount, overdueLabel } from '../board-model';

interface StagePickerProps {
  columns: BoardColumn[];
  shownStageId: string;
  onShow: (stageId: string) => void;
}

/**
 * On a phone the board shows one stage at a time, chosen here (each option says how many
 * candidates the stage holds and how many promises there are overdue); wider screens hide it.
 * Choosing only changes what is shown: the focus stays on the picker.
 */
export function StagePicker({ columns, shownStageId, onShow }: StagePickerProps) {
  return (
    <div className="board-stage-picker">
      <label className="field__label" htmlFor="board-stage-picker">
        Show stage
      </label>
      <select id="board-stage-picker" className="input" value={shownStageId} onChange={(event) => onShow(event.target.value)}>
        {columns.map(({ stage, candidates, overdue }) => {
          const late = overdueLabel(overdue);
          return (
            <option key={stage.id} value={stage.id}>
              {`${stage.name} (${candidateCount(candidates.length)}${late ? `, ${late}` : ''})`}
            </option>
          );
        })}
      </select>
    </div>
  );
}

interface OverdueSummaryProps {
  columns: BoardColumn[];
  /** Shows the stage (on a phone, picks it) and moves the focus to its heading. */
  onShow: (stageId: string) => void;
}

/**
 * Where promises are overdue, above the board: a column scrolled out of view (or, on a phone, not
 * picked) still tells the team, in words, and one press takes them there.
 */
export function OverdueSummary({ columns, onShow }: OverdueSummaryProps) {
  const late = columns.filter((column) => column.overdue > 0);
  if (late.length === 0) return null;
  const total = late.reduce((sum, column) => sum + column.overdue, 0);
  return (
    <div className="board-overdue" role="group" aria-labelledby="board-overdue-title">
      <p id="board-overdue-title" className="board-overdue__title">
        {total === 1 ? '1 promise is overdue' : `${total} promises are overdue`}:
      </p>
      <ul className="board-overdue__list">
        {late.map(({ stage, overdue }) => (
          <li key={stage.id}>
            <button type="button" className="button button--secondary button--small" onClick={() => onShow(stage.id)}>
              <span className="visually-hidden">Show </span>
              {stage.name}: {overdueLabel(overdue)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
