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
}

/** "lớp/người", "số cuộc/người", "lớp/học viên": a count and its people. */
const PAIR_UNIT = /\/\s*(người|lượt người|học viên|học sinh|giáo viên|hs|hv|gv)\s*$/u;
/** "Số lớp …", "Tổng số …": a label that says it is a number, even without its unit. */
const COUNTED = /^(so|tong so)\b/;
const MONEY_UNIT = /\b(dong|vnd|trieu|nghin|ngan)\b/;

export function isMoneyUnit(unit: string): boolean {
  return MONEY_UNIT.test(fold(unit));
}

/**
 * Under "Số lớp | Người" (the built-in's columns) a unit without "/người" is one value,
 * written in either column; under other columns ("Tổng số | Nữ | Dân tộc") every column
 * is a measure of the row.
 */
function fromUnit(unit: string, columns: NumberColumn[]): MeasureKey[] {
  const keys = columns.map((c) => c.key);
  const countAndPeople = keys.length === 2 && keys.includes('count') && keys.includes('people');
  if (!countAndPeople) return keys;
  return PAIR_UNIT.test(unit.toLowerCase()) ? ['count', 'people'] : ['value'];
}

/**
 * Measures of a row: from its unit when the form has a unit column ("lớp/người" → số lớp
 * and số người, any other unit one value, "đồng" money), else the form's number columns;
 * a row with neither unit nor number is a heading when rows sit under it, else text.
 */
export function rowMeasures(row: FormRow, columns: NumberColumn[], hasUnitColumn: boolean, hasChildren: boolean): RowMeasures {
  const all = columns.map((c) => c.key);
  if (hasUnitColumn && row.unit) {
    const measures = fromUnit(row.unit, columns);
    const money = isMoneyUnit(row.unit) || (measures.length === 1 && !!columns.find((c) => c.key === measures[0])?.money);
    return { kind: 'measured', measures, money, note: `đoán số đo từ cột Đơn vị tính ("${row.unit}")` };
  }
  const money = columns.length === 1 && columns[0].money;
  if (row.numbers.size > 0) return { kind: 'measured', measures: all, money, note: 'có số trong mẫu: lấy số đo theo các cột số' };
  if (hasChildren) return { kind: 'heading', measures: [], money: false, note: 'không có đơn vị tính, không có số, có hàng con: hàng tiêu đề' };
  if (hasUnitColumn && COUNTED.test(fold(row.label))) {
    return { kind: 'measured', measures: fromUnit('', columns), money, note: 'không ghi đơn vị tính nhưng tên hàng là "Số …": coi là hàng có số' };
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
