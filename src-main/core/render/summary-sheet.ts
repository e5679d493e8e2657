import type { Workbook, Worksheet } from 'exceljs';
import type { ConsolidationResult } from '../model/consolidation';
import { levelWords } from '../report/level-words';
import { isBuiltinMeasure, isTextColumn, type BuiltinMeasure, type TextColumnKey, type MeasureKey, type Template, type TemplateColumn, type TemplateRow } from '../model/template';
import { columnForMeasure } from './measure-columns';
import { fitRowHeight, a4Print, styleBody, styleHeader, styleNumber, viDate, writeTitle, setView } from './sheet-style';

export const SUMMARY_SHEET = 'Tổng hợp';

/** Column widths of the template's table, shared by every sheet that prints it. */
const widths: Record<TextColumnKey | BuiltinMeasure, number> = {
  stt: 6,
  label: 58,
  unit: 13,
  count: 14,
  people: 14,
  value: 14,
  note: 18,
};

/** The width of a template column: a template's own number column is as wide as a built-in one. */
export function widthOf(key: TemplateColumn['key']): number {
  return isTextColumn(key) || isBuiltinMeasure(key) ? widths[key] : widths.value;
}

const HEADER_TOP = 5;

export function isMeasureKey(key: TemplateColumn['key']): key is MeasureKey {
  return !isTextColumn(key);
}

/**
 * The template's own header: a column with a group ("Số lượng") sits under the group's
 * merged cell, a column without one spans both header rows. Returns the last header row.
 */
export function writeTemplateHeader(ws: Worksheet, columns: TemplateColumn[], top = HEADER_TOP): number {
  const twoRows = columns.some((c) => c.group);
  const bottom = twoRows ? top + 1 : top;
  let i = 0;
  while (i < columns.length) {
    const col = columns[i];
    const first = i + 1;
    if (col.group) {
      let last = first;
      while (last < columns.length && columns[last].group === col.group) last++;
      ws.mergeCells(top, first, top, last);
      ws.getCell(top, first).value = col.group;
      for (let c = first; c <= last; c++) ws.getCell(bottom, c).value = columns[c - 1].header;
      i = last;
    } else {
      if (twoRows) ws.mergeCells(top, first, bottom, first);
      ws.getCell(top, first).value = col.header;
      i++;
    }
  }
  for (let r = top; r <= bottom; r++) {
    for (let c = 1; c <= columns.length; c++) styleHeader(ws.getCell(r, c));
  }
  return bottom;
}

/** Rows printed bold: headings, numbered items, and rows that are the sum of others (1.0). */
export function boldRows(template: Template): Set<string> {
  const bold = new Set<string>();
  for (const row of template.rows) if (row.kind === 'heading' || !row.parent) bold.add(row.code);
  for (const rule of template.rules) if (rule.type === 'sum') bold.add(rule.row);
  return bold;
}

function coverageLine(result: ConsolidationResult): string {
  const n = (s: string) => result.units.filter((u) => u.status === s).length;
  const total = result.units.length;
  return `Số ${levelWords(result.level).units} đã tổng hợp: ${n('accepted')}/${total} (có lỗi, chưa tổng hợp: ${n('rejected')}; chưa nộp: ${n('missing')})`;
}

/** A template row's number, label and unit in the table's columns, its number cells styled (and left empty). */
export function writeRowLabels(ws: Worksheet, excelRow: number, row: TemplateRow, columns: TemplateColumn[], bold: boolean): void {
  const text: Partial<Record<TemplateColumn['key'], string>> = { stt: row.stt, label: row.label, unit: row.unit };
  columns.forEach((col, i) => {
    const cell = ws.getCell(excelRow, i + 1);
    const t = text[col.key];
    if (t) cell.value = t;
    if (isMeasureKey(col.key)) styleNumber(cell, bold);
    else styleBody(cell, { bold, wrap: col.key === 'label', align: col.key === 'label' ? 'left' : 'center' });
  });
}

function writeRow(ws: Worksheet, excelRow: number, row: TemplateRow, result: ConsolidationResult, bold: boolean): void {
  const columns = result.template.columns;
  const measureCols = columns.map((c) => (isMeasureKey(c.key) ? c.key : null));
  writeRowLabels(ws, excelRow, row, columns, bold);
  const totals = result.totals[row.code] ?? {};
  for (const measure of row.measures) {
    const idx = columnForMeasure(measureCols, measure);
    const value = totals[measure];
    // A total the consolidation did not produce stays blank: never a silent zero.
    if (idx >= 0 && typeof value === 'number') ws.getCell(excelRow, idx + 1).value = value;
  }
}

/** "Tổng hợp": the template's table filled with the office's totals, ready to print, under the office's name when given. */
export function addSummarySheet(wb: Workbook, result: ConsolidationResult, office = ''): Worksheet {
  const { template, campaign } = result;
  const columns = template.columns;
  const ws = wb.addWorksheet(SUMMARY_SHEET, a4Print('portrait', `${HEADER_TOP}:${HEADER_TOP}`));
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = widthOf(c.key)));

  writeTitle(ws, 1, columns.length, `TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC ${template.campaign.toUpperCase()} NĂM ${campaign.year}`);
  ws.getRow(1).height = 36;
  writeTitle(ws, 2, columns.length, `(Từ ngày ${viDate(campaign.weekStart)} đến ngày ${viDate(campaign.weekEnd)})`, 12);
  writeTitle(ws, 3, columns.length, coverageLine(result), 12);
  if (office) writeTitle(ws, 4, columns.length, `Đơn vị báo cáo: ${office}`, 12);

  const headerBottom = writeTemplateHeader(ws, columns);
  const bold = boldRows(template);
  template.rows.forEach((row, i) => {
    writeRow(ws, headerBottom + 1 + i, row, result, bold.has(row.code));
    fitRowHeight(ws, headerBottom + 1 + i);
  });

  setView(ws, { state: 'frozen', ySplit: headerBottom });
  // Print titles are workbook names, written at the end: the header's last row is known by then.
  ws.pageSetup.printTitlesRow = `${HEADER_TOP}:${headerBottom}`;
  return ws;
}
