import type { Workbook, Worksheet } from 'exceljs';
import type { ConsolidationResult } from '../model/consolidation';
import type { MeasureKey, TemplateRow } from '../model/template';
import { LATE_LABEL, measureHeader, statusLabel } from './vi-labels';
import { a4Print, styleBody, styleNumber, writeHeaderRow, writeTitle, setView } from './sheet-style';

export const ANNEX_SHEET = 'Phụ lục';

const HEADER_ROW = 3;
const FIXED = ['Mã đơn vị', 'Tên đơn vị', 'Trạng thái', 'Ghi chú'];

/** Every measured row-measure of the template, in the template's order. */
function rowMeasures(rows: TemplateRow[]): Array<{ row: TemplateRow; measure: MeasureKey }> {
  return rows.flatMap((row) => row.measures.map((measure) => ({ row, measure })));
}

/**
 * "Phụ lục": one line per unit and one column per row-measure, so the district total can be
 * checked school by school. Only accepted units carry numbers: the others are not in the
 * total, and showing their numbers would invite adding them back by hand.
 */
export function addAnnexSheet(wb: Workbook, result: ConsolidationResult, name = ANNEX_SHEET): Worksheet {
  const cols = rowMeasures(result.template.rows);
  // Too many columns for one page width: printed across pages, smaller, each repeating code and name.
  const ws = wb.addWorksheet(name, a4Print('landscape', `${HEADER_ROW}:${HEADER_ROW}`, { fitToPage: false, scale: 75, printTitlesColumn: 'A:B' }));
  const lastCol = FIXED.length + cols.length;
  // Over the unit columns only: the sheet prints across pages and the title belongs on the first.
  writeTitle(ws, 1, FIXED.length, `PHỤ LỤC: SỐ LIỆU CỦA TỪNG ĐƠN VỊ – NĂM ${result.campaign.year}`);

  writeHeaderRow(ws, HEADER_ROW, [...FIXED, ...cols.map((c) => measureHeader(c.row, c.measure, result.template))]);
  cols.forEach((c, i) => {
    ws.getCell(HEADER_ROW, FIXED.length + 1 + i).note = c.row.label;
  });
  ws.getRow(HEADER_ROW).height = 32;
  // Codes made from names ("MN-BINH-MINH-2") are longer than a registry's.
  const codeWidth = Math.max(12, ...result.units.map((u) => u.code.length + 2));
  [codeWidth, 34, 22, 11].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (let i = 0; i < cols.length; i++) ws.getColumn(FIXED.length + 1 + i).width = 11;

  let r = HEADER_ROW + 1;
  for (const unit of result.units) {
    const fixed = [unit.code, unit.name, statusLabel[unit.status], unit.late ? LATE_LABEL : ''];
    fixed.forEach((v, i) => {
      const cell = ws.getCell(r, i + 1);
      cell.value = v;
      styleBody(cell, { wrap: i === 1 });
    });
    cols.forEach((c, i) => {
      const cell = ws.getCell(r, FIXED.length + 1 + i);
      styleNumber(cell);
      const v = unit.figures[c.row.code]?.[c.measure];
      if (unit.status === 'accepted' && typeof v === 'number') cell.value = v;
    });
    r++;
  }

  ws.mergeCells(r, 1, r, FIXED.length);
  const label = ws.getCell(r, 1);
  label.value = 'Tổng cộng (các đơn vị đã tiếp nhận)';
  for (let c = 1; c <= FIXED.length; c++) styleBody(ws.getCell(r, c), { bold: true, align: 'center' });
  cols.forEach((c, i) => {
    const cell = ws.getCell(r, FIXED.length + 1 + i);
    styleNumber(cell, true);
    const v = result.totals[c.row.code]?.[c.measure];
    if (typeof v === 'number') cell.value = v;
  });

  setView(ws, { state: 'frozen', xSplit: 2, ySplit: HEADER_ROW });
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: r - 1, column: lastCol } };
  return ws;
}
