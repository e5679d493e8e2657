/**
 * The entries of a template's lists in a school's file: the table found by its header (any
 * sheet or Word table), every entry row read with its cells'
 * places; empty rows, repeated headers, column numbers, "Tổng …" and note rows left out. A
 * row holding only a day ("Thứ Ba, ngày 01/10") dates the entries under it.
 */
import type { Campaign } from '../model/consolidation';
import type { EntryValue, ListEntries, ListEntry } from '../model/extraction';
import type { Finding } from '../model/finding';
import type { SourceCell, SourceDocument, SourceTable } from '../model/source';
import type { ListColumn, Template, TemplateList } from '../model/template';
import { parseVietnameseNumber } from '../text/numbers';
import { readClockTime, readDayMonth } from '../text/schedule-values';
import { cleanText, fold } from '../text/vietnamese';
import { cellPlace } from './finding-text';
import { isListHeaderRow, listLayoutOf, type ListLayout } from './list-layout';
import { isColumnNumbering } from './table-layout';

export interface ListExtraction {
  entries: ListEntries;
  /** Names of the tables the entries came from ("Lịch", "Bảng 2"). */
  tables: string[];
  findings: Finding[];
}

interface ReadContext {
  fileName: string;
  campaign: Campaign;
  /** The identified unit's name, for entries whose unit cell is blank. */
  unitName?: string;
}

/** Rows that close or annotate a table: "Tổng cộng", "Tổng số: 5 hoạt động", "Cộng | 5", "Ghi chú: …". */
const CLOSING_ROW = /^(tong|cong|ghi chu|luu y|chu y)\b/;
/** A closing row holds a word and perhaps a count; an entry ("1 | 8h | Công tác tuyên truyền") holds more. */
const CLOSING_ROW_TEXTS = 2;

/** "Sheet1!B7" → 'trang tính "Sheet1", hàng 7'; "bảng 2, hàng 7, cột 4" → "bảng 2, hàng 7". */
export function rowPlace(where: string): string {
  const cell = /^(.*)!\$?[A-Z]{1,3}\$?(\d+)$/.exec(where);
  if (cell) return `trang tính "${cell[1].replace(/^'(.*)'$/, '$1')}", hàng ${cell[2]}`;
  return where.replace(/, cột \d+$/, '');
}

function finding(severity: Finding['severity'], rule: string, where: string | null, message: string): Finding {
  return { severity, rule, where, message };
}

/** A cell's text read for its column's type, with what is wrong with it. */
function readValue(column: ListColumn, cell: SourceCell, ctx: ReadContext): { value: EntryValue; problem?: Finding } {
  const raw = cell.text;
  const base: EntryValue = { key: column.key, raw, where: cell.where };
  const at = `Tệp ${ctx.fileName}, ${cellPlace(cell.where)}`;
  switch (column.type) {
    case 'time': {
      const read = readClockTime(raw);
      if (!read.ok) return { value: base, problem: finding('warning', 'list-bad-time', cell.where, `${at}: ${read.reason}; dòng này được xếp sau các dòng có giờ.`) };
      return { value: read.value === undefined ? base : { ...base, value: read.value } };
    }
    case 'date': {
      const read = readDayMonth(raw, ctx.campaign.year);
      if (!read.ok) return { value: base, problem: finding('error', 'list-bad-date', cell.where, `${at}: ${read.reason}; đề nghị đơn vị sửa lại ngày.`) };
      if (read.value === undefined) return { value: base };
      const value = { ...base, value: read.value };
      if (read.value < ctx.campaign.weekStart || read.value > ctx.campaign.weekEnd) {
        const week = `${vnDay(ctx.campaign.weekStart)}–${vnDay(ctx.campaign.weekEnd)}`;
        return { value, problem: finding('warning', 'list-date-outside-week', cell.where, `${at}: ngày ${vnDay(read.value)} nằm ngoài Tuần lễ năm ${ctx.campaign.year} (${week}).`) };
      }
      return { value };
    }
    case 'number': {
      if (!raw) return { value: base };
      const read = parseVietnameseNumber(raw);
      if (!read.ok) return { value: base, problem: finding('warning', 'list-bad-number', cell.where, `${at}: ${read.reason}.`) };
      return { value: { ...base, value: read.value } };
    }
    default: {
      const text = cleanText(raw);
      return { value: text ? { ...base, value: text } : base };
    }
  }
}

function vnDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The distinct texts of a row (a merged cell counts once). */
function rowTexts(cells: SourceCell[]): string[] {
  return [...new Set(cells.filter((c) => c.text && !c.mergedCopy).map((c) => c.text))];
}

class ListReader {
  readonly entries: ListEntry[] = [];
  readonly findings: Finding[] = [];
  /** The day of a "Thứ Ba, ngày 01/10" row, for the entries under it without one. */
  private day: EntryValue | undefined;

  constructor(
    private readonly list: TemplateList,
    private readonly ctx: ReadContext,
  ) {}

  readTable(table: SourceTable, layout: ListLayout): void {
    this.day = undefined;
    for (let r = layout.bodyStart; r < table.rows.length; r++) this.readRow(table.rows[r], layout);
  }

  private readRow(cells: SourceCell[], layout: ListLayout): void {
    const texts = rowTexts(cells);
    if (!texts.length || isColumnNumbering(cells) || isListHeaderRow(cells, this.list)) return;
    if (texts.length <= CLOSING_ROW_TEXTS && CLOSING_ROW.test(fold(texts[0]))) return;
    const mapped = this.list.columns.flatMap((column) => {
      const col = layout.columns.get(column.key);
      return col === undefined || !cells[col] ? [] : [{ column, cell: cells[col] }];
    });
    if (!mapped.some(({ cell }) => cell.text)) return;
    if (texts.length === 1 && this.isDayRow(texts[0], cells)) return;
    const values: EntryValue[] = [];
    for (const { column, cell } of mapped) {
      const { value, problem } = readValue(column, cell, this.ctx);
      if (problem) this.findings.push(problem);
      values.push(this.completed(column, value));
    }
    const where = rowPlace(mapped[0].cell.where);
    this.checkSaysWhat(values, where);
    this.entries.push({ list: this.list.code, values, where });
  }

  /** A row of one text that is a day: the day of the rows under it. */
  private isDayRow(text: string, cells: SourceCell[]): boolean {
    const read = readDayMonth(text, this.ctx.campaign.year);
    const dateColumn = this.list.columns.find((c) => c.type === 'date');
    if (!read.ok || read.value === undefined || !dateColumn) return false;
    const cell = cells.find((c) => c.text === text)!;
    this.day = { key: dateColumn.key, raw: text, value: read.value, where: cell.where };
    return true;
  }

  /** A blank date under a day row takes that day; a blank unit, the unit that sent the file. */
  private completed(column: ListColumn, value: EntryValue): EntryValue {
    if (value.raw) return value;
    if (column.type === 'date' && this.day) return { ...this.day, key: column.key };
    if (column.key === this.list.unitColumn && this.ctx.unitName) return { ...value, value: this.ctx.unitName, filled: true };
    return value;
  }

  /** An entry says what it is: one of the list's text columns other than the unit's is filled. */
  private checkSaysWhat(values: EntryValue[], where: string): void {
    const what = this.list.columns.filter((c) => c.type === 'text' && c.key !== this.list.unitColumn);
    if (!what.length || values.some((v) => v.value !== undefined && what.some((c) => c.key === v.key))) return;
    const names = what.map((c) => `"${c.header}"`).join(', ');
    this.findings.push(finding('error', 'list-missing-field', where, `Tệp ${this.ctx.fileName}, ${where}: dòng của ${this.list.title.toLocaleLowerCase('vi')} chưa ghi ${names}.`));
  }
}

function readList(doc: SourceDocument, list: TemplateList, ctx: ReadContext, tables: string[]): ListReader {
  const reader = new ListReader(list, ctx);
  // A hidden sheet is often an old copy: read only when no visible table is the list's.
  const visible = doc.tables.filter((t) => !t.hidden);
  for (const candidates of [visible, doc.tables.filter((t) => t.hidden)]) {
    // A Word table broken by a page break comes joined by the reader ("Bảng 1 + 2").
    for (const table of candidates) {
      const layout = listLayoutOf(table, list);
      if (!layout) continue;
      tables.push(table.name);
      reader.readTable(table, layout);
    }
    if (tables.length) break;
  }
  return reader;
}

/** Every list of the template read from the document: its entries by list code, where they came from, and what is wrong. */
export function extractLists(doc: SourceDocument, template: Template, ctx: Omit<ReadContext, 'fileName'>): ListExtraction {
  const entries: ListEntries = new Map();
  const tables: string[] = [];
  const findings: Finding[] = [];
  for (const list of template.lists ?? []) {
    const before = tables.length;
    const reader = readList(doc, list, { ...ctx, fileName: doc.fileName }, tables);
    findings.push(...reader.findings);
    if (tables.length > before) entries.set(list.code, reader.entries);
    if (tables.length > before && !reader.entries.length) {
      findings.push(finding('warning', 'list-empty', null, `Tệp ${doc.fileName} có bảng ${list.title.toLocaleLowerCase('vi')} nhưng chưa ghi dòng nào.`));
    }
  }
  return { entries, tables, findings };
}

/** The error of a file in which none of the template's lists is found. */
export function noListTable(doc: SourceDocument, template: Template): Finding {
  const lists = (template.lists ?? []).map((l) => `"${l.title}" (các cột ${l.columns.map((c) => c.header).join(', ')})`).join('; ');
  const seen = doc.tables.length ? `đã xem ${doc.tables.length} bảng/trang tính` : 'tệp không có bảng nào';
  return finding('error', 'no-table', null, `Không tìm thấy bảng ${lists} trong tệp "${doc.fileName}" (${seen}).`);
}
