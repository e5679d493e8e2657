import type { Workbook, Worksheet } from 'exceljs';
import type { ConsolidationResult, FileFinding } from '../model/consolidation';
import type { Severity } from '../model/finding';
import { severityLabel } from './vi-labels';
import { fitRowHeight, a4Print, styleBody, writeHeaderRow, writeTitle, setView } from './sheet-style';

export const FINDINGS_SHEET = 'Lỗi cần sửa';

const HEADER_ROW = 3;
const HEADERS = ['STT', 'Đơn vị', 'Tệp', 'Mức độ', 'Vị trí', 'Nội dung'];
const WIDTHS = [6, 30, 30, 10, 16, 70];
const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const NO_UNIT = 'Chưa xác định đơn vị';

type Line = Pick<FileFinding, 'unit' | 'file' | 'severity' | 'where' | 'message'>;

/**
 * "Lỗi cần sửa": what the specialist has to chase, errors first. Files tied to no unit are
 * listed too: their numbers are in no total until someone says whose they are.
 */
export function addFindingsSheet(wb: Workbook, result: ConsolidationResult): Worksheet {
  const ws = wb.addWorksheet(FINDINGS_SHEET, a4Print('landscape', `${HEADER_ROW}:${HEADER_ROW}`));
  writeTitle(ws, 1, HEADERS.length, 'DANH SÁCH LỖI VÀ CẢNH BÁO CẦN XỬ LÝ');
  writeHeaderRow(ws, HEADER_ROW, HEADERS);
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const names = new Map(result.units.map((u) => [u.code, u.name]));
  const unitText = (code: string | null) => (code === null ? NO_UNIT : names.has(code) ? `${code} – ${names.get(code)}` : code);

  const lines: Line[] = [
    ...result.findings,
    ...result.unidentified.map((u): Line => ({ unit: null, file: u.file, severity: 'error', where: null, message: u.reason })),
  ].sort((a, b) => order[a.severity] - order[b.severity]);

  lines.forEach((f, i) => {
    const r = HEADER_ROW + 1 + i;
    [String(i + 1), unitText(f.unit), f.file, severityLabel[f.severity], f.where ?? 'Toàn tệp', f.message].forEach((v, c) => {
      const cell = ws.getCell(r, c + 1);
      cell.value = v;
      const error = c === 3 && f.severity === 'error';
      styleBody(cell, { wrap: c !== 0, align: c === 0 || c === 3 ? 'center' : 'left', ...(error ? { bold: true, color: 'FFC00000' } : {}) });
    });
    fitRowHeight(ws, r);
  });
  if (lines.length === 0) {
    ws.mergeCells(HEADER_ROW + 1, 1, HEADER_ROW + 1, HEADERS.length);
    const cell = ws.getCell(HEADER_ROW + 1, 1);
    cell.value = 'Không có lỗi hay cảnh báo nào.';
    styleBody(cell, { align: 'center' });
  } else {
    ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + lines.length, column: HEADERS.length } };
  }
  setView(ws, { state: 'frozen', ySplit: HEADER_ROW });
  return ws;
}
