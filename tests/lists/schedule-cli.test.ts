import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../job/run-cli';
import { readDocx, readPdf } from '../report/helpers';
import { nfd, registryCsv, scheduleDocx, scheduleWorkbook } from './schedules';

interface ListJson {
  code: string;
  entries: Array<{ number: number; unit: string; values: Record<string, string>; file: string; where: string }>;
  perUnit: Array<{ unit: string; count: number; repeated: number }>;
}
interface Json {
  units: Array<{ code: string; status: string }>;
  findings: Array<{ unit: string | null; file: string; severity: string; rule: string; where: string | null; message: string }>;
  lists: ListJson[];
  outputs: { xlsx: string; pdf: string; docx: string };
}

const units = [
  { code: 'TH-CL', name: 'Trường Tiểu học Cát Linh', email: 'c1catlinh@hanoi.edu.vn' },
  { code: 'THCS-TQ', name: 'Trường THCS Thịnh Quang', email: 'thcsthinhquang@hanoi.edu.vn' },
  { code: 'MN-LT', name: 'Trường Mầm non Láng Thượng', email: 'mnlangthuong@hanoi.edu.vn' },
  { code: 'TH-KL', name: 'Trường Tiểu học Kim Liên', email: 'thkimlien@hanoi.edu.vn' },
];

let dir: string;
let json: Json;
let stderr: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lists-'));
  const inbox = join(dir, 'hop-thu');
  mkdirSync(inbox);
  // Cát Linh: Excel, merged header, the unit left blank, an empty row, the header repeated, "14 giờ" and "8:15".
  writeFileSync(
    join(inbox, 'Lich tuan le - TH Cat Linh.xlsx'),
    await scheduleWorkbook('Trường Tiểu học Cát Linh', [
      { time: '8h15', date: '01/10/2024', unit: '', activity: 'Giáo dục địa phương cho học sinh khối 4' },
      { time: '14 giờ', date: 'ngày 3/10', unit: 'TH Cát Linh', activity: nfd('Ngày hội đọc sách của học sinh') },
      { time: '8:15', date: '2/10', unit: '', activity: 'Thi kể chuyện theo sách' },
    ], { emptyRowAt: 1, repeatHeaderAt: 2 }),
  );
  // Thịnh Quang: Word, the opening the day before the week, one line written twice.
  writeFileSync(
    join(inbox, 'Ke hoach HTSD - THCS Thinh Quang.docx'),
    await scheduleDocx('Trường THCS Thịnh Quang', [
      { time: '8h30', date: '30/9', unit: 'THCS Thịnh Quang', activity: 'Khai mạc “Tuần lễ hưởng ứng học tập suốt đời” năm 2024' },
      { time: '8h30', date: '02/10', unit: 'THCS Thịnh Quang', activity: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' },
      { time: '8h30', date: '02/10', unit: 'THCS Thịnh Quang', activity: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' },
    ]),
  );
  // Láng Thượng: a day that does not exist.
  writeFileSync(
    join(inbox, 'Lich MN Lang Thuong.xlsx'),
    await scheduleWorkbook('Trường Mầm non Láng Thượng', [
      { time: '8h30', date: '32/10', unit: 'MN Láng Thượng', activity: 'Ngày hội sách và giao lưu chia sẻ văn hóa đọc cho trẻ mầm non' },
    ]),
  );
  // Saved from the mail before the deadline: on time.
  for (const f of readdirSync(inbox)) utimesSync(join(inbox, f), new Date('2024-10-08T09:00:00+07:00'), new Date('2024-10-08T09:00:00+07:00'));
  writeFileSync(join(dir, 'don-vi.csv'), registryCsv(units));
  const run = runCli(['consolidate', inbox, '--units', join(dir, 'don-vi.csv'), '--form', 'lich-tuan-le', '--year', '2024', '--out', join(dir, 'ket-qua'), '--json']);
  expect(run.status, run.stderr).toBe(0);
  json = JSON.parse(run.stdout) as Json;
  stderr = run.stderr;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The compiled schedule as the district reads it: day, hour, unit, activity, in order. */
const expected = [
  ['08:30', '2024-09-30', 'THCS Thịnh Quang', 'Khai mạc “Tuần lễ hưởng ứng học tập suốt đời” năm 2024', 'THCS-TQ'],
  ['08:15', '2024-10-01', 'Trường Tiểu học Cát Linh', 'Giáo dục địa phương cho học sinh khối 4', 'TH-CL'],
  ['08:15', '2024-10-02', 'Trường Tiểu học Cát Linh', 'Thi kể chuyện theo sách', 'TH-CL'],
  ['08:30', '2024-10-02', 'THCS Thịnh Quang', 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'THCS-TQ'],
  ['14:00', '2024-10-03', 'TH Cát Linh', 'Ngày hội đọc sách của học sinh', 'TH-CL'],
];

describe('consolidate --form lich-tuan-le: the schools’ schedules compiled into the district’s', () => {
  it('ties each schedule to its school, accepts the readable ones and keeps out the one with an impossible day', () => {
    const status = new Map(json.units.map((u) => [u.code, u.status]));
    expect(Object.fromEntries(status)).toEqual({ 'TH-CL': 'accepted', 'THCS-TQ': 'accepted', 'MN-LT': 'rejected', 'TH-KL': 'missing' });
    expect(stderr).toMatch(/2 đơn vị đã tổng hợp/);
  });

  it('appends, sorts by day then hour, renumbers, fills a blank unit from the school and counts a repeated line once', () => {
    const [list] = json.lists;
    expect(list.code).toBe('lich');
    expect(list.entries.map((e) => e.number)).toEqual([1, 2, 3, 4, 5]);
    expect(list.entries.map((e) => [e.values.time, e.values.date, e.values.unit, e.values.activity, e.unit])).toEqual(expected);
    expect(list.perUnit).toEqual([
      { unit: 'TH-CL', name: 'Trường Tiểu học Cát Linh', count: 3, repeated: 0 },
      { unit: 'THCS-TQ', name: 'Trường THCS Thịnh Quang', count: 2, repeated: 1 },
    ]);
    // Every line points back to its school's file and row.
    expect(list.entries[1]).toMatchObject({ file: expect.stringMatching(/TH Cat Linh\.xlsx$/), where: 'trang tính "Lịch", hàng 6' });
    // Below an empty row and a repeated header, the rows keep their own numbers.
    expect(list.entries[2].where).toBe('trang tính "Lịch", hàng 10');
    expect(list.entries[4].where).toBe('trang tính "Lịch", hàng 8');
    expect(list.entries[0]).toMatchObject({ file: expect.stringMatching(/Thinh Quang\.docx$/), where: 'bảng 1, hàng 2' });
  });

  it('names the file and the cell of an impossible day, and warns of a day outside the week', () => {
    const bad = json.findings.find((f) => f.rule === 'list-bad-date')!;
    expect(bad).toMatchObject({ unit: 'MN-LT', severity: 'error', where: 'Lịch!C6' });
    expect(bad.message).toContain('Lich MN Lang Thuong.xlsx');
    expect(bad.message).toContain('ô C6, trang tính "Lịch"');
    expect(bad.message).toContain('"32/10" không phải ngày có thật');
    const outside = json.findings.find((f) => f.rule === 'list-date-outside-week')!;
    expect(outside).toMatchObject({ unit: 'THCS-TQ', severity: 'warning', where: 'bảng 1, hàng 2, cột 3' });
    expect(outside.message).toContain('30/09/2024 nằm ngoài Tuần lễ năm 2024 (01/10/2024–07/10/2024)');
    // A schedule is a plan by nature: no "plan instead of report", no "no statistics table".
    expect(json.findings.filter((f) => ['plan-not-report', 'no-table', 'missing-section'].includes(f.rule))).toEqual([]);
  });

  it('writes the compiled list on a sheet of its own, with TT, the columns and the source of each line, printed landscape', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(json.outputs.xlsx);
    expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['Lịch tổ chức các hoạt động', 'Lỗi cần sửa', 'Nguồn số liệu']);
    const ws = wb.getWorksheet('Lịch tổ chức các hoạt động')!;
    expect(ws.getRow(4).values).toEqual([undefined, 'TT', 'Giờ', 'Ngày', 'Đơn vị', 'Nội dung', 'Nguồn']);
    const lines = [5, 6, 7, 8, 9].map((r) => (ws.getRow(r).values as unknown[]).slice(1, 6));
    expect(lines).toEqual([
      [1, '8h30', '30/09', 'THCS Thịnh Quang', expected[0][3]],
      [2, '8h15', '01/10', 'Trường Tiểu học Cát Linh', expected[1][3]],
      [3, '8h15', '02/10', 'Trường Tiểu học Cát Linh', expected[2][3]],
      [4, '8h30', '02/10', 'THCS Thịnh Quang', expected[3][3]],
      [5, '14h00', '03/10', 'TH Cát Linh', expected[4][3]],
    ]);
    expect(String(ws.getCell('F6').value)).toMatch(/TH Cat Linh\.xlsx, trang tính "Lịch", hàng 6$/);
    expect(ws.getRow(10).values).toEqual([]);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });

  it('annexes the compiled list to the district report, in order, in the Word file and the PDF, with no statistics table', async () => {
    const docx = await readDocx(readFileSync(json.outputs.docx));
    expect(docx.text).toContain('LỊCH TỔ CHỨC CÁC HOẠT ĐỘNG “TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI” NĂM 2024');
    expect(docx.text).toMatch(/\(Kèm theo Báo cáo số .*\)/);
    expect(docx.text).toContain('Tổng hợp lịch tổ chức các hoạt động: 5 hoạt động của 2 đơn vị (1 dòng ghi trùng trong cùng một đơn vị chỉ tính một lần)');
    const positions = expected.map(([, , , activity]) => docx.text.indexOf(activity));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(docx.text).not.toContain('Các hoạt động\nĐơn vị');
    expect(docx.text).not.toContain('SỐ LIỆU TỔ CHỨC');

    const pdfText = (await readPdf(readFileSync(json.outputs.pdf))).map((page) => page.text).join(' ');
    const pdf = pdfText.slice(pdfText.indexOf('TT Giờ Ngày Đơn vị Nội dung'));
    expect(pdfText).toContain('LỊCH TỔ CHỨC CÁC HOẠT ĐỘNG “TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI” NĂM 2024');
    expect(pdf).toMatch(/^TT Giờ Ngày Đơn vị Nội dung 1 8h30 30\/09 THCS Thịnh Quang Khai mạc/);
    const inPdf = ['30/09', 'Khai mạc', '01/10', 'Giáo dục địa phương', 'Thi kể chuyện', 'Học tập và làm theo', '14h00', 'Ngày hội đọc sách'].map((t) => pdf.indexOf(t));
    expect(inPdf.every((p) => p >= 0)).toBe(true);
    expect([...inPdf].sort((a, b) => a - b)).toEqual(inPdf);
  });
});
