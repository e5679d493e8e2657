/**
 * One loaded worksheet → one SourceTable: a grid from A1 to the last cell that shows
 * something, merged ranges spread over every cell they cover, with notes on cells whose
 * value cannot be trusted and on text converted from a pre-Unicode encoding.
 */
import type { Cell, Worksheet } from 'exceljs';
import type { ReaderNote, SourceCell, SourceTable } from '../model/source';
import { legacyEncodingName, type LegacyEncoding } from '../text/legacy-encoding';
import { readCellValue, type CellReading } from './xlsx-cell-value';

/** The tables the app reads are a few dozen rows; bigger sheets are cut, with a note. */
export const SHEET_MAX_ROWS = 5_000;
export const SHEET_MAX_COLUMNS = 200;
/** Cell-level notes of one kind per sheet, before they are summarised in one more note. */
const NOTES_PER_RULE = 10;

interface PlacedReading extends CellReading {
  row: number;
  col: number;
  mergedCopy: boolean;
  formula?: string;
}

export function sheetToTable(sheet: Worksheet, index: number, fileName: string): { table: SourceTable; notes: ReaderNote[] } {
  const placed: PlacedReading[] = [];
  let lastRow = 0;
  let lastCol = 0;
  let cut = false;
  const masters = new Map<string, CellReading>();
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (r > SHEET_MAX_ROWS || c > SHEET_MAX_COLUMNS) {
        cut ||= cellReading(cell, masters).text !== '';
        return;
      }
      const reading = cellReading(cell, masters);
      if (reading.text === '' && !reading.formulaWithoutResult) return;
      placed.push({ ...reading, row: r, col: c, mergedCopy: isMergedCopy(cell), formula: formulaOf(cell) });
      lastRow = Math.max(lastRow, r);
      lastCol = Math.max(lastCol, c);
    });
  });

  const where = (r: number, c: number): string => `${sheet.name}!${columnLetters(c)}${r}`;
  const rows: SourceCell[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const cells: SourceCell[] = [];
    for (let c = 1; c <= lastCol; c++) cells.push({ text: '', where: where(r, c) });
    rows.push(cells);
  }
  const notes = new SheetNotes(fileName, sheet.name);
  for (const p of placed) {
    const cell: SourceCell = rows[p.row - 1][p.col - 1];
    cell.text = p.text;
    if (p.num !== undefined && !p.mergedCopy) cell.num = p.num;
    if (p.mergedCopy) cell.mergedCopy = true;
    if (p.mergedCopy) continue;
    if (p.legacyEncoding) notes.legacyEncoding(p.legacyEncoding);
    if (p.formulaWithoutResult) {
      cell.formulaWithoutResult = true;
      notes.formulaWithoutResult(cell.where, p.formula);
    }
    if (p.error) notes.cellError(cell.where, p.error);
  }
  if (cut) notes.truncated();

  const hiddenRows: number[] = [];
  for (let r = 1; r <= lastRow; r++) if (sheet.findRow(r)?.hidden) hiddenRows.push(r - 1);
  const table: SourceTable = { name: sheet.name, index, rows };
  if (sheet.state !== 'visible') table.hidden = true;
  if (hiddenRows.length > 0) table.hiddenRows = hiddenRows;
  return { table, notes: notes.all() };
}

function isMergedCopy(cell: Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

/** A merged range's cells all show the master's value; read it once per range. */
function cellReading(cell: Cell, masters: Map<string, CellReading>): CellReading {
  if (!isMergedCopy(cell)) return readCellValue(cell.value, cell.numFmt, cell.font?.name);
  const master = cell.master;
  let reading = masters.get(master.address);
  if (!reading) {
    reading = readCellValue(master.value, master.numFmt, master.font?.name);
    masters.set(master.address, reading);
  }
  return { text: reading.text, num: reading.num };
}

function formulaOf(cell: Cell): string | undefined {
  const value = cell.value;
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) return cell.formula || undefined;
  return undefined;
}

export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
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
