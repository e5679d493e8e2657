import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Template } from '../../src-main/core/model/template';
import { lichTuanLe } from '../../src-main/core/templates/lich-tuan-le';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { sampleFigures } from '../../scripts/sample/figures';
import { composeEmail } from '../../scripts/sample/mail';
import { seededRandom } from '../../scripts/sample/random';
import { schoolWorkbook, workbookStyleFor } from '../../scripts/sample/school-workbook';
import type { SampleSchool } from '../../scripts/sample/schools';
import { runCli } from '../job/run-cli';
import { registryCsv, scheduleDocx } from './schedules';

const dir = mkdtempSync(join(tmpdir(), 'lists-mixed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The province's statistics table, and the schedule beside it. */
const mixed: Template = { ...llw2022, id: 'llw-lich', version: '2024.1', name: 'Báo cáo Tuần lễ kèm lịch hoạt động', lists: lichTuanLe.lists };
const schools: SampleSchool[] = [
  { code: 'TH-CL', name: 'Trường Tiểu học Cát Linh', short: 'TH Cát Linh', type: 'TH', email: 'c1catlinh@hanoi.edu.vn', students: 620 },
  { code: 'THCS-TQ', name: 'Trường THCS Thịnh Quang', short: 'THCS Thịnh Quang', type: 'THCS', email: 'thcsthinhquang@hanoi.edu.vn', students: 810 },
];

describe('a template with fixed rows and a list', () => {
  it('sums the tables and compiles the list, though it came in the Word file beside the workbook', async () => {
    const inbox = join(dir, 'hop-thu');
    mkdirSync(inbox);
    const rand = seededRandom(7);
    const figures = schools.map((s) => sampleFigures(llw2022, rand, s.students));
    for (const [i, school] of schools.entries()) {
      const attachments = [{ filename: `BC HTSĐ 2024 - ${school.short}.xlsx`, content: await schoolWorkbook(school, llw2022, figures[i], 2024, workbookStyleFor(i)) }];
      // Cát Linh sends its Word report with the schedule too; Thịnh Quang only its table.
      if (i === 0) {
        attachments.push({
          filename: 'Báo cáo Tuần lễ.docx',
          content: await scheduleDocx(school.name, [{ time: '8h15', date: '01/10', unit: '', activity: 'Giáo dục địa phương cho học sinh khối 4' }], 'BÁO CÁO'),
        });
      }
      const eml = await composeEmail({ from: { address: school.email }, date: new Date('2024-10-09T08:00:00+07:00'), subject: `Báo cáo Tuần lễ - ${school.short}`, text: 'Kính gửi Phòng GD&ĐT.', attachments });
      writeFileSync(join(inbox, `${school.code}.eml`), eml);
    }
    writeFileSync(join(dir, 'don-vi.csv'), registryCsv(schools));
    writeFileSync(join(dir, 'mau.json'), JSON.stringify(mixed));
    const db = join(dir, 'kho.sqlite');
    const saved = runCli(['template', 'save', join(dir, 'mau.json'), '--db', db]);
    expect(saved.status, saved.stderr).toBe(0);

    const run = runCli(['consolidate', inbox, '--units', join(dir, 'don-vi.csv'), '--db', db, '--form', 'llw-lich', '--year', '2024', '--out', join(dir, 'ket-qua'), '--json']);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as {
      units: Array<{ code: string; status: string }>;
      totals: Record<string, { count?: number; people?: number }>;
      lists: Array<{ entries: Array<{ number: number; unit: string; values: Record<string, string>; file: string; where: string }> }>;
      findings: Array<{ unit: string | null; rule: string; severity: string; message: string }>;
    };
    expect(json.units.map((u) => [u.code, u.status])).toEqual([['TH-CL', 'accepted'], ['THCS-TQ', 'accepted']]);
    expect(json.totals['1.0'].people).toBe((figures[0]['1.0'].people ?? 0) + (figures[1]['1.0'].people ?? 0));
    expect(json.lists[0].entries).toEqual([
      {
        number: 1,
        unit: 'TH-CL',
        values: { time: '08:15', date: '2024-10-01', unit: 'Trường Tiểu học Cát Linh', activity: 'Giáo dục địa phương cho học sinh khối 4' },
        file: 'hop-thu/TH-CL.eml › Báo cáo Tuần lễ.docx',
        where: 'bảng 1, hàng 2',
      },
    ]);
    expect(json.findings.filter((f) => f.rule === 'list-missing')).toEqual([
      expect.objectContaining({ unit: 'THCS-TQ', severity: 'warning', message: 'Đơn vị Trường THCS Thịnh Quang chưa gửi lịch tổ chức các hoạt động (bảng có các cột Giờ, Ngày, Đơn vị, Nội dung).' }),
    ]);
  });
});
