import { headerWordRole } from '../extract/table-layout';
import { isColumnNumbering } from '../extract/table-layout';
import type { SourceCell, SourceTable } from '../model/source';
import { fold } from '../text/vietnamese';
import { looksNumeric } from './cell-kinds';

/** Columns that hold words, not numbers. */
export type TextRole = 'stt' | 'label' | 'unit' | 'note';

export interface HeaderColumn {
  col: number;
  /** The lowest header text over the column ("Người"), '' when it has none. */
  header: string;
  /** A header merged over several columns above it ("Số lượng"). */
  group?: string;
  role?: TextRole;
}

export interface TableHeader {
  /** 0-based rows: the header's first row and the first row after it (and its column numbers). */
  top: number;
  bodyStart: number;
  columns: HeaderColumn[];
  where: string;
}

/** Label headers of other reports than the built-in one ("Cấp học", "Tiêu chí"). */
const MORE_LABEL_WORDS = /\b(cap hoc|loai hinh|linh vuc|tieu chi|chi so|dien giai|doi tuong|nhiem vu|ten chi tieu|khoi lop|hang muc)\b/;
const HEADER_SCAN_ROWS = 40;
const MAX_SUB_HEADER_ROWS = 3;

/** The role of a header text; "Số …" ("Số đơn vị", "Số lượng") always heads numbers. */
export function textRoleOf(text: string): TextRole | undefined {
  const f = fold(text);
  if (!f || /^so\b/.test(f)) return undefined;
  const role = headerWordRole(f);
  if (role === 'stt' || role === 'label' || role === 'unit' || role === 'note') return role;
  return MORE_LABEL_WORDS.test(f) ? 'label' : undefined;
}

const masters = (row: SourceCell[]): SourceCell[] => row.filter((c) => c.text && !c.mergedCopy);

/** A header's first row: two cells of its own, one naming the label or the STT column. */
function isHeaderTop(row: SourceCell[]): boolean {
  const own = masters(row);
  if (own.length < 2 || own.some(looksNumeric)) return false;
  const roles = new Set(own.map((c) => textRoleOf(c.text)));
  return roles.has('label') || (roles.has('stt') && own.length >= 3);
}

/** A row under the header's first one that still names columns ("Lớp", "Người" under "Số lượng"). */
function isSubHeader(row: SourceCell[], textCols: number[]): boolean {
  if (isColumnNumbering(row)) return false;
  const own = masters(row);
  if (own.length === 0 || own.some(looksNumeric)) return false;
  return textCols.every((c) => !row[c]?.text || !!row[c].mergedCopy);
}

function columnsOf(table: SourceTable, top: number, bottom: number): HeaderColumn[] {
  const width = table.rows[top].length;
  const out: HeaderColumn[] = [];
  for (let col = 0; col < width; col++) {
    const texts: string[] = [];
    for (let r = top; r < bottom; r++) {
      const t = table.rows[r][col].text;
      if (t && !texts.includes(t)) texts.push(t);
    }
    const header = texts[texts.length - 1] ?? '';
    const group = texts.length >= 2 ? texts[0] : undefined;
    const role = textRoleOf(header) ?? (group ? textRoleOf(group) : undefined);
    out.push({ col, header, ...(group ? { group } : {}), ...(role ? { role } : {}) });
  }
  return out;
}

/** The table's header: its rows (merged, several deep) and what each column holds. */
export function findHeader(table: SourceTable): TableHeader | null {
  const last = Math.min(table.rows.length, HEADER_SCAN_ROWS);
  for (let top = 0; top < last; top++) {
    const row = table.rows[top];
    if (!isHeaderTop(row)) continue;
    const textCols = row.flatMap((c, i) => (textRoleOf(c.text) === 'label' || textRoleOf(c.text) === 'stt' ? [i] : []));
    let bottom = top + 1;
    while (bottom < table.rows.length && bottom - top <= MAX_SUB_HEADER_ROWS && isSubHeader(table.rows[bottom], textCols)) bottom++;
    const columns = columnsOf(table, top, bottom);
    const bodyStart = table.rows[bottom] && isColumnNumbering(table.rows[bottom]) ? bottom + 1 : bottom;
    return { top, bodyStart, columns, where: headerPlace(table, top, bottom) };
  }
  return null;
}

/** "Biểu mẫu!A7:F8" in a workbook, "bảng 1, hàng 1–2" in a Word table. */
function headerPlace(table: SourceTable, top: number, bottom: number): string {
  const first = table.rows[top][0].where;
  const last = table.rows[bottom - 1][table.rows[top].length - 1].where;
  if (first.includes('!')) return `${first}:${last.slice(last.lastIndexOf('!') + 1)}`;
  const rows = bottom - top > 1 ? `${top + 1}–${bottom}` : `${top + 1}`;
  return `${table.name.toLowerCase()}, hàng ${rows}`;
}
