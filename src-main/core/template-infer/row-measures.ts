import type { MeasureKey, RowKind } from '../model/template';
import { fold } from '../text/vietnamese';
import type { FormRow } from './form-rows';
import type { NumberColumn } from './number-columns';

export interface RowMeasures {
  kind: RowKind;
  measures: MeasureKey[];
  money: boolean;
  /** Vietnamese: how the measures were found. */
  note: string;
  /** A total without a unit of its own: its measures are those of the rows it adds up. */
  fromAddends?: boolean;
  /** A numbered row whose "-" rows are its parts: it is their sum. */
  sumsChildren?: boolean;
  /** The measures are a guess the reviewer should look at ("lượt" under "Đầu sách | Bản sách"). */
  doubtful?: boolean;
}

/** What the whole table says about its rows' measures. */
export interface TableTraits {
  columns: NumberColumn[];
  hasUnitColumn: boolean;
  /** Units name the number columns part by part ("đầu/bản" under "Đầu sách | Bản sách"): a one-part unit fills one column. */
  unitsNameColumns: boolean;
}

/** "lớp/người", "số cuộc/người", "lớp/học viên": a count and its people. */
const PAIR_UNIT = /\/\s*(người|lượt người|học viên|học sinh|giáo viên|hs|hv|gv)\s*$/u;
/** "Số lớp …", "Tổng số …": a label that says it is a number, even without its unit. */
const COUNTED = /^(so|tong so)\b/;
const MONEY_UNIT = /\b(dong|vnd|trieu|nghin|ngan)\b/;

export function isMoneyUnit(unit: string): boolean {
  return MONEY_UNIT.test(fold(unit));
}

const unitParts = (unit: string): number => unit.split('/').filter((p) => p.trim()).length;

/** Whether the form's units name its number columns part by part ("đầu/bản" over two columns). */
export function unitsNameColumns(units: string[], columns: NumberColumn[]): boolean {
  return columns.length >= 2 && units.some((u) => unitParts(u) === columns.length);
}

/**
 * Under "Số lớp | Người" (the built-in's columns) a unit without "/người" is one value,
 * written in either column. Where the units name the columns part by part ("đầu/bản"
 * under "Đầu sách | Bản sách") a one-part unit ("lượt") fills one column: the first, a
 * guess to look at. Under other columns ("Tổng số | Nữ | Dân tộc") every column is a
 * measure of the row.
 */
function fromUnit(unit: string, traits: TableTraits): Pick<RowMeasures, 'measures' | 'doubtful'> {
  const keys = traits.columns.map((c) => c.key);
  const countAndPeople = keys.length === 2 && keys.includes('count') && keys.includes('people');
  if (countAndPeople) return { measures: PAIR_UNIT.test(unit.toLowerCase()) ? ['count', 'people'] : ['value'] };
  if (traits.unitsNameColumns && unitParts(unit) < keys.length) return { measures: keys.slice(0, 1), doubtful: true };
  return { measures: keys };
}

const PART_STYLES = new Set(['dash', 'plus', 'letter', 'bullet']);

/**
 * In a table without a unit column, a numbered row ("1 Mầm non") whose rows under it are
 * its parts ("- Nhà trẻ", "- Mẫu giáo") is counted like its siblings ("2 Tiểu học"): it is
 * the sum of its parts. A Roman-numbered or unnumbered row over others stays a heading.
 */
function isPartsTotal(row: FormRow, children: FormRow[]): boolean {
  return row.style.startsWith('arabic') && children.length > 0 && children.every((c) => PART_STYLES.has(c.style));
}

/**
 * Measures of a row: from its unit when the form has a unit column ("lớp/người" → số lớp
 * and số người, any other unit one value, "đồng" money), else the form's number columns;
 * a row with neither unit nor number is a heading when rows sit under it, else text.
 */
export function rowMeasures(row: FormRow, traits: TableTraits, children: FormRow[]): RowMeasures {
  const { columns, hasUnitColumn } = traits;
  const all = columns.map((c) => c.key);
  if (hasUnitColumn && row.unit) {
    const { measures, doubtful } = fromUnit(row.unit, traits);
    const money = isMoneyUnit(row.unit) || (measures.length === 1 && !!columns.find((c) => c.key === measures[0])?.money);
    const note = doubtful
      ? `đơn vị tính "${row.unit}" chỉ một số: ghi vào cột "${columns[0].header}", hãy xem lại cột nào`
      : `đoán số đo từ cột Đơn vị tính ("${row.unit}")`;
    return { kind: 'measured', measures, money, note, ...(doubtful ? { doubtful } : {}) };
  }
  const money = columns.length === 1 && columns[0].money;
  if (row.numbers.size > 0) return { kind: 'measured', measures: all, money, note: 'có số trong mẫu: lấy số đo theo các cột số' };
  if (!hasUnitColumn && isPartsTotal(row, children)) {
    return { kind: 'measured', measures: all, money, note: 'hàng đánh số có các hàng "-" bên dưới: là tổng của các hàng đó', sumsChildren: true };
  }
  const hasChildren = children.length > 0;
  if (hasChildren) return { kind: 'heading', measures: [], money: false, note: 'không có đơn vị tính, không có số, có hàng con: hàng tiêu đề' };
  if (hasUnitColumn && COUNTED.test(fold(row.label))) {
    return { kind: 'measured', measures: fromUnit('', traits).measures, money, note: 'không ghi đơn vị tính nhưng tên hàng là "Số …": coi là hàng có số' };
  }
  if (hasUnitColumn) return { kind: 'text', measures: [], money: false, note: 'không có đơn vị tính, không có số: hàng ghi chữ, không cộng' };
  return { kind: 'measured', measures: all, money, note: 'mẫu không có cột Đơn vị tính: lấy số đo theo các cột số' };
}

/** A total carries the measures of the rows it adds up, in column order. */
export function unionMeasures(parts: MeasureKey[][], columns: NumberColumn[]): MeasureKey[] {
  const used = new Set(parts.flat());
  const order = new Set<MeasureKey>([...columns.map((c) => c.key), 'value']);
  return [...order].filter((k) => used.has(k));
}
