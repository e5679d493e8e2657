import type { Workbook, Worksheet } from 'exceljs';
import type { ConsolidationResult, UnitResult } from '../model/consolidation';
import type { MeasureKey } from '../model/template';
import { measureWord, statusLabel } from './vi-labels';
import { bodyStyle, numberStyle, setA4Print, writeHeaderRow, writeTitle, setView } from './sheet-style';

export const PROVENANCE_SHEET = 'Nguồn số liệu';

const HEADER_ROW = 3;
const HEADERS = ['Mã đơn vị', 'Tên đơn vị', 'Trạng thái', 'Mã dòng', 'Hoạt động', 'Chỉ tiêu', 'Giá trị', 'Đơn vị tính', 'Ghi trong tệp', 'Tệp', 'Ô'];
const WIDTHS = [12, 30, 18, 8, 45, 12, 14, 14, 16, 32, 18];
const VALUE_COL = HEADERS.indexOf('Giá trị');
const measureOrder: Record<MeasureKey, number> = { count: 0, people: 1, value: 2 };

/**
 * A value names its cell but not its file; a unit's counted submission is usually one file,
 * and when it is several the specialist sees them all.
 */
function filesOf(unit: UnitResult): string {
  return unit.files.join('; ');
}

/** "Nguồn số liệu": every number of every unit with the file and cell it was read from. */
export function addProvenanceSheet(wb: Workbook, result: ConsolidationResult): Worksheet {
  const ws = wb.addWorksheet(PROVENANCE_SHEET);
  writeTitle(ws, 1, HEADERS.length, 'NGUỒN CỦA TỪNG SỐ LIỆU');
  writeHeaderRow(ws, HEADER_ROW, HEADERS);
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  // The streaming writer writes the sheet's settings with its first committed row.
  setView(ws, { state: 'frozen', ySplit: HEADER_ROW });
  setA4Print(ws, 'landscape', `${HEADER_ROW}:${HEADER_ROW}`);

  const rowIndex = new Map(result.template.rows.map((row, i) => [row.code, i]));
  // A value per school and row makes tens of thousands of rows: shared style objects, and
  // each row committed as written so that the streaming writer can let it go.
  const styles = HEADERS.map((_, c) => (c === VALUE_COL ? numberStyle() : bodyStyle({ wrap: c === 4 })));
  let r = HEADER_ROW + 1;
  for (const unit of result.units) {
    const values = [...unit.values].sort(
      (a, b) => (rowIndex.get(a.row) ?? Infinity) - (rowIndex.get(b.row) ?? Infinity) || measureOrder[a.measure] - measureOrder[b.measure],
    );
    for (const v of values) {
      const row = result.template.rows[rowIndex.get(v.row) ?? -1];
      const line = ws.getRow(r++);
      line.values = [
        unit.code,
        unit.name,
        statusLabel[unit.status],
        v.row,
        row?.label ?? '',
        row ? measureWord(row, v.measure) : v.measure,
        v.value,
        row?.unit ?? '',
        v.raw,
        filesOf(unit),
        v.where,
      ];
      line.eachCell((cell, c) => (cell.style = styles[c - 1]));
      line.commit();
    }
  }
  if (r > HEADER_ROW + 1) ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: r - 1, column: HEADERS.length } };
  return ws;
}
