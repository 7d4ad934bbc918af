import {
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import type { BoardColumn } from '../board-model';
import { BoardColumnView } from './BoardColumnView';
import { StagePicker } from './StageNavigation';

/** The column under the pointer wins (an empty column is narrow); else the one the card overlaps most. */
const collision: CollisionDetection = (args) => {
  const under = pointerWithin(args);
  return under.length > 0 ? under : rectIntersection(args);
};

interface BoardColumnsProps {
  title: string;
  columns: BoardColumn[];
  now: Date;
  shownStageId: string;
  onShowStage: (stageId: string) => void;
  selected: ReadonlySet<string>;
  onSelect: (candidateId: string, selected: boolean) => void;
  onMove: (candidateId: string) => void;
  /** A card dropped on another stage's column: open the move dialog for it. */
  onDrop: (candidateId: string, stageId: string) => void;
}

/** The board view: a column per stage side by side, or on a phone the one stage picked. */
export function BoardColumns({ title, columns, now, shownStageId, onShowStage, selected, onSelect, onMove, onDrop }: BoardColumnsProps) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 8 } }));

  function onDragEnd({ active, over }: DragEndEvent) {
    const candidateId = active.data.current?.candidateId as string | undefined;
    const stageId = over?.data.current?.stageId as string | undefined;
    if (candidateId && stageId) onDrop(candidateId, stageId);
  }

  return (
    <>
      <StagePicker columns={columns} shownStageId={shownStageId} onShow={onShowStage} />
      <DndContext sensors={sensors} collisionDetection={collision} onDragEnd={onDragEnd}>
        {/* Focusable so keyboard users can scroll the columns even when no card is in view. */}
        <div className="board" role="region" aria-label={`Pipeline for ${title}`} tabIndex={0}>
          {columns.map((column) => (
            <BoardColumnView
              key={column.stage.id}
              column={column}
              now={now}
              shown={column.stage.id === shownStageId}
              selected={selected}
              onSelect={onSelect}
              onMove={onMove}
            />
          ))}
        </div>
      </DndContext>
    </>
  );
}
