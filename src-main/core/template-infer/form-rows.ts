import { readNumberCell } from '../extract/read-cell';
import type { BodyRow } from '../extract/table-body';
import type { MeasureKey } from '../model/template';
import { fold } from '../text/vietnamese';
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
  /** A "Trong đó:" row of its own follows it: the rows after break it down. */
  brokenDown: boolean;
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

/** "Trong đó:" alone on its row: it says the row above is broken down, it is no row of its own. */
const CONNECTOR = /^(trong do|chia ra|bao gom|gom|cu the)$/;

/** The rows with a label, each with its numbering, look and numbers. */
export function formRows(rows: BodyRow[], columns: NumberColumn[]): FormRow[] {
  const out: FormRow[] = [];
  for (const r of rows) {
    if (!r.label) continue;
    if (CONNECTOR.test(fold(r.label)) && out.length) {
      out[out.length - 1].brokenDown = true;
      continue;
    }
    const labelCell = r.layout.columns.label === undefined ? undefined : r.cells[r.layout.columns.label];
    out.push({
      stt: r.stt,
      label: r.label,
      unit: r.unit,
      where: r.where,
      style: numberingStyle(r.stt),
      bold: !!labelCell?.bold,
      indent: labelCell?.indent ?? 0,
      numbers: numbersOf(r, columns),
      brokenDown: false,
    });
  }
  return out;
}
