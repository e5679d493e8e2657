import { readNumberCell } from '../extract/read-cell';
import type { BodyRow } from '../extract/table-body';
import type { MeasureKey } from '../model/template';
import { holdsNumber } from './cell-kinds';
import type { NumberColumn } from './number-columns';

/** How a row is numbered: the kind decides its level, whatever the number. */
export type NumberingStyle = 'roman' | 'upper' | 'letter' | 'dash' | 'plus' | 'bullet' | 'none' | `arabic${number}`;

/** A body row of the form as the inference needs it. */
export interface FormRow {
  stt: string;
  label: string;
  unit: string;
  where: string;
  style: NumberingStyle;
  bold: boolean;
  indent: number;
  /** The numbers written in the row (a filled form), by measure; empty for a blank form. */
  numbers: Map<MeasureKey, number>;
}

export function numberingStyle(stt: string): NumberingStyle {
  if (!stt) return 'none';
  if (/^[IVXLC]+$/.test(stt)) return 'roman';
  if (/^[A-Z]$/.test(stt)) return 'upper';
  if (/^\d+(\.\d+)*$/.test(stt)) return `arabic${stt.split('.').length}`;
  if (/^[a-zđ]$/u.test(stt)) return 'letter';
  if (/^[-–—]$/.test(stt)) return 'dash';
  if (stt === '+') return 'plus';
  return 'bullet';
}

function numbersOf(row: BodyRow, columns: NumberColumn[]): Map<MeasureKey, number> {
  const out = new Map<MeasureKey, number>();
  for (const c of columns) {
    const cell = row.cells[c.col];
    if (!holdsNumber(cell)) continue;
    const reading = readNumberCell(cell, c.money);
    if (reading.kind === 'number') out.set(c.key, reading.value);
  }
  return out;
}

/** The rows with a label, each with its numbering, look and numbers. */
export function formRows(rows: BodyRow[], columns: NumberColumn[]): FormRow[] {
  return rows.filter((r) => r.label).map((r) => {
    const labelCell = r.layout.columns.label === undefined ? undefined : r.cells[r.layout.columns.label];
    return {
      stt: r.stt,
      label: r.label,
      unit: r.unit,
      where: r.where,
      style: numberingStyle(r.stt),
      bold: !!labelCell?.bold,
      indent: labelCell?.indent ?? 0,
      numbers: numbersOf(r, columns),
    };
  });
}
