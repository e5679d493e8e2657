/**
 * Column widths of a report table, in points. Columns share the room by their weights, except
 * that a column of numbers is never narrower than its longest number: pdfmake and Word both
 * break a word too long for its cell letter by letter, and "1.026.000.000" printed as
 * "1.026.000.00" over "0" misreads a billion. The room is taken from the columns of text,
 * which wrap at their words.
 */
import type { ReportTable } from './document';
import { gridOf } from './table-grid';

/** A number as the tables print it, one word. */
const NUMBER = /^[-−]?\d[\d.,]*$/u;
/** Times New Roman and its metric twins set every digit half an em wide, the separators a quarter, in every style. */
const EM_OF_DIGIT = 0.5;
const EM_OF_SEPARATOR = 0.25;
const EM_OF_MINUS = 0.564;
/** Rounding in the renderers' own arithmetic must not push the last digit to the next line. */
const SAFETY_PT = 1;

function numberWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += ch >= '0' && ch <= '9' ? EM_OF_DIGIT : ch === '.' || ch === ',' ? EM_OF_SEPARATOR : EM_OF_MINUS;
  return em * fontSize + SAFETY_PT;
}
/** A column of text gives at most this share of its width to the numbers. */
const MOST_GIVEN = 0.5;

/**
 * `roomPt` shared among the columns; `cellExtraPt`: what a column's width holds besides its
 * text (Word's cell margins; pdfmake's widths leave out its padding).
 */
export function columnWidths(table: ReportTable, roomPt: number, cellExtraPt = 0): number[] {
  const total = table.widths.reduce((a, b) => a + b, 0);
  const widths = table.widths.map((w) => (w / total) * roomPt);
  const needs = widths.map(() => 0);
  for (const row of gridOf(table.body, widths.length)) {
    row.forEach((slot, c) => {
      if (slot.kind !== 'cell' || (slot.cell.colSpan ?? 1) > 1 || !NUMBER.test(slot.cell.text)) return;
      needs[c] = Math.max(needs[c], numberWidth(slot.cell.text, table.fontSize) + cellExtraPt);
    });
  }
  const short = needs.reduce((sum, need, c) => sum + Math.max(0, need - widths[c]), 0);
  const givers = widths.map((w, c) => (needs[c] === 0 ? w * MOST_GIVEN : 0));
  const canGive = givers.reduce((a, b) => a + b, 0);
  if (short === 0 || canGive === 0) return widths;
  const given = Math.min(short, canGive);
  return widths.map((w, c) => {
    if (needs[c] === 0) return w - (givers[c] / canGive) * given;
    return w + (Math.max(0, needs[c] - w) / short) * given;
  });
}
