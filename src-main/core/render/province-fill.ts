import type { Cell, CellFormulaValue, CellSharedFormulaValue, Workbook, Worksheet } from 'exceljs';
import type { ConsolidationResult } from '../model/consolidation';
import { cellText, isFormulaCell, isMergedCopy } from './province-cells';
import type { ProvinceCellSkipped, ProvinceCellWrite, ProvinceMapping } from './province-mapping';
import { columnForMeasure } from './measure-columns';
import { measureName } from './vi-labels';

/** Why a cell must not receive a total, or null when it may. */
function refusal(cell: Cell): string | null {
  if (isFormulaCell(cell)) return 'ô có công thức của tỉnh, không ghi đè';
  if (isMergedCopy(cell)) return `ô nằm trong vùng gộp ô ${cell.master.address}`;
  const text = cellText(cell);
  if (text && typeof cell.value !== 'number') return `ô đang có chữ "${text}" do tỉnh ghi sẵn`;
  return null;
}

/**
 * Writes the district totals into the mapped cells and nothing else: only `.value` changes,
 * so each cell keeps the province's font, fill, border and number format.
 */
export function writeTotals(
  wb: Workbook,
  ws: Worksheet,
  mapping: ProvinceMapping,
  result: ConsolidationResult,
): { written: ProvinceCellWrite[]; skipped: ProvinceCellSkipped[] } {
  const written: ProvinceCellWrite[] = [];
  const skipped: ProvinceCellSkipped[] = [];
  const byCode = new Map(result.template.rows.map((r) => [r.code, r]));
  const measures = mapping.columns.map((c) => c.measure);

  for (const row of mapping.rows) {
    const trow = row.code ? byCode.get(row.code) : undefined;
    if (!trow || trow.kind !== 'measured') continue;
    for (const measure of trow.measures) {
      const value = result.totals[trow.code]?.[measure];
      const idx = columnForMeasure(measures, measure);
      const cell = idx >= 0 ? ws.getCell(row.excelRow, mapping.columns[idx].excelCol) : null;
      const place = cell ? `${ws.name}!${cell.address}` : `${ws.name}!hàng ${row.excelRow}`;
      const skip = (reason: string) => skipped.push({ cell: place, code: trow.code, measure, value: value ?? 0, reason });
      if (!cell) skip(`bảng của tỉnh không có cột ${measureName(measure, result.template)}`);
      else if (typeof value !== 'number') skip(`chưa có số tổng hợp cho dòng ${trow.code}`);
      else {
        const why = refusal(cell);
        if (why) skip(why);
        else {
          cell.value = value;
          written.push({ cell: place, code: trow.code, measure, value });
        }
      }
    }
  }
  if (written.length) forgetCachedResults(wb);
  return { written, skipped };
}

/**
 * The province's own formulas (totals, ratios) carry results cached for the blank form.
 * Excel recomputes on load when asked; LibreOffice and programs that read the cache (our
 * own reader among them) do not, and would show the stale 0 of "Tổng số". A formula without
 * a cached result is computed by every reader.
 */
function forgetCachedResults(wb: Workbook): void {
  wb.calcProperties.fullCalcOnLoad = true;
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (!isFormulaCell(cell)) return;
        const { result: _stale, ...formula } = cell.value as CellFormulaValue | CellSharedFormulaValue;
        cell.value = formula as CellFormulaValue | CellSharedFormulaValue;
      });
    });
  }
}
