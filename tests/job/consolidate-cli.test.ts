import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { writeSampleInbox, type SampleInbox } from '../../scripts/sample/inbox';
import { schoolWorkbook } from '../../scripts/sample/school-workbook';
import { expectedTotals, type CliJson } from './cli-json';
import { runCli } from './run-cli';

const template = defaultTemplate();

let dir: string;
let inbox: SampleInbox;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cli-'));
  inbox = await writeSampleInbox(dir, template, { schools: 15, year: 2023, missingShare: 0.2, asEmails: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run cli -- consolidate', () => {
  it('consolidates an inbox of school emails: statuses, totals over accepted schools, findings with their cells', () => {
    const out = join(dir, 'out');
    const run = runCli(['consolidate', inbox.folder, '--units', inbox.registry, '--out', out, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as CliJson;
    expect(json.year).toBe(2023);

    const status = new Map(json.units.map((u) => [u.code, u.status]));
    for (const s of inbox.schools) {
      const expected = !inbox.figures.has(s.code) ? 'missing' : inbox.withErrors.has(s.code) ? 'rejected' : 'accepted';
      expect(status.get(s.code), s.name).toBe(expected);
    }
    const accepted = new Set(json.units.filter((u) => u.status === 'accepted').map((u) => u.code));
    expect(json.totals).toEqual(expectedTotals(template, inbox.figures, accepted));

    const sumErrors = json.findings.filter((f) => f.rule === 'sum-mismatch');
    expect(sumErrors.map((f) => f.unit).sort()).toEqual([...inbox.withErrors].sort());
    for (const f of sumErrors) expect(f.where).toMatch(/^Biểu mẫu![A-Z]+\d+$/);
    expect(json.unidentified).toEqual([]);
    expect(run.stderr).toMatch(/Đọc tệp/);
  });

  it('writes the consolidated workbook with the totals as numbers', async () => {
    const out = join(dir, 'out-xlsx');
    const run = runCli(['consolidate', inbox.folder, '--units', inbox.registry, '--out', out, '--json']);
    const json = JSON.parse(run.stdout) as CliJson;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(json.outputs.xlsx);
    const sheet = wb.getWorksheet('Tổng hợp')!;
    let found = false;
    sheet.eachRow((row) => {
      const label = String(row.getCell(2).value ?? '');
      if (label.startsWith('Tổng số người tham gia')) {
        found = true;
        expect(row.getCell(4).value).toBe(json.totals['1.0'].count);
        expect(row.getCell(5).value).toBe(json.totals['1.0'].people);
      }
    });
    expect(found).toBe(true);
  });

  it('adds to a store: a re-run changes nothing, a corrected resubmission replaces the rejected report', async () => {
    const db = join(dir, 'kho', 'kho.sqlite');
    const first = JSON.parse(runCli(['consolidate', inbox.folder, '--units', inbox.registry, '--out', join(dir, 'o1'), '--db', db, '--json']).stdout) as CliJson;
    const again = runCli(['consolidate', inbox.folder, '--units', inbox.registry, '--out', join(dir, 'o2'), '--db', db, '--json']);
    expect(again.stderr).toMatch(/Đã lưu 0 tệp mới/);
    expect((JSON.parse(again.stdout) as CliJson).totals).toEqual(first.totals);

    const code = [...inbox.withErrors][0];
    const school = inbox.schools.find((s) => s.code === code)!;
    const fixed = structuredClone(inbox.figures.get(code)!);
    fixed['1.0'] = { ...fixed['1.0'] };
    fixed['1.0'].people = template.rules
      .flatMap((r) => (r.type === 'sum' ? r.of : []))
      .reduce((sum, c) => sum + (fixed[c]?.people ?? 0), 0);
    const xlsx = await schoolWorkbook(school, template, fixed, 2023, { startRow: 4, startCol: 1, nfd: false, numbersAsText: false, numberedSubRows: false });
    const eml = await new MailComposer({
      from: school.email,
      to: 'phonggd@thanhoai.edu.vn',
      subject: 'Gửi lại báo cáo đã sửa',
      date: new Date('2023-10-20T03:00:00Z'),
      attachments: [{ filename: 'Báo cáo sửa lại.xlsx', content: xlsx }],
    })
      .compile()
      .build();
    const resent = join(dir, 'gui-lai');
    rmSync(resent, { recursive: true, force: true });
    writeFileSync(join(dir, 'gui-lai.eml'), eml);
    const third = JSON.parse(runCli(['consolidate', join(dir, 'gui-lai.eml'), '--out', join(dir, 'o3'), '--db', db, '--json']).stdout) as CliJson;
    const unit = third.units.find((u) => u.code === code)!;
    expect(unit.status).toBe('accepted');
    expect(unit.late).toBe(true);
    expect(unit.files).toEqual(['gui-lai.eml › Báo cáo sửa lại.xlsx']);
    expect(unit.superseded).toHaveLength(1);
    expect(third.totals['1.0'].people).toBe((first.totals['1.0'].people ?? 0) + (fixed['1.0'].people ?? 0));
  });

  it('fails with a one-line Vietnamese reason and a non-zero exit when it cannot write its outputs', () => {
    const blocker = join(dir, 'khong-phai-thu-muc');
    writeFileSync(blocker, 'x');
    const run = runCli(['consolidate', inbox.folder, '--out', join(blocker, 'out')]);
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim().split('\n').pop()).toMatch(/^Lỗi: /);
    const usage = runCli(['consolidate', inbox.folder]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/Cần --out/);
  });
});
