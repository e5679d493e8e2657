import { defineStore } from 'pinia';
import { markRaw } from 'vue';
import type { Board, BoardRow, BoardState } from '../../../src-main/api/contract';
import { call } from '../api/call';
import { foldForSearch } from '../format/fold';

/** A count on top of the board doubles as its filter. */
export type BoardFilter = 'all' | BoardState | 'late';
export type BoardSortKey = 'unitName' | 'unitType' | 'state' | 'receivedAt' | 'errors' | 'warnings';
export type SortOrder = 'asc' | 'desc';

/** The order of states when sorting by state: what needs the specialist first. */
const stateOrder: Record<BoardState, number> = { errors: 0, received: 1, returned: 2, missing: 3, accepted: 4 };

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

interface IndexedRow {
  row: BoardRow;
  /** Name and code folded once, so that typing in the search box stays instant at 2,000 units. */
  folded: string;
}

function compare(key: BoardSortKey, a: BoardRow, b: BoardRow): number {
  switch (key) {
    case 'unitName':
      return collator.compare(a.unitName, b.unitName);
    case 'unitType':
      return collator.compare(a.unitType ?? '', b.unitType ?? '');
    case 'state':
      return stateOrder[a.state] - stateOrder[b.state] || Number(b.late) - Number(a.late);
    case 'receivedAt':
      // Never received sorts after every date.
      return (a.receivedAt ?? '\uffff').localeCompare(b.receivedAt ?? '\uffff');
    case 'errors':
      return a.errors - b.errors;
    case 'warnings':
      return a.warnings - b.warnings;
  }
}

export function matchesFilter(row: BoardRow, filter: BoardFilter): boolean {
  return filter === 'all' || (filter === 'late' ? row.late : row.state === filter);
}

/** The status board of the open round: every unit, counts that filter, search, sorting. */
export const useBoard = defineStore('board', {
  state: () => ({
    board: null as Board | null,
    index: [] as IndexedRow[],
    filter: 'all' as BoardFilter,
    query: '',
    sortKey: 'unitName' as BoardSortKey,
    sortOrder: 'asc' as SortOrder,
  }),
  getters: {
    counts(s): Record<BoardFilter, number> {
      const counts: Record<BoardFilter, number> = { all: 0, missing: 0, received: 0, errors: 0, accepted: 0, returned: 0, late: 0 };
      for (const { row } of s.index) {
        counts.all++;
        counts[row.state]++;
        if (row.late) counts.late++;
      }
      return counts;
    },
    rows(s): BoardRow[] {
      const q = foldForSearch(s.query);
      const sign = s.sortOrder === 'asc' ? 1 : -1;
      return s.index
        .filter((r) => matchesFilter(r.row, s.filter) && (!q || r.folded.includes(q)))
        .map((r) => r.row)
        .sort((a, b) => sign * compare(s.sortKey, a, b) || collator.compare(a.unitName, b.unitName));
    },
    unidentified: (s) => s.board?.unidentified ?? [],
  },
  actions: {
    async load(roundId: number) {
      this.show(await call('rounds/board', { roundId }));
    },
    show(board: Board) {
      // Read-only data: not made deeply reactive, so that 2,000 rows cost nothing to hold.
      this.board = markRaw(board);
      this.index = markRaw(board.rows.map((row) => ({ row, folded: foldForSearch(`${row.unitName} ${row.unitCode}`) })));
    },
    setFilter(filter: BoardFilter) {
      this.filter = this.filter === filter ? 'all' : filter;
    },
    sortBy(key: BoardSortKey) {
      if (this.sortKey === key) this.sortOrder = this.sortOrder === 'asc' ? 'desc' : 'asc';
      else {
        this.sortKey = key;
        this.sortOrder = 'asc';
      }
    },
  },
});
