/** Schools' schedules for the week as they send them: Excel sheets and Word tables built in code. */
import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** A school's plan (or report) in Word: its heading, a paragraph, and the schedule as a table. */
export async function scheduleDocx(school: string, rows: ScheduleRow[], kind: 'KẾ HOẠCH' | 'BÁO CÁO' = 'KẾ HOẠCH'): Promise<Buffer> {
  return docxOf([
    p(school.toLocaleUpperCase('vi'), { bold: true }),
    p(kind),
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

/** A round of the week's schedule as the specialist creates it in the window. */
export const SCHEDULE_ROUND_2024 = { name: 'Lịch Tuần lễ 2024', templateId: 'lich-tuan-le', year: 2024, weekStart: '2024-10-01', weekEnd: '2024-10-07', deadline: '2024-10-18' };

export const KIM_LIEN = { code: 'TH-KL', name: 'Trường Tiểu học Kim Liên', email: 'thkimlien@hanoi.edu.vn' };
export const NGA_TU_SO = { code: 'MN-NTS', name: 'Trường Mầm non Ngã Tư Sở', email: 'mnngatuso@hanoi.edu.vn' };

/** Kim Liên's schedule in Word and Ngã Tư Sở's in Excel, in `folder`. */
export async function writeTwoSchedules(folder: string, kimLien: ScheduleRow[], ngaTuSo: ScheduleRow[]): Promise<void> {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'Lich - TH Kim Lien.docx'), await scheduleDocx(KIM_LIEN.name, kimLien));
  writeFileSync(join(folder, 'Lich - MN Nga Tu So.xlsx'), await scheduleWorkbook(NGA_TU_SO.name, ngaTuSo));
}
