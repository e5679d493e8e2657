import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { sampleFigures } from '../../scripts/sample/figures';
import { seededRandom } from '../../scripts/sample/random';
import { schoolWorkbook } from '../../scripts/sample/school-workbook';
import { buildCfb } from '../readers-xlsx/build-cfb';
import { bigWorkbook } from '../readers-xlsx/build-workbooks';
import { runCli } from './run-cli';

const template = defaultTemplate();
const school = { code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', short: 'TH Liên Châu', type: 'TH', email: 'thlienchau@thanhoai.edu.vn', students: 600 };
const style = { startRow: 4, startCol: 1, nfd: false, numbersAsText: false, numberedSubRows: false };

let dir: string;
let inbox: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  inbox = join(dir, 'hop-thu');
  mkdirSync(inbox);
  const figures = sampleFigures(template, seededRandom(7), school.students);
  writeFileSync(join(inbox, 'BC TH Liên Châu.xlsx'), await schoolWorkbook(school, template, figures, 2023, style));
  writeFileSync(join(inbox, 'hong.xlsx'), Buffer.from('<html><body>Đây không phải tệp Excel</body></html>'));
  writeFileSync(join(inbox, 'rong.xlsx'), Buffer.alloc(0));
  writeFileSync(join(inbox, 'mat-khau.xlsx'), buildCfb(['EncryptionInfo', 'EncryptedPackage']));
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet('Sheet1');
  writeFileSync(join(inbox, 'trang.xlsx'), Buffer.from(await empty.xlsx.writeBuffer()));
  writeFileSync(join(inbox, 'rat-lon.xlsx'), await bigWorkbook(100_000));
  const full = await schoolWorkbook(school, template, figures, 2023, style);
  writeFileSync(join(inbox, 'cat-do.xlsx'), full.subarray(0, Math.floor(full.length / 2)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bad files in the inbox', () => {
  it('each gets a finding with a clear Vietnamese reason naming the file, and none stops the run', () => {
    const run = runCli(['consolidate', inbox, '--out', join(dir, 'out'), '--year', '2023', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as {
      units: Array<{ code: string; name: string; status: string }>;
      findings: Array<{ file: string; rule: string; severity: string; message: string }>;
      unidentified: Array<{ file: string; reason: string }>;
    };
    const rules = (file: string) => json.findings.filter((f) => f.file.endsWith(file)).map((f) => f.rule);
    expect(rules('hong.xlsx')).toContain('corrupt-file');
    expect(json.findings.find((f) => f.file.endsWith('rong.xlsx'))?.message).toMatch(/rỗng|0 byte/);
    expect(rules('mat-khau.xlsx')).toContain('encrypted-file');
    expect(rules('trang.xlsx')).toContain('empty-workbook');
    expect(rules('cat-do.xlsx')).toContain('corrupt-file');
    expect(rules('rat-lon.xlsx').length).toBeGreaterThan(0);
    for (const name of ['hong.xlsx', 'rong.xlsx', 'mat-khau.xlsx', 'trang.xlsx', 'cat-do.xlsx']) {
      const f = json.findings.find((x) => x.file.endsWith(name) && x.severity === 'error');
      expect(f?.message, name).toContain(name);
    }
    const good = json.units.find((u) => u.name === 'Trường Tiểu học Liên Châu');
    expect(good?.status).toBe('accepted');
  });
});
