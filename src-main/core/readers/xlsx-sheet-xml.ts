/**
 * One worksheet part → its stored cells (value or cached formula result, style, formula
 * text), merged ranges and hidden rows, in the terms of the file itself: what a cell shows
 * is decided by xlsx-cell-value.ts.
 */
import { child, elements, textOf, type XmlElement } from './docx-xml';
import { isTrue, textRuns, type CellStyle, type TextRun, type WorkbookParts } from './xlsx-package';

/** What a cell stores (or its formula last computed). */
export type StoredValue =
  | { number: number }
  | { text: TextRun[] }
  | { boolean: boolean }
  | { error: string }
  /** An ISO 8601 date written as such (t="d"). */
  | { isoDate: string };

export interface SheetCell {
  /** 1-based. */
  row: number;
  col: number;
  style?: CellStyle;
  /** Undefined when the cell stores nothing. */
  value?: StoredValue;
  /** Set for a formula cell; `text` is undefined when the file does not say it. */
  formula?: { text?: string };
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ParsedSheet {
  /** In the order of the file (row by row). */
  cells: SheetCell[];
  merges: CellRange[];
  /** 1-based numbers of the rows marked hidden. */
  hiddenRows: Set<number>;
}

const REF = /^\$?([A-Z]{1,3})\$?(\d+)$/i;

export function parseSheet(sheet: XmlElement, workbook: WorkbookParts): ParsedSheet {
  const cells: SheetCell[] = [];
  const hiddenRows = new Set<number>();
  const sharedFormulas = new Map<string, { row: number; col: number; text: string }>();
  let r = 0;
  for (const row of elements(child(sheet, 'sheetData') ?? sheet).filter((e) => e.tag === 'row')) {
    r = Number(row.attrs.r) || r + 1;
    if (isTrue(row.attrs.hidden)) hiddenRows.add(r);
    let c = 0;
    for (const cell of elements(row)) {
      if (cell.tag !== 'c') continue;
      const at = cell.attrs.r ? parseRef(cell.attrs.r) : undefined;
      c = at?.col ?? c + 1;
      cells.push(readCell(cell, at?.row ?? r, c, workbook, sharedFormulas));
    }
  }
  const merges: CellRange[] = [];
  for (const merge of elements(child(sheet, 'mergeCells') ?? sheet)) {
    const [from, to] = (merge.attrs.ref ?? '').split(':').map(parseRef);
    if (merge.tag === 'mergeCell' && from && to) {
      merges.push({ top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) });
    }
  }
  return { cells, merges, hiddenRows };
}

function readCell(
  cell: XmlElement,
  row: number,
  col: number,
  workbook: WorkbookParts,
  sharedFormulas: Map<string, { row: number; col: number; text: string }>,
): SheetCell {
  const out: SheetCell = { row, col, style: workbook.styles[Number(cell.attrs.s ?? 0)] };
  const v = child(cell, 'v');
  const stored = v ? textOf(v) : undefined;
  switch (cell.attrs.t) {
    case 's': {
      const runs = stored === undefined ? undefined : workbook.sharedStrings[Number(stored)];
      if (runs) out.value = { text: runs };
      break;
    }
    case 'inlineStr': {
      const is = child(cell, 'is');
      if (is) out.value = { text: textRuns(is) };
      break;
    }
    case 'str':
      if (stored !== undefined) out.value = { text: [{ text: stored }] };
      break;
    case 'b':
      if (stored !== undefined) out.value = { boolean: stored === '1' || stored === 'true' };
      break;
    case 'e':
      if (stored !== undefined) out.value = { error: stored };
      break;
    case 'd':
      if (stored !== undefined) out.value = { isoDate: stored };
      break;
    default:
      if (stored !== undefined && stored !== '') out.value = { number: parseFloat(stored) };
  }
  const f = child(cell, 'f');
  if (f) out.formula = { text: formulaText(f, row, col, sharedFormulas) };
  return out;
}

/** A shared formula's cells after the first say only which one they share: their text is the first's, moved. */
function formulaText(f: XmlElement, row: number, col: number, shared: Map<string, { row: number; col: number; text: string }>): string | undefined {
  const text = textOf(f);
  if (f.attrs.t !== 'shared' || f.attrs.si === undefined) return text || undefined;
  if (text) {
    shared.set(f.attrs.si, { row, col, text });
    return text;
  }
  const master = shared.get(f.attrs.si);
  return master ? moveFormula(master.text, row - master.row, col - master.col) : undefined;
}

/** Relative references moved by rows/columns ("$" parts stay); a name followed by "(" is a function, not a cell. */
function moveFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(/(?<![\w.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g, (_, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    const c = colAbs ? letters : columnLetters(columnNumber(letters) + cols);
    const r = rowAbs ? digits : String(Number(digits) + rows);
    return `${colAbs}${c}${rowAbs}${r}`;
  });
}

export function parseRef(ref: string): { row: number; col: number } | undefined {
  const m = REF.exec(ref.trim());
  return m ? { col: columnNumber(m[1]), row: Number(m[2]) } : undefined;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
