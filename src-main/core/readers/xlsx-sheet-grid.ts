/**
 * One worksheet → one SourceTable: a grid from A1 to the last cell that shows something,
 * merged ranges spread over every cell they cover, with notes on cells whose value cannot be
 * trusted and on text converted from a pre-Unicode encoding.
 */
import type { ReaderNote, SourceCell, SourceTable } from '../model/source';
import { legacyEncodingName, type LegacyEncoding } from '../text/legacy-encoding';
import { readCellValue, type CellReading } from './xlsx-cell-value';
import type { SheetInfo } from './xlsx-package';
import { columnLetters, type ParsedSheet } from './xlsx-sheet-xml';

/** The tables the app reads are a few dozen rows; bigger sheets are cut, with a note. */
export const SHEET_MAX_ROWS = 5_000;
export const SHEET_MAX_COLUMNS = 200;
/** Cell-level notes of one kind per sheet, before they are summarised in one more note. */
const NOTES_PER_RULE = 10;

/** A cell's reading where it shows. Kept beside the reading, not spread into a copy of it: that cost four fifths of a sheet's time. */
interface PlacedReading {
  reading: CellReading;
  row: number;
  col: number;
  mergedCopy: boolean;
  formula?: string;
}

const inside = (row: number, col: number): boolean => row <= SHEET_MAX_ROWS && col <= SHEET_MAX_COLUMNS;
/** One number per cell address (Excel has at most 16,384 columns). */
const key = (row: number, col: number): number => row * 16_384 + col;

export function sheetToTable(
  sheet: ParsedSheet,
  info: SheetInfo,
  index: number,
  fileName: string,
  date1904: boolean,
): { table: SourceTable; notes: ReaderNote[] } {
  const placed: PlacedReading[] = [];
  let lastRow = 0;
  let lastCol = 0;
  let cut = false;
  const place = (p: PlacedReading): void => {
    placed.push(p);
    lastRow = Math.max(lastRow, p.row);
    lastCol = Math.max(lastCol, p.col);
  };
  // Every cell of a merged range shows the top-left one's value; the others' own values are hidden.
  const covered = new Set<number>();
  for (const m of sheet.merges) {
    for (let r = m.top; r <= Math.min(m.bottom, SHEET_MAX_ROWS + 1); r++) {
      for (let c = m.left; c <= Math.min(m.right, SHEET_MAX_COLUMNS + 1); c++) if (r !== m.top || c !== m.left) covered.add(key(r, c));
    }
  }
  const masters = new Map<number, CellReading>();
  for (const cell of sheet.cells) {
    if (covered.has(key(cell.row, cell.col))) continue;
    const reading = readCellValue(cell, date1904);
    if (!inside(cell.row, cell.col)) {
      cut ||= reading.text !== '';
      continue;
    }
    if (sheet.merges.length > 0) masters.set(key(cell.row, cell.col), reading);
    if (reading.text === '' && !reading.formulaWithoutResult) continue;
    place({ reading, row: cell.row, col: cell.col, mergedCopy: false, formula: cell.formula?.text });
  }
  for (const m of sheet.merges) {
    const master = masters.get(key(m.top, m.left));
    if (!master || master.text === '') continue;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        if (!inside(r, c)) {
          cut = true;
          break;
        }
        place({ reading: { text: master.text }, row: r, col: c, mergedCopy: true });
      }
      if (r > SHEET_MAX_ROWS) break;
    }
  }

  const columns = Array.from({ length: lastCol }, (_, c) => `${info.name}!${columnLetters(c + 1)}`);
  const rows: SourceCell[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const cells: SourceCell[] = [];
    for (let c = 0; c < lastCol; c++) cells.push({ text: '', where: columns[c] + r });
    rows.push(cells);
  }
  const notes = new SheetNotes(fileName, info.name);
  for (const { reading: p, row, col, mergedCopy, formula } of placed) {
    const cell: SourceCell = rows[row - 1][col - 1];
    cell.text = p.text;
    if (mergedCopy) {
      cell.mergedCopy = true;
      continue;
    }
    if (p.num !== undefined) cell.num = p.num;
    if (p.bold) cell.bold = true;
    if (p.indent) cell.indent = p.indent;
    if (p.legacyEncoding) notes.legacyEncoding(p.legacyEncoding);
    if (p.formulaWithoutResult) {
      cell.formulaWithoutResult = true;
      notes.formulaWithoutResult(cell.where, formula);
    }
    if (p.error) notes.cellError(cell.where, p.error);
  }
  if (cut) notes.truncated();

  const hiddenRows = [...sheet.hiddenRows].filter((r) => r <= lastRow).sort((a, b) => a - b).map((r) => r - 1);
  const table: SourceTable = { name: info.name, index, rows };
  if (info.hidden) table.hidden = true;
  if (hiddenRows.length > 0) table.hiddenRows = hiddenRows;
  return { table, notes: notes.all() };
}

const OVERFLOW_LABELS = new Map<string, string>(Object.entries({
  'formula-no-result': 'có công thức nhưng không lưu kết quả tính',
  'cell-error': 'hiển thị lỗi công thức',
}));

/** Notes of one sheet, at most NOTES_PER_RULE per rule plus one summary. */
class SheetNotes {
  private readonly notes: ReaderNote[] = [];
  private readonly overflow = new Map<string, number>();
  private readonly encodings = new Set<LegacyEncoding>();

  constructor(
    private readonly fileName: string,
    private readonly sheetName: string,
  ) {}

  formulaWithoutResult(where: string, formula: string | undefined): void {
    const shown = formula ? ` (=${formula})` : '';
    this.cellNote('formula-no-result', where,
      `Ô ${where} của tệp ${this.fileName} có công thức${shown} nhưng tệp không lưu kết quả tính, nên không biết ô này hiển thị số nào: hãy mở tệp bằng Excel, lưu lại rồi gửi lại.`);
  }

  cellError(where: string, error: string): void {
    this.cellNote('cell-error', where,
      `Ô ${where} của tệp ${this.fileName} hiển thị lỗi ${error}: số liệu của ô này không dùng được.`);
  }

  truncated(): void {
    this.notes.push({
      severity: 'warning',
      rule: 'sheet-truncated',
      where: this.sheetName,
      message: `Trang tính "${this.sheetName}" của tệp ${this.fileName} quá lớn: chỉ đọc ${SHEET_MAX_ROWS.toLocaleString('vi-VN')} hàng đầu và ${SHEET_MAX_COLUMNS} cột đầu, phần còn lại bị bỏ qua.`,
    });
  }

  /** Said once for the sheet: the specialist needs to know the sheet was converted, not every cell. */
  legacyEncoding(encoding: LegacyEncoding): void {
    this.encodings.add(encoding);
  }

  all(): ReaderNote[] {
    const summaries: ReaderNote[] = [...this.overflow].map(([rule, count]) => ({
      severity: 'warning',
      rule,
      where: this.sheetName,
      message: `Trang tính "${this.sheetName}" của tệp ${this.fileName} còn ${count} ô khác ${OVERFLOW_LABELS.get(rule)}.`,
    }));
    return [...this.notes, ...this.legacyNote(), ...summaries];
  }

  private legacyNote(): ReaderNote[] {
    if (this.encodings.size === 0) return [];
    const names = [...this.encodings].map(legacyEncodingName).join(' và ');
    return [{
      severity: 'info',
      rule: 'legacy-encoding',
      where: this.sheetName,
      message: `Trang tính "${this.sheetName}" của tệp ${this.fileName} gõ bằng bảng mã cũ ${names}: đã tự chuyển sang Unicode, hãy xem lại chữ tiếng Việt khi dùng.`,
    }];
  }

  private cellNote(rule: string, where: string, message: string): void {
    if (this.notes.filter((n) => n.rule === rule).length < NOTES_PER_RULE) {
      this.notes.push({ severity: 'warning', rule, where, message });
    } else {
      this.overflow.set(rule, (this.overflow.get(rule) ?? 0) + 1);
    }
  }
}
