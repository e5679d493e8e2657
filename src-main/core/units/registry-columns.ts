/**
 * The registry's header row, found by what its cells mean wherever it is: offices put a title
 * ("DANH SÁCH ĐƠN VỊ TRƯỜNG HỌC NĂM HỌC 2023-2024") and blank rows above it, and name the
 * columns their own way ("Tên trường", "Địa chỉ email", "Loại hình").
 */
import type { SourceCell, SourceTable } from '../model/source';
import { fold } from '../text/vietnamese';

export type RegistryField = 'code' | 'name' | 'email' | 'type' | 'students';

/** Folded header texts per field, compared whole (after dropping notes in brackets). */
const HEADER_TEXTS: Record<RegistryField, string[]> = {
  code: ['ma don vi', 'ma dv', 'ma', 'ma truong', 'ma so', 'ma co so', 'ma don vi bao cao'],
  name: ['ten don vi', 'ten dv', 'ten truong', 'don vi', 'ten', 'ten co so', 'truong', 'co so giao duc', 'ten don vi bao cao'],
  email: [
    'email', 'e mail', 'mail', 'gmail', 'thu dien tu', 'dia chi email', 'dia chi e mail', 'dia chi thu dien tu',
    'dia chi mail',
  ],
  // Not "loại hình": in school statistics it means public or private.
  type: ['loai', 'loai don vi', 'loai truong', 'cap hoc', 'bac hoc', 'cap'],
  students: ['so hoc sinh', 'so hs', 'hoc sinh', 'tong so hoc sinh', 'tong so hs', 'so hoc vien', 'so tre', 'so hoc sinh hoc vien'],
};

/** How far down a title may push the header row. */
const MAX_HEADER_ROW = 30;

export type RegistryColumns = Partial<Record<Exclude<RegistryField, 'email'>, number>> & {
  /** Every email column: "Email trường", "Email hiệu trưởng", "Email 2". */
  email: number[];
};

export interface RegistryHeader {
  /** 0-based row of the header in the table. */
  row: number;
  columns: RegistryColumns;
}

/** The first row naming the unit's name and its code or email; null when no row does. */
export function findRegistryHeader(table: SourceTable): RegistryHeader | null {
  const last = Math.min(table.rows.length, MAX_HEADER_ROW);
  for (let r = 0; r < last; r++) {
    const columns = columnsOf(table.rows[r]);
    if (columns.name !== undefined && (columns.code !== undefined || columns.email.length > 0)) return { row: r, columns };
  }
  return null;
}

function columnsOf(row: SourceCell[]): RegistryColumns {
  const columns: RegistryColumns = { email: [] };
  row.forEach((cell, c) => {
    if (cell.mergedCopy) return;
    const text = fold(cell.text.replace(/\([^)]*\)/g, ''));
    if (isEmailHeader(text)) {
      columns.email.push(c);
      return;
    }
    const field = SINGLE_FIELDS.find((f) => HEADER_TEXTS[f].includes(text));
    if (field && columns[field] === undefined) columns[field] = c;
  });
  return columns;
}

const SINGLE_FIELDS = ['code', 'name', 'type', 'students'] as const;

function isEmailHeader(text: string): boolean {
  return HEADER_TEXTS.email.some((h) => text === h || text.startsWith(`${h} `));
}
