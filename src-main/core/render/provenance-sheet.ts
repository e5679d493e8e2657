import type { Workbook, Worksheet } from 'exceljs';
import type { ConsolidationResult } from '../model/consolidation';
import { BUILTIN_MEASURES, type MeasureKey, type Template } from '../model/template';
import { PROVENANCE_HEADERS } from '../model/workbook-marker';
import { measureWord, statusLabel } from './vi-labels';
import { addNumberListSheet } from './number-list-sheet';
import type { SheetCellValue } from './sheet-rows-xml';

export const PROVENANCE_SHEET = 'Nguồn số liệu';

const WIDTHS = [14, 30, 18, 8, 45, 12, 14, 14, 16, 40, 16, 16];

/**
 * "Sheet1!E8" → sheet and cell; "bảng 2, hàng 7, cột 4" → table and place in it: the
 * specialist opens the sheet, then goes to the cell.
 */
export function splitPlace(where: string): [sheet: string, cell: string] {
  const bang = where.lastIndexOf('!');
  if (bang > 0) return [where.slice(0, bang).replace(/^'(.*)'$/, '$1'), where.slice(bang + 1)];
  const table = /^(bảng \d+), (.+)$/.exec(where);
  return table ? [table[1], table[2]] : ['', where];
}

/** Numbers in the template's order: by row, then in the template's column order (a measure without a column of its own after them). */
export function templateOrder(template: Template): (a: { row: string; measure: MeasureKey }, b: { row: string; measure: MeasureKey }) => number {
  const rowIndex = new Map(template.rows.map((row, i) => [row.code, i]));
  const keys = [...new Set([...template.columns.map((c) => c.key), ...BUILTIN_MEASURES])];
  const order = (m: MeasureKey) => (keys.includes(m) ? keys.indexOf(m) : Infinity);
  return (a, b) => (rowIndex.get(a.row) ?? Infinity) - (rowIndex.get(b.row) ?? Infinity) || order(a.measure) - order(b.measure);
}

/** "Nguồn số liệu": every number of every unit with the one file, sheet and cell it was read from. */
export async function addProvenanceSheet(wb: Workbook, result: ConsolidationResult): Promise<Worksheet> {
  const codeWidth = Math.max(WIDTHS[0], ...result.units.map((u) => u.code.length + 2));
  const rowIndex = new Map(result.template.rows.map((row, i) => [row.code, i]));
  const inOrder = templateOrder(result.template);
  function* lines(): Generator<SheetCellValue[]> {
    for (const unit of result.units) {
      for (const v of [...unit.values].sort(inOrder)) {
        const row = result.template.rows[rowIndex.get(v.row) ?? -1];
        yield [
          unit.code,
          unit.name,
          statusLabel[unit.status],
          v.row,
          row?.label ?? '',
          row ? measureWord(row, v.measure, result.template) : v.measure,
          v.value,
          row?.unit ?? '',
          v.raw,
          unit.tableFile ?? '',
          ...splitPlace(v.where),
        ];
      }
    }
  }
  const layout = { name: PROVENANCE_SHEET, title: 'NGUỒN CỦA TỪNG SỐ LIỆU', headers: PROVENANCE_HEADERS, widths: [codeWidth, ...WIDTHS.slice(1)], valueHeader: 'Giá trị' };
  return addNumberListSheet(wb, layout, lines());
}
