import ExcelJS from 'exceljs';
import { llw2022 } from '../../src-main/core/templates/llw-2022';

/**
 * The province's own blank form, built the way a Sở sends it: letterhead and title rows, a
 * two-row header with "Số lượng" over "Số lớp/cuộc" and "Số người", column numbering, labels
 * in its own words (some NFD), a "Tổng số" row the province sums with its own formulas, and
 * one row (5.4) worded so differently that no machine should be sure of it.
 */

export const SHEET = 'Biểu 01';
export const FIRST_ROW = 8;
export const COUNT_COL = 'D';
export const PEOPLE_COL = 'E';
/** How this province words 5.4: nothing like the template's "Thi về sách (…)". */
export const ODD_LABEL = 'Hội thi Đọc và làm theo lời Bác dành cho thiếu nhi';

const nfd = (s: string) => s.normalize('NFD');

export interface FormOptions {
  /** The province sums 1.1–1.14 into "Tổng số" itself (formula cells the app must not overwrite). */
  totalFormulas?: boolean;
  /** 5.4 worded as ODD_LABEL. */
  oddRow?: boolean;
}

/** [template code, label as the province prints it]. */
function rows(opts: FormOptions): Array<[string, string]> {
  return llw2022.rows.map((r): [string, string] => {
    if (r.code === '5.4' && opts.oddRow) return [r.code, ODD_LABEL];
    if (r.code === '1.7') return [r.code, nfd('Giáo dục kỹ năng sống cho học sinh')];
    if (r.code === '1.0') return [r.code, 'Tổng số lớp/người tham gia'];
    return [r.code, r.aliases?.[0] ?? r.label];
  });
}

export function excelRowOf(code: string): number {
  return FIRST_ROW + llw2022.rows.findIndex((r) => r.code === code);
}

export async function buildProvinceForm(opts: FormOptions = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  [6, 60, 12, 14, 14, 20].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.mergeCells('A1:C1');
  ws.getCell('A1').value = 'UBND HUYỆN ………';
  ws.mergeCells('A3:F3');
  ws.getCell('A3').value = 'BIỂU TỔNG HỢP KẾT QUẢ TỔ CHỨC TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2023';
  ws.getCell('A3').font = { name: 'Times New Roman', size: 14, bold: true };

  for (const range of ['A5:A6', 'B5:B6', 'C5:C6', 'D5:E5', 'F5:F6']) ws.mergeCells(range);
  const head: Record<string, string> = { A5: 'TT', B5: 'Nội dung hoạt động', C5: 'ĐVT', D5: 'Số lượng', D6: 'Số lớp/cuộc', E6: 'Số người', F5: 'Ghi chú' };
  for (const [a, v] of Object.entries(head)) {
    ws.getCell(a).value = v;
    ws.getCell(a).font = { bold: true };
  }
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'].forEach((t, i) => (ws.getCell(7, i + 1).value = t));

  rows(opts).forEach(([code, label], i) => {
    const r = FIRST_ROW + i;
    const trow = llw2022.rows.find((t) => t.code === code)!;
    ws.getCell(r, 1).value = trow.stt;
    ws.getCell(r, 2).value = label;
    ws.getCell(r, 3).value = trow.unit;
    for (const c of [4, 5]) {
      ws.getCell(r, c).numFmt = '#,##0';
      ws.getCell(r, c).border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    }
    if (code === '1.0' && opts.totalFormulas) {
      ws.getCell(r, 4).value = { formula: `SUM(D${r + 1}:D${r + 14})`, result: 0 };
      ws.getCell(r, 5).value = { formula: `SUM(E${r + 1}:E${r + 14})`, result: 0 };
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
