/**
 * A statistics table often arrives cut in two: the school pressed Enter inside it, pasted
 * the second half, or Word saved a page break between two tables. The rule for reading two
 * tables as one — table B continues table A when:
 *   1. only empty paragraphs (page or section breaks) stand between them;
 *   2. they have the same number of grid columns;
 *   3. B either starts by repeating A's first rows (the header, compared on folded text;
 *      the repeated rows are dropped), or B's first row is not a header (no cell of it is a
 *      column title such as "STT", "Nội dung", "Đơn vị", "Số lượng", "Ghi chú").
 * A third table may continue the joined pair the same way. Cells keep their own place
 * ("bảng 3, hàng 2, cột 4"), so every number still points into the file as it is.
 */
import type { SourceCell } from '../model/source';
import { fold } from '../text/vietnamese';

export interface PlacedTable {
  /** Number of the table among the body's tables (1-based). */
  number: number;
  grid: SourceCell[][];
  /** Only empty paragraphs separate it from the previous table of the body. */
  followsTableDirectly: boolean;
}

export interface JoinedTable {
  /** Numbers of the tables read as this one, in order. */
  numbers: number[];
  rows: SourceCell[][];
}

/** Rows of A that B may repeat as its header. */
const MAX_HEADER_ROWS = 3;

const COLUMN_TITLES = new Set([
  'stt', 'tt', 'so tt', 'noi dung', 'cac hoat dong', 'hoat dong', 'ten hoat dong', 'chi tieu',
  'don vi', 'don vi tinh', 'dvt', 'so luong', 'so lop so cuoc thi', 'nguoi', 'ghi chu',
]);

export function joinSplitTables(tables: PlacedTable[]): JoinedTable[] {
  const out: JoinedTable[] = [];
  for (const table of tables) {
    const previous = out[out.length - 1];
    const repeated = previous && table.followsTableDirectly ? continuation(previous.rows, table.grid) : null;
    if (previous && repeated !== null) {
      previous.numbers.push(table.number);
      previous.rows.push(...table.grid.slice(repeated));
    } else {
      out.push({ numbers: [table.number], rows: [...table.grid] });
    }
  }
  return out;
}

/** Rows of `next` that repeat the header of `rows` (0 or more) when `next` continues it, else null. */
function continuation(rows: SourceCell[][], next: SourceCell[][]): number | null {
  if (!rows.length || !next.length || rows[0].length !== next[0].length) return null;
  let repeated = 0;
  while (
    repeated < Math.min(MAX_HEADER_ROWS, rows.length, next.length) &&
    rowKey(rows[repeated]) === rowKey(next[repeated])
  ) {
    repeated++;
  }
  if (repeated > 0) return repeated;
  return next[0].some((cell) => COLUMN_TITLES.has(fold(cell.text))) ? null : 0;
}

function rowKey(row: SourceCell[]): string {
  return row.map((cell) => fold(cell.text)).join('|');
}
