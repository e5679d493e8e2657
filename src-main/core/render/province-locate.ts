import type { Workbook, Worksheet } from 'exceljs';
import { cellText, isMergedCopy } from './province-cells';
import { type ColumnRole, isColumnNumbering, roleOfColumn } from './province-header';

export interface LocatedColumn {
  excelCol: number;
  /** Header texts top to bottom, joined with " › " ("Số lượng › Người"). */
  header: string;
  role: ColumnRole;
}

export interface LocatedTable {
  ws: Worksheet;
  headerRows: number[];
  columns: LocatedColumn[];
  labelCol: number;
  sttCol: number | null;
  unitCol: number | null;
  firstDataRow: number;
}

/** Titles and letterheads fill the top of a sheet; the table's header is never far below. */
const HEADER_SEARCH_ROWS = 60;

/** Last row of the header that starts at `top`: as far down as its cells are merged, or one more row of sub-headers. */
function headerBottom(ws: Worksheet, top: number, lastCol: number, labelCol: number): number {
  let bottom = top;
  for (let c = 1; c <= lastCol; c++) {
    let r = top;
    while (r + 1 <= ws.rowCount && isMergedCopy(ws.getCell(r + 1, c)) && Number(ws.getCell(r + 1, c).master.row) === top) r++;
    bottom = Math.max(bottom, r);
  }
  if (bottom === top) {
    const next = top + 1;
    const subRoles = Array.from({ length: lastCol }, (_, i) => roleOfColumn([cellText(ws.getCell(next, i + 1))]));
    const labelBlank = cellText(ws.getCell(next, labelCol)) === '' || isMergedCopy(ws.getCell(next, labelCol));
    if (labelBlank && subRoles.some((r) => r === 'count' || r === 'people' || r === 'value')) bottom = next;
  }
  return bottom;
}

function columnsOf(ws: Worksheet, top: number, bottom: number, lastCol: number): LocatedColumn[] {
  const out: LocatedColumn[] = [];
  for (let c = 1; c <= lastCol; c++) {
    const texts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = cellText(ws.getCell(r, c));
      if (t && texts[texts.length - 1] !== t) texts.push(t);
    }
    if (texts.length) out.push({ excelCol: c, header: texts.join(' › '), role: roleOfColumn(texts) });
  }
  return out;
}

function tableAt(ws: Worksheet, top: number): LocatedTable | null {
  const lastCol = ws.columnCount;
  let labelCol = 0;
  for (let c = 1; c <= lastCol && !labelCol; c++) {
    if (roleOfColumn([cellText(ws.getCell(top, c))]) === 'label') labelCol = c;
  }
  if (!labelCol) return null;
  const bottom = headerBottom(ws, top, lastCol, labelCol);
  const columns = columnsOf(ws, top, bottom, lastCol);
  if (!columns.some((c) => c.role === 'count' || c.role === 'people' || c.role === 'value')) return null;
  const colOf = (role: ColumnRole) => columns.find((c) => c.role === role)?.excelCol ?? null;
  let firstDataRow = bottom + 1;
  const texts = (r: number) => Array.from({ length: lastCol }, (_, i) => cellText(ws.getCell(r, i + 1)));
  if (isColumnNumbering(texts(firstDataRow))) firstDataRow++;
  return {
    ws,
    headerRows: Array.from({ length: bottom - top + 1 }, (_, i) => top + i),
    columns,
    labelCol,
    sttCol: colOf('stt'),
    unitCol: colOf('unit'),
    firstDataRow,
  };
}

const measureCount = (t: LocatedTable) => t.columns.filter((c) => c.role === 'count' || c.role === 'people' || c.role === 'value').length;

/**
 * The statistics table of the province's workbook, in whichever sheet holds it: the first
 * row with an activity header ("Các hoạt động", "Nội dung") over at least one measure column.
 * Sheets with more measure columns win; hidden sheets are instructions or lookups, not the form.
 */
export function locateTable(wb: Workbook): LocatedTable | null {
  let best: LocatedTable | null = null;
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible' && ws.state !== undefined) continue;
    const lastRow = Math.min(ws.rowCount, HEADER_SEARCH_ROWS);
    for (let r = 1; r <= lastRow; r++) {
      const found = tableAt(ws, r);
      if (found) {
        if (!best || measureCount(found) > measureCount(best)) best = found;
        break;
      }
    }
  }
  return best;
}
