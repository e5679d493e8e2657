import type { MeasureKey } from '../model/template';
import { fold } from '../text/vietnamese';

/** What a column of the province's table holds, judged by its header's meaning. */
export type ColumnRole = 'stt' | 'label' | 'unit' | 'note' | MeasureKey | 'other';

const has = (f: string, phrase: string) => ` ${f} `.includes(` ${phrase} `);

const LABEL_PHRASES = ['hoat dong', 'noi dung', 'chi tieu', 'linh vuc', 'danh muc', 'ten hoat dong'];
const COUNT_PHRASES = ['so lop', 'lop', 'so cuoc', 'cuoc', 'cuoc thi', 'so cuoc thi', 'so luong', 'so lop hoc', 'so buoi'];
const PEOPLE_PHRASES = ['nguoi', 'so nguoi', 'luot nguoi', 'so luot nguoi', 'luot', 'hoc vien', 'so hoc vien'];
const VALUE_PHRASES = ['gia tri', 'so lieu', 'ket qua', 'thuc hien'];
const OTHER_PHRASES = ['ty le', 'ti le', 'so sanh', 'ke hoach', 'tang giam', 'binh quan', 'trung binh'];

/**
 * One header text ("Số lớp/số cuộc thi", "Lượt người", "Tỷ lệ (%)") to a role. A header
 * naming both a count and people ("Số lớp/người") is not one measure: 'other', and the
 * caller asks the specialist.
 */
export function roleOfHeader(text: string): ColumnRole {
  const f = fold(text);
  if (!f) return 'other';
  if (/^(stt|tt|so tt|so thu tu|thu tu)$/.test(f)) return 'stt';
  if (/^(don vi|dvt|don vi tinh|dv tinh)$/.test(f)) return 'unit';
  if (has(f, 'ghi chu')) return 'note';
  if (text.includes('%') || OTHER_PHRASES.some((p) => has(f, p))) return 'other';
  if (LABEL_PHRASES.some((p) => has(f, p))) return 'label';
  const people = PEOPLE_PHRASES.some((p) => has(f, p));
  const count = COUNT_PHRASES.some((p) => has(f, p));
  if (people && count) return 'other';
  if (people) return 'people';
  if (count) return 'count';
  if (VALUE_PHRASES.some((p) => has(f, p))) return 'value';
  return 'other';
}

/**
 * A column under a two-row header reads "Số lượng" then "Người": the lower, more precise
 * text decides, the group above only when the lower one says nothing.
 */
export function roleOfColumn(texts: string[]): ColumnRole {
  for (let i = texts.length - 1; i >= 0; i--) {
    const role = roleOfHeader(texts[i]);
    if (role !== 'other' || texts[i].includes('%')) return role;
  }
  return 'other';
}

/** A row like "(1) (2) (3)" or "A B 1 2" under the header, numbering the columns. */
export function isColumnNumbering(texts: string[]): boolean {
  const filled = texts.filter((t) => t !== '');
  return filled.length >= 2 && filled.every((t) => /^\(?[0-9A-Za-z]{1,2}\)?$/.test(t));
}
