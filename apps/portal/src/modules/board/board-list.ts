import { type BoardCandidate, type BoardJob, type BoardStage, daysInStage } from './board-model';

/** The columns the list view sorts by. */
export type SortKey = 'name' | 'stage' | 'promise' | 'days';
export type SortDirection = 'ascending' | 'descending';

export interface ListSort {
  key: SortKey;
  direction: SortDirection;
}

/** The list opens in pipeline order, as the board reads left to right. */
export const DEFAULT_SORT: ListSort = { key: 'stage', direction: 'ascending' };

export interface ListRow {
  candidate: BoardCandidate;
  stage: BoardStage | undefined;
  /** Whole days in the current stage, in the organization's days. */
  days: number;
}

/** What each sort reads as, for the column header and the announcement: [ascending, descending]. */
export const SORT_WORDS: Record<SortKey, { label: string; ascending: string; descending: string }> = {
  name: { label: 'Name', ascending: 'A to Z', descending: 'Z to A' },
  stage: { label: 'Stage', ascending: 'in pipeline order', descending: 'last stage first' },
  promise: { label: 'Hear back by', ascending: 'earliest first', descending: 'latest first' },
  days: { label: 'Days in stage', ascending: 'fewest first', descending: 'most first' },
};

/** "Sorted by Hear back by, earliest first." */
export function sortDescription(sort: ListSort): string {
  const words = SORT_WORDS[sort.key];
  return `Sorted by ${words.label}, ${words[sort.direction]}.`;
}

/** The sort after a click on `key`'s header: the other direction if it is the sorted column, else ascending. */
export function nextSort(current: ListSort, key: SortKey): ListSort {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

const byName = (a: ListRow, b: ListRow) =>
  a.candidate.name.localeCompare(b.candidate.name, 'en') || a.candidate.id.localeCompare(b.candidate.id);

/**
 * The job's candidates as rows, sorted. Ties go by name. Candidates without a promised day come
 * last in both directions: "earliest first" and "latest first" are both about the promises there are.
 */
export function listRows(job: BoardJob, sort: ListSort, now: Date, timeZone: string): ListRow[] {
  const stages = new Map(job.stages.map((stage) => [stage.id, stage]));
  const rows = job.candidates.map((candidate) => ({
    candidate,
    stage: stages.get(candidate.stage.id),
    days: daysInStage(candidate.stageEnteredAt, now, timeZone),
  }));
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare = (a: ListRow, b: ListRow): number => {
    switch (sort.key) {
      case 'stage':
        return sign * ((a.stage?.position ?? Infinity) - (b.stage?.position ?? Infinity));
      case 'days':
        return sign * (a.days - b.days);
      case 'promise': {
        const [x, y] = [a.candidate.expectedResponseBy ?? null, b.candidate.expectedResponseBy ?? null];
        if (x === y) return 0;
        if (x === null) return 1;
        if (y === null) return -1;
        return sign * (x < y ? -1 : 1);
      }
      default:
        return sign * byName(a, b);
    }
  };
  return rows.sort((a, b) => compare(a, b) || byName(a, b));
}
