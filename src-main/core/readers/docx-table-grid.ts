/**
 * A Word table as a rectangular grid. Word stores a merged header as one wide cell
 * (gridSpan) and a tall cell as a first cell plus "continue" cells below (vMerge); the
 * grid gives every covered position a cell that repeats the merged cell's text, marked
 * mergedCopy, so that column 4 is column 4 on every row.
 */
import type { SourceCell } from '../model/source';
import type { RawTable } from './docx-body';

/** `label` is how the table is named in places: "bảng 2", "bảng 2.1". */
export function tableGrid(raw: RawTable, label: string): SourceCell[][] {
  const width = raw.rows.reduce(
    (max, row) => Math.max(max, row.gridBefore + row.cells.reduce((n, c) => n + c.span, 0) + row.gridAfter),
    1,
  );
  const where = (r: number, c: number): string => `${label}, hàng ${r + 1}, cột ${c + 1}`;
  const grid: SourceCell[][] = [];
  raw.rows.forEach((row, r) => {
    const cells: SourceCell[] = [];
    const pad = (upTo: number): void => {
      while (cells.length < upTo) cells.push({ text: '', where: where(r, cells.length) });
    };
    pad(row.gridBefore);
    for (const cell of row.cells) {
      const col = cells.length;
      const above = grid[r - 1]?.[col];
      const left = cells[col - 1];
      let master: SourceCell;
      if (cell.vMerge === 'continue' && above) {
        master = { text: above.text, where: where(r, col), mergedCopy: true };
      } else if (cell.hMergeContinue && left) {
        master = { text: left.text, where: where(r, col), mergedCopy: true };
      } else {
        master = { text: cell.lines.join('\n'), where: where(r, col) };
        if (cell.bold) master.bold = true;
        if (cell.indent > 0) master.indent = cell.indent;
      }
      cells.push(master);
      for (let k = 1; k < cell.span; k++) {
        const c = col + k;
        const text = cell.vMerge === 'continue' ? (grid[r - 1]?.[c]?.text ?? master.text) : master.text;
        cells.push({ text, where: where(r, c), mergedCopy: true });
      }
    }
    pad(width);
    grid.push(cells);
  });
  return grid;
}
