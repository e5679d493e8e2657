import type { SourceCell, SourceTable } from '../model/source';
import { normalizeStt, splitNumbering } from './row-numbering';
import { isColumnNumbering, type TableLayout } from './table-layout';

/** One body row of a source table, its label resolved, ready to be matched and read. */
export interface BodyRow {
  stt: string;
  label: string;
  unit: string;
  /** Place of the label (or of the row's first cell). */
  where: string;
  cells: SourceCell[];
  layout: TableLayout;
  /** An empty row came right before this one in the source. */
  afterGap: boolean;
}

const NUMBERING_ONLY = /^\(?(\d+(\.\d+)*|[IVXL]+|[a-zđ])[.)]?$|^[-+•*–—·]$/u;

function cellAt(row: SourceCell[], col: number | undefined): SourceCell | undefined {
  return col === undefined ? undefined : row[col];
}

/**
 * The rows under the header. Title, empty and column-numbering rows are skipped; a label
 * typed into the STT cell (seen in the province's own form) or spread over STT and label
 * by a merge is taken as the label; "1.1. Bồi dưỡng …" gives its number to the STT.
 */
export function bodyRows(table: SourceTable, layout: TableLayout): BodyRow[] {
  const out: BodyRow[] = [];
  let afterGap = false;
  for (let r = layout.bodyStart; r < table.rows.length; r++) {
    const cells = table.rows[r];
    if (cells.every((c) => !c.text || c.mergedCopy)) {
      afterGap = true;
      continue;
    }
    if (isColumnNumbering(cells)) continue;
    const sttCell = cellAt(cells, layout.columns.stt);
    const labelCell = cellAt(cells, layout.columns.label);
    let stt = sttCell?.text ?? '';
    let label = labelCell?.text ?? '';
    let where = labelCell?.where ?? cells[0].where;
    if (labelCell?.mergedCopy && sttCell && label === stt) {
      stt = '';
      where = sttCell.where;
    }
    if (!label && sttCell && stt && !NUMBERING_ONLY.test(stt)) {
      label = stt;
      stt = '';
      where = sttCell.where;
    }
    const split = splitNumbering(label);
    out.push({
      stt: normalizeStt(stt || split.stt),
      label: split.label,
      unit: cellAt(cells, layout.columns.unit)?.text ?? '',
      where,
      cells,
      layout,
      afterGap,
    });
    afterGap = false;
  }
  return out;
}
