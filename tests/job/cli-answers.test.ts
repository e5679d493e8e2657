import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleFigures } from '../../scripts/sample/figures';
import { seededRandom } from '../../scripts/sample/random';
import { registryWorkbook } from '../../scripts/sample/registry';
import { schoolWorkbook } from '../../scripts/sample/school-workbook';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { runCli, type CliRun } from './run-cli';

const template = defaultTemplate();
const school = { code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', short: 'TH Liên Châu', type: 'TH', email: 'thlienchau@thanhoai.edu.vn', students: 600 };
const style = { startRow: 4, startCol: 1, nfd: false, numbersAsText: false, numberedSubRows: false };

let dir: string;
let inbox: string;
let registry: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cli-answers-'));
  inbox = join(dir, 'hop-thu');
  mkdirSync(inbox);
  writeFileSync(join(inbox, 'BC TH Liên Châu.xlsx'), await schoolWorkbook(school, template, sampleFigures(template, seededRandom(3), 600), 2023, style));
  registry = join(dir, 'danh-sach.xlsx');
  writeFileSync(registry, await registryWorkbook([school]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Refused before any work: one Vietnamese line naming what is wrong, no progress, a non-zero exit. */
function expectOneLineRefusal(run: CliRun, ...named: string[]): void {
  expect(run.status).not.toBe(0);
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^Lỗi: /);
  for (const n of named) expect(lines[0]).toContain(n);
  expect(lines[0]).not.toMatch(/Unknown|argument|EISDIR|EEXIST|ENOENT|illegal|operation/);
  expect(run.stdout).toBe('');
}

describe('clear answers at the command line', () => {
  it('an unknown option, a missing option value or a value given to a flag is one line naming the option', () => {
    expectOneLineRefusal(runCli(['consolidate', inbox, '--out', join(dir, 'o1'), '--bogus']), '--bogus', 'consolidate');
    expectOneLineRefusal(runCli(['consolidate', inbox, '--out']), '--out', 'cần một giá trị');
    expectOneLineRefusal(runCli(['consolidate', inbox, '--out', join(dir, 'o1'), '--json=có']), '--json', 'không nhận giá trị');
    expect(existsSync(join(dir, 'o1'))).toBe(false);
  });

  it('--units (or a draft) given a folder, or --out an existing file, is refused before any work starts', () => {
    expectOneLineRefusal(runCli(['consolidate', inbox, '--units', inbox, '--out', join(dir, 'o2')]), '--units', 'thư mục', inbox);
    expectOneLineRefusal(runCli(['consolidate', inbox, '--out', registry]), '--out', registry, 'tệp');
    expectOneLineRefusal(runCli(['consolidate', inbox, '--out', join(registry, 'ket-qua')]), '--out', registry);
    expectOneLineRefusal(runCli(['report', inbox, '--out', join(dir, 'o2')]), 'Bản nháp', inbox, 'thư mục');
    expect(existsSync(join(dir, 'o2'))).toBe(false);
  });

  it('a folder that does not exist writes nothing and says so', () => {
    const out = join(dir, 'o3');
    expectOneLineRefusal(runCli(['consolidate', join(dir, 'hop-thu-khong-co'), '--out', out]), 'hop-thu-khong-co', 'Không tìm thấy');
    expect(existsSync(out)).toBe(false);
  });

  it('inputs with nothing readable write nothing, and the reason names the files', () => {
    const junk = join(dir, 'khong-doc-duoc');
    mkdirSync(junk);
    writeFileSync(join(junk, 'ghi chú.txt'), 'Kính gửi Phòng GD&ĐT: trường xin gửi báo cáo sau.');
    writeFileSync(join(junk, 'BC hỏng.xlsx'), Buffer.from('<html>không phải Excel</html>'));
    const out = join(dir, 'o4');
    const run = runCli(['consolidate', junk, '--out', out]);
    expect(run.status).not.toBe(0);
    const last = run.stderr.trim().split('\n').pop()!;
    expect(last).toMatch(/^Lỗi: Không có báo cáo nào đọc được/);
    expect(last).toContain('BC hỏng.xlsx');
    expect(last).toContain('không ghi kết quả nào');
    expect(existsSync(out)).toBe(false);
  });

  it('inputs missing among others are named on stderr, the rest is consolidated', () => {
    const out = join(dir, 'o5');
    const run = runCli(['consolidate', inbox, join(dir, 'thu-bi-xoa.eml'), '--units', registry, '--out', out, '--year', '2023']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/không tìm thấy tệp hoặc thư mục "[^"]*thu-bi-xoa\.eml"/);
    expect(existsSync(join(out, 'tong-hop-2023.xlsx'))).toBe(true);

    // The workbook just written is a table of units, not their registry: no Email column.
    const again = runCli(['consolidate', inbox, '--units', join(out, 'tong-hop-2023.xlsx'), '--out', join(dir, 'o6')]);
    expect(again.status).not.toBe(0);
    const last = again.stderr.trim().split('\n').pop()!;
    expect(last).toMatch(/^Lỗi: Tệp danh sách đơn vị tong-hop-2023\.xlsx .*không có cột "Email"/);
    expect(last).toContain('"Mã đơn vị", "Tên đơn vị", "Email"');
    expect(existsSync(join(dir, 'o6'))).toBe(false);
  });

  it('--help prints the usage on stdout', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Cách dùng:\n {2}npm run cli -- consolidate/);
  });
});
