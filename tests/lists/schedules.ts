/** Schools' schedules for the week as they send them: Excel sheets and Word tables built in code. */
import ExcelJS from 'exceljs';
import { docxOf, cell, p, table } from '../docx/build-docx';

export interface ScheduleRow {
  time: string;
  date: string;
  unit: string;
  activity: string;
}

/** Decomposed text, as some Word and Excel versions store Vietnamese. */
export const nfd = (s: string): string => s.normalize('NFD');

/**
 * A school's workbook: its name on top, a two-row header ("Thời gian" merged over "Giờ" and
 * "Ngày"), the rows, an empty row and the header repeated where `repeatHeaderAt` says, and a
 * "Tổng cộng" line at the end.
 */
export async function scheduleWorkbook(school: string, rows: ScheduleRow[], opts: { emptyRowAt?: number; repeatHeaderAt?: number } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lịch');
  ws.addRow([school.toLocaleUpperCase('vi')]);
  ws.addRow(['LỊCH TỔ CHỨC “TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI” NĂM 2024']);
  ws.addRow([]);
  ws.addRow(['TT', 'Thời gian', '', 'Đơn vị', nfd('Nội dung')]);
  ws.addRow(['', 'Giờ', 'Ngày', '', '']);
  ws.mergeCells('A4:A5');
  ws.mergeCells('B4:C4');
  ws.mergeCells('D4:D5');
  ws.mergeCells('E4:E5');
  rows.forEach((r, i) => {
    if (i === opts.emptyRowAt) ws.addRow([]);
    if (i === opts.repeatHeaderAt) ws.addRow(['TT', 'Giờ', 'Ngày', 'Đơn vị', 'Nội dung']);
    ws.addRow([i + 1, r.time, r.date, r.unit, r.activity]);
  });
  ws.addRow([`Tổng cộng: ${rows.length} hoạt động`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A school's plan in Word: its heading, a paragraph, and the schedule as a table. */
export async function scheduleDocx(school: string, rows: ScheduleRow[]): Promise<Buffer> {
  return docxOf([
    p(school.toLocaleUpperCase('vi'), { bold: true }),
    p('KẾ HOẠCH'),
    p('Tổ chức “Tuần lễ hưởng ứng học tập suốt đời” năm 2024'),
    p('LỊCH HOẠT ĐỘNG'),
    table([
      ['TT', 'Giờ', 'Ngày', 'Đơn vị thực hiện', 'Nội dung hoạt động'].map((h) => cell(h)),
      ...rows.map((r, i) => [String(i + 1), r.time, r.date, r.unit, r.activity].map((t) => cell(t))),
    ]),
  ]);
}

/** The unit registry as a CSV the specialist exports from Excel. */
export function registryCsv(units: Array<{ code: string; name: string; email: string }>): string {
  return ['Mã đơn vị,Tên đơn vị,Email', ...units.map((u) => `${u.code},${u.name},${u.email}`)].join('\n');
}
