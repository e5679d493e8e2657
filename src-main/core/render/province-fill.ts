import type { Cell, Workbook, Worksheet } from 'exceljs';
import type { ConsolidationResult } from '../model/consolidation';
import type { MeasureKey } from '../model/template';
import { cellText, isFormulaCell, isMergedCopy } from './province-cells';
import type { ProvinceCellSkipped, ProvinceCellWrite, ProvinceMapping } from './province-mapping';
import { columnForMeasure } from './measure-columns';

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
      if (!cell) skip(`bảng của tỉnh không có cột ${measureLabel[measure]}`);
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
  // The province's own formulas (totals, ratios) hold results cached for the blank form.
  wb.calcProperties.fullCalcOnLoad = true;
  return { written, skipped };
}

const measureLabel: Record<MeasureKey, string> = { count: 'số lớp/số cuộc', people: 'số người', value: 'số liệu' };
