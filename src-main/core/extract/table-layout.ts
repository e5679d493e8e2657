import type { SourceCell, SourceTable } from '../model/source';
import { isBuiltinMeasure, isTextColumn, type BuiltinMeasure, type MeasureKey, type Template, type TemplateColumn, type TextColumnKey } from '../model/template';
import { parseVietnameseNumber } from '../text/numbers';
import { fold } from '../text/vietnamese';

export type ColumnKey = TemplateColumn['key'];
/** The roles every table may have: its text columns and the built-in measures. */
export type FixedColumnKey = TextColumnKey | BuiltinMeasure;

/** Which source column holds what, and where the table's body starts. */
export interface TableLayout {
  columns: Partial<Record<FixedColumnKey, number>>;
  /** The columns of the template's own measures ("so-truong", "nu"), by key. */
  others: Map<MeasureKey, number>;
  /** 0-based row index of the first body row. */
  bodyStart: number;
  /** The header was recognised (false: roles inferred from the cells' content). */
  hasHeader: boolean;
}

/**
 * Usual header words of Vietnamese statistics tables, for tables whose headers differ from
 * the template's own ("Nội dung" for "Các hoạt động", "Số người" for "Người"). Order matters:
 * "Số lượng người" is people, "Đơn vị tính" is the unit, not a label.
 */
const HEADER_WORDS: Array<[FixedColumnKey, RegExp]> = [
  ['stt', /^(stt|tt|so tt|so thu tu)$/],
  ['note', /\bghi chu\b/],
  ['unit', /\b(don vi tinh|don vi|dvt)\b/],
  ['people', /\bnguoi\b/],
  ['count', /\b(so lop|so cuoc|lop|cuoc|so luong)\b/],
  ['label', /\b(hoat dong|noi dung|chi tieu|danh muc)\b/],
];

const HEADER_SCAN_ROWS = 40;

/** The column of a layout holding a measure, built-in or the template's own. */
export function measureColumnOf(layout: TableLayout, key: MeasureKey): number | undefined {
  return isBuiltinMeasure(key) ? layout.columns[key] : layout.others.get(key);
}

/** "Trong đó: Nữ" and "Nữ" name the same column: the words that introduce a part are left out. */
export function headerCore(header: string): string {
  return fold(header).replace(/^(trong do|chia ra|bao gom)\b\s*/, '');
}

/**
 * The template column a header cell is, by its header, diacritics-insensitive; under a group
 * ("Số học sinh" over "Tổng số | Nữ") the column of that group wins over a same-named one of
 * another group.
 */
function roleOfHeader(text: string, template: Template, above = ''): ColumnKey | undefined {
  const f = fold(text);
  if (!f) return undefined;
  const named = template.columns.filter((c) => headerCore(c.header) === headerCore(text));
  const own = named.find((c) => fold(c.group ?? '') === above) ?? named[0];
  if (own) return own.key;
  const group = template.columns.find((c) => c.group && fold(c.group) === f);
  if (group) return group.key;
  return headerWordRole(f);
}

/** The role the usual header words give a column, whatever the template ("Nội dung": label). */
export function headerWordRole(folded: string): FixedColumnKey | undefined {
  return HEADER_WORDS.find(([, re]) => re.test(folded))?.[0];
}

function rolesOfRow(row: SourceCell[], template: Template, above?: SourceCell[]): Array<ColumnKey | undefined> {
  return row.map((c, i) => roleOfHeader(c.text, template, fold(above?.[i]?.text ?? '')));
}

const isMeasureRole = (k: ColumnKey | undefined): boolean => !!k && !isTextColumn(k);

/** Three kinds of header cell: a body row such as "Hoạt động văn nghệ | số cuộc/người" has two. */
function isHeaderRow(roles: Array<ColumnKey | undefined>): boolean {
  return new Set(roles.filter(Boolean)).size >= 3;
}

/** "(1) (2) (3)" or "1 2 3 4" or "A B 1 2" under a header: column numbers, not data. */
export function isColumnNumbering(row: SourceCell[]): boolean {
  const filled = row.filter((c) => c.text && !c.mergedCopy);
  return filled.length >= 3 && filled.every((c) => /^\(?[0-9A-Za-z]{1,2}\)?$/.test(c.text));
}

function assignRoles(top: Array<ColumnKey | undefined>, sub: Array<ColumnKey | undefined> | null): Pick<TableLayout, 'columns' | 'others'> {
  const columns: TableLayout['columns'] = {};
  const others = new Map<MeasureKey, number>();
  const counts: number[] = [];
  top.forEach((t, c) => {
    const role = sub?.[c] ?? t;
    if (!role) return;
    if (role === 'count') counts.push(c);
    if (isTextColumn(role) || isBuiltinMeasure(role)) {
      if (columns[role] === undefined) columns[role] = c;
    } else if (!others.has(role)) others.set(role, c);
  });
  // "Số lượng" merged over two columns without sub-headers: the second is the people.
  if (columns.people === undefined && counts.length >= 2) columns.people = counts[1];
  return { columns, others };
}

function headerLayout(table: SourceTable, template: Template): TableLayout | null {
  const last = Math.min(table.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const top = rolesOfRow(table.rows[r], template);
    if (!isHeaderRow(top)) continue;
    const next = table.rows[r + 1];
    const subRoles = next ? rolesOfRow(next, template, table.rows[r]) : null;
    const labelCol = top.indexOf('label');
    const hasSub =
      !!subRoles &&
      subRoles.some(isMeasureRole) &&
      (labelCol < 0 || !next[labelCol].text || !!next[labelCol].mergedCopy);
    const { columns, others } = assignRoles(top, hasSub ? subRoles : null);
    if (columns.label === undefined) continue;
    let bodyStart = r + (hasSub ? 2 : 1);
    if (table.rows[bodyStart] && isColumnNumbering(table.rows[bodyStart])) bodyStart += 1;
    return { columns, others, bodyStart, hasHeader: true };
  }
  return null;
}

/**
 * A table without a header (a Word table continued after a page break, a sheet that starts
 * with the rows): the label column is the one with the most words, the unit column the one
 * whose cells are the template's units, the numbers are in the columns after the label.
 */
function inferredLayout(table: SourceTable, template: Template): TableLayout | null {
  const width = table.rows[0]?.length ?? 0;
  const units = new Set(template.rows.map((r) => fold(r.unit)).filter(Boolean));
  const letters = new Array(width).fill(0);
  const unitHits = new Array(width).fill(0);
  const numbers = new Array(width).fill(0);
  for (const row of table.rows) {
    row.forEach((cell, c) => {
      if (cell.mergedCopy || !cell.text) return;
      const f = fold(cell.text);
      if (units.has(f)) unitHits[c] += 1;
      else if (cell.num !== undefined || (/\d/.test(cell.text) && parseVietnameseNumber(cell.text).ok)) numbers[c] += 1;
      else letters[c] += f.replace(/[^a-z]/g, '').length;
    });
  }
  const label = letters.indexOf(Math.max(...letters));
  if (label < 0 || letters[label] === 0) return null;
  const columns: TableLayout['columns'] = { label };
  if (label > 0) columns.stt = label - 1;
  const unit = unitHits.indexOf(Math.max(...unitHits));
  if (unitHits[unit] > 0 && unit !== label) columns.unit = unit;
  const numeric = [...Array(width).keys()].filter((c) => c > label && c !== columns.unit && numbers[c] > 0);
  const measureKeys: BuiltinMeasure[] = ['count', 'people'];
  numeric.slice(0, 2).forEach((c, i) => (columns[measureKeys[i]] = c));
  const lastMeasure = Math.max(label, columns.unit ?? -1, ...numeric.slice(0, 2));
  if (lastMeasure + 1 < width) columns.note = width - 1;
  return { columns, others: new Map(), bodyStart: 0, hasHeader: false };
}

/** Where the table's columns and body are, from its header, else from its content. */
export function layoutOf(table: SourceTable, template: Template): TableLayout | null {
  if (!table.rows.length) return null;
  return headerLayout(table, template) ?? inferredLayout(table, template);
}

