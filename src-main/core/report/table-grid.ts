/**
 * A ReportTable's rows leave out the cells a span covers (as HTML does); the renderers need
 * every position: pdfmake wants a placeholder there, Word a "continue" cell under a row span.
 */

import type { ReportTableCell } from './document';

export type GridSlot =
  | { kind: 'cell'; cell: ReportTableCell }
  /** Covered by the span of the cell to the left in the same row. */
  | { kind: 'col-covered' }
  /** Covered by a row span from above; `colSpan` of the cell that spans. */
  | { kind: 'row-covered'; colSpan: number };

/** Every row as exactly `columns` slots. */
export function gridOf(rows: ReportTableCell[][], columns: number): GridSlot[][] {
  const pendingRows: number[] = new Array(columns).fill(0);
  const pendingSpan: number[] = new Array(columns).fill(1);
  return rows.map((row) => {
    const out: GridSlot[] = [];
    let next = 0;
    for (let c = 0; c < columns; ) {
      if (pendingRows[c] > 0) {
        pendingRows[c]--;
        out.push({ kind: 'row-covered', colSpan: pendingSpan[c] });
        for (let k = 1; k < pendingSpan[c]; k++) out.push({ kind: 'col-covered' });
        c += pendingSpan[c];
        continue;
      }
      const cell = row[next++] ?? { text: '' };
      const span = Math.max(1, Math.min(cell.colSpan ?? 1, columns - c));
      out.push({ kind: 'cell', cell });
      for (let k = 1; k < span; k++) out.push({ kind: 'col-covered' });
      if ((cell.rowSpan ?? 1) > 1) {
        pendingRows[c] = (cell.rowSpan ?? 1) - 1;
        pendingSpan[c] = span;
      }
      c += span;
    }
    return out;
  });
}
