import ExcelJS from 'exceljs';
import type { Figures } from '../../src-main/core/model/extraction';
import type { Template } from '../../src-main/core/model/template';
import { formRows, viCellText, type FormEdits } from './form-rows';
import type { SampleSchool } from './schools';

export interface WorkbookStyle {
  /** Top-left corner of the table (1-based row and column). */
  startRow: number;
  startCol: number;
  /** Labels written decomposed (NFD), as some Mac and web tools save them. */
  nfd: boolean;
  /** Numbers typed as text the Vietnamese way ("1.500.000") instead of numeric cells. */
  numbersAsText: boolean;
  /** Sub-rows numbered "1.1", "1.2" … instead of left blank. */
  numberedSubRows: boolean;
  /** Leave the school's name out of the heading (a file that names no school). */
  anonymous?: boolean;
  /** Zeros left blank or written "-", as many schools fill the rows they had nothing for. */
  zeroAs?: 'blank' | 'dash';
  /** The total row (1.0) as an Excel SUM formula over its sub-rows, with its computed result. */
  sumFormulas?: boolean;
}

/** The i-th school's way of laying out the form: corner, NFD, numbers as text, numbered sub-rows. */
export function workbookStyleFor(i: number): WorkbookStyle {
  return {
    startRow: i % 3 === 0 ? 5 : 4,
    startCol: i % 4 === 1 ? 4 : 1,
    nfd: i % 5 === 2,
    numbersAsText: i % 6 === 3,
    numberedSubRows: i % 2 === 0,
  };
}

/** The school's filled-in form, laid out the way real schools vary it. */
export async function schoolWorkbook(
  school: SampleSchool,
  template: Template,
  figures: Figures,
  year: number,
  style: WorkbookStyle,
  edits?: FormEdits,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu mẫu');
  const text = (s: string) => (style.nfd ? s.normalize('NFD') : s);
  const c0 = style.startCol;
  ws.getCell(1, c0).value = text(`PHÒNG GD&ĐT THANH OAI`);
  if (!style.anonymous) ws.getCell(2, c0).value = text(school.name.toUpperCase());
  ws.getCell(3, c0).value = text(`MẪU TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM ${year}`);
  const h = style.startRow;
  const headers = ['STT', 'Các hoạt động', 'Đơn vị', 'Số lượng', '', 'Ghi chú'];
  headers.forEach((v, i) => (ws.getCell(h, c0 + i).value = text(v)));
  ws.getCell(h + 1, c0 + 3).value = text('Số lớp/số cuộc thi');
  ws.getCell(h + 1, c0 + 4).value = text('Người');
  for (const i of [0, 1, 2, 5]) ws.mergeCells(h, c0 + i, h + 1, c0 + i);
  ws.mergeCells(h, c0 + 3, h, c0 + 4);

  let r = h + 2;
  const sheetRow = new Map<string, number>();
  for (const { row, stt, cells } of formRows(template, figures, { numberedSubRows: style.numberedSubRows, edits })) {
    sheetRow.set(row.code, r);
    ws.getCell(r, c0).value = stt;
    ws.getCell(r, c0 + 1).value = text(row.label);
    ws.getCell(r, c0 + 2).value = text(row.unit);
    cells.forEach((value, i) => {
      if (value === undefined || (value === 0 && style.zeroAs === 'blank')) return;
      const typed = value === 0 && style.zeroAs === 'dash' ? '-' : value;
      ws.getCell(r, c0 + 3 + i).value = typeof typed === 'number' && !style.numbersAsText ? typed : text(viCellText(row, typed));
    });
    r++;
  }
  if (style.sumFormulas) writeSumFormulas(ws, template, figures, sheetRow, c0 + 3);
  ws.getCell(r + 1, c0 + 4).value = text(`Thanh Oai, ngày 10 tháng 10 năm ${year}`);
  ws.getCell(r + 2, c0 + 4).value = text('HIỆU TRƯỞNG');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Each sum row's cells as =SUM over its sub-rows, with the result Excel would have saved. */
function writeSumFormulas(ws: ExcelJS.Worksheet, template: Template, figures: Figures, sheetRow: Map<string, number>, firstCol: number): void {
  for (const rule of template.rules) {
    if (rule.type !== 'sum') continue;
    const at = sheetRow.get(rule.row);
    const rows = rule.of.map((code) => sheetRow.get(code)).filter((n): n is number => n !== undefined);
    const measures = template.rows.find((row) => row.code === rule.row)?.measures ?? [];
    if (at === undefined || rows.length === 0) continue;
    measures.forEach((m, i) => {
      const col = ws.getColumn(firstCol + i).letter;
      const result = figures[rule.row]?.[m];
      ws.getCell(at, firstCol + i).value = { formula: `SUM(${col}${Math.min(...rows)}:${col}${Math.max(...rows)})`, result };
    });
  }
}
