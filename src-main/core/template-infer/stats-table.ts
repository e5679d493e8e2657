import { bodyRows, type BodyRow } from '../extract/table-body';
import { layoutOf, type TableLayout } from '../extract/table-layout';
import type { SourceTable } from '../model/source';
import { isBuiltinMeasure, type Template } from '../model/template';
import { fold } from '../text/vietnamese';
import { fitsNumberColumn, holdsNumber } from './cell-kinds';
import { assignMeasures, type NumberColumn } from './number-columns';
import { findHeader, isAnotherHeader, type HeaderColumn, type TableHeader } from './table-header';

/** The statistics table of a form, its columns understood and its rows cut from what follows. */
export interface StatsTable {
  table: SourceTable;
  header: TableHeader | null;
  layout: TableLayout;
  numberColumns: NumberColumn[];
  rows: BodyRow[];
}

/** A template with nothing in it: the content-based layout of a table without a header. */
const NO_TEMPLATE: Template = { id: '', version: '', name: '', campaign: '', columns: [], rows: [], rules: [], outline: [] };

/** What follows a form's table in the same sheet: signatures, the date line. */
const SIGNATURE = /\b(nguoi lap|thu truong|hieu truong|truong phong|giam doc|ky ten|ghi ro ho ten|noi nhan|xac nhan)\b|\bngay\b.{0,20}\bthang\b.{0,20}\bnam\b/;
/** A note under the table: "Ghi chú: …", "* Lưu ý". */
const NOTE_LINE = /^(\*|(ghi chú|lưu ý|chú thích|chú ý)\s*:)/iu;
/** A column of row codes ("Mã số": 01, 02 …), numbers that are not figures. */
const CODE_HEADER = /^(ma|ma so|ma dong|ma chi tieu|ky hieu)$/;
/** Share of a column's filled body cells that must read as numbers for it to be a number column (a text row may hold words). */
const NUMERIC_SHARE = 0.75;

function isTrailer(row: BodyRow): boolean {
  return row.cells.some((c) => c.text && !c.mergedCopy && (SIGNATURE.test(fold(c.text)) || NOTE_LINE.test(c.text)));
}

/** The body ends at the signatures, a note, or the header of another table below it. */
function untilTrailer(rows: BodyRow[]): BodyRow[] {
  const end = rows.findIndex((r) => isTrailer(r) || isAnotherHeader(r.cells));
  return end < 0 ? rows : rows.slice(0, end);
}

function textColumns(header: TableHeader): TableLayout['columns'] {
  const columns: TableLayout['columns'] = {};
  for (const c of header.columns) if (c.role && columns[c.role] === undefined) columns[c.role] = c.col;
  return columns;
}

function isNumberColumn(c: HeaderColumn, rows: BodyRow[]): boolean {
  const cells = rows.map((r) => r.cells[c.col]).filter((cell) => cell?.text && !cell.mergedCopy);
  if (!c.header && !cells.some(holdsNumber)) return false;
  return cells.filter(fitsNumberColumn).length >= NUMERIC_SHARE * cells.length;
}

/** A header naming no label column ("STT | | ĐVT | Số lượng"): the column with the most words under it. */
function wordiestColumn(table: SourceTable, header: TableHeader): number | undefined {
  const letters = header.columns.map((c) => {
    if (c.role) return 0;
    return table.rows.slice(header.bodyStart).reduce((n, row) => n + (row[c.col]?.mergedCopy ? 0 : fold(row[c.col]?.text ?? '').replace(/[^a-z]/g, '').length), 0);
  });
  const best = letters.indexOf(Math.max(...letters));
  return letters[best] > 0 ? best : undefined;
}

function fromHeader(table: SourceTable, header: TableHeader): StatsTable | null {
  const columns = textColumns(header);
  columns.label ??= wordiestColumn(table, header);
  if (columns.label === undefined) return null;
  const layout: TableLayout = { columns, others: new Map(), bodyStart: header.bodyStart, hasHeader: true };
  const rows = untilTrailer(bodyRows(table, layout));
  const taken = new Set(Object.values(columns));
  const candidates = header.columns.filter((c) => !taken.has(c.col) && !c.role && !CODE_HEADER.test(fold(c.header)) && isNumberColumn(c, rows));
  const numberColumns = assignMeasures(candidates);
  placeMeasures(layout, numberColumns);
  return { table, header, layout, numberColumns, rows };
}

/** A table without a recognisable header: the extraction's reading by content. */
function fromContent(table: SourceTable): StatsTable | null {
  const layout = layoutOf(table, NO_TEMPLATE);
  if (!layout) return null;
  const rows = untilTrailer(bodyRows(table, layout));
  const numeric: HeaderColumn[] = (['count', 'people'] as const).flatMap((k) => {
    const col = layout.columns[k];
    return col === undefined ? [] : [{ col, header: '' }];
  });
  const numberColumns = assignMeasures(numeric);
  const placed: TableLayout = { ...layout, columns: { ...layout.columns, count: undefined, people: undefined }, others: new Map() };
  placeMeasures(placed, numberColumns);
  return { table, header: null, layout: placed, numberColumns, rows };
}

function placeMeasures(layout: TableLayout, numberColumns: NumberColumn[]): void {
  for (const n of numberColumns) {
    if (isBuiltinMeasure(n.key)) layout.columns[n.key] = n.col;
    else layout.others.set(n.key, n.col);
  }
}

function statsOf(table: SourceTable): StatsTable | null {
  const header = findHeader(table);
  const stats = header ? fromHeader(table, header) : fromContent(table);
  return stats && stats.numberColumns.length > 0 && stats.rows.some((r) => r.label) ? stats : null;
}

/** The largest table with a label column and number columns: the one a template is made from. */
export function findStatsTable(tables: SourceTable[]): { stats: StatsTable; others: number } | null {
  const found = tables.filter((t) => !t.hidden).map(statsOf).filter((s): s is StatsTable => s !== null);
  if (!found.length) return null;
  const best = found.reduce((a, b) => (b.rows.length > a.rows.length ? b : a));
  return { stats: best, others: found.length - 1 };
}
