import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figures } from '../../src-main/core/model/extraction';
import { apiOver } from '../handlers/api';
import type { CliJson } from '../job/cli-json';
import { runCli } from '../job/run-cli';
import {
  type DistrictOutputs,
  districtOutputs,
  districtWordReport,
  handFilledProvinceForm,
  OFFICES,
  provinceRegistry,
  provinceSettings,
  sendAsEmails,
  sendAsFiles,
  sumOfDistricts,
} from './districts';

let dir: string;
let districts: DistrictOutputs[];
let registry: string;
let settings: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tinh-'));
  districts = await districtOutputs(dir);
  registry = join(dir, 'danh-sach-huyen.xlsx');
  await provinceRegistry(registry);
  settings = join(dir, 'cai-dat-so.json');
  writeFileSync(settings, JSON.stringify(provinceSettings));
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function province(inputs: string[], name: string, extra: string[] = [], units = registry): CliJson {
  const run = runCli(['consolidate', ...inputs, '--units', units, '--settings', settings, '--out', join(dir, name), '--json', ...extra]);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as CliJson;
}

const districtTotals = () => districts.map((d) => d.json.totals);

/** Every row's every measure, the province's against the sum of the districts'. */
function expectSum(json: CliJson, totals: Figures[]): void {
  expect(json.totals).toEqual(sumOfDistricts(totals));
  // Not a sum of zeros: the districts' schools reported real numbers.
  expect(json.totals['1.0'].people).toBeGreaterThan(1000);
}

function expectTiedToDistricts(json: CliJson, schoolNames: RegExp): void {
  expect(json.level).toBe('district');
  expect(json.units.map((u) => [u.code, u.status]).sort()).toEqual(OFFICES.map((o) => [o.code, 'accepted']).sort());
  expect(json.unidentified).toEqual([]);
  expect(json.findings.map((f) => f.rule)).not.toContain('max-exceeded');
  for (const u of json.units) expect(u.files.length, u.name).toBeGreaterThan(0);
  // No school became a unit: their names are only in the districts' lists of schools.
  expect(schoolNames.test(JSON.stringify(json.units.map(({ schools: _, ...u }) => u)))).toBe(false);
}

describe('a province round over districts that ran the app', () => {
  it('the districts ran it on their schools: real totals, and each district names several schools in its outputs', () => {
    for (const d of districts) expect(d.json.units.filter((u) => u.status === 'accepted').length, d.office.code).toBeGreaterThanOrEqual(6);
    // 7.2 counts a district's schools' opening ceremonies: more than one, so a school's limit on a district would fail it.
    expect(districts.filter((d) => (d.json.totals['7.2'].value ?? 0) > 1).length).toBeGreaterThanOrEqual(2);
  });

  it('files under the same names in folders: each tied to its district by its heading, the totals the sum of the districts on every row', () => {
    const json = province([sendAsFiles(dir, districts)], 'ket-qua-tep');
    expectTiedToDistricts(json, /Trường (Mầm non|Tiểu học|THCS)/);
    expectSum(json, districtTotals());
    // Each district's schools kept, as the district listed them.
    for (const d of districts) expect(json.units.find((u) => u.code === d.office.code)?.schools?.map((s) => s.code).sort()).toEqual(d.json.units.map((u) => u.code).sort());
    expect(json.totals['7.2'].value).toBe(districts.reduce((s, d) => s + (d.json.totals['7.2'].value ?? 0), 0));
  });

  it('emails with both files, one from an address the registry lacks: tied by address or heading; the store keeps each district\'s schools down to the school\'s cell', async () => {
    const personal = (o: (typeof OFFICES)[number]) => (o.code === 'TPBT' ? 'nguyenthimai1980@gmail.com' : o.email);
    const db = join(dir, 'kho-so', 'kho.sqlite');
    const json = province([await sendAsEmails(dir, districts, personal)], 'ket-qua-thu', ['--db', db, '--level', 'district']);
    expectTiedToDistricts(json, /Trường (Mầm non|Tiểu học|THCS)/);
    expectSum(json, districtTotals());

    const api = apiOver({ shell: 'web', dbFile: db });
    const [round] = await api.ok('rounds/list', {});
    expect(round.level).toBe('district');
    for (const d of districts) {
      const report = await api.ok('reports/unit', { roundId: round.id, unitCode: d.office.code });
      const accepted = d.json.units.filter((u) => u.status === 'accepted');
      expect(report.schools.map((s) => s.code).sort()).toEqual(d.json.units.filter((u) => u.status !== 'missing').map((u) => u.code).sort());
      // The schools the district counted add up to the district's totals, row by row.
      const counted = report.schools.filter((s) => accepted.some((u) => u.code === s.code));
      for (const row of ['1.0', '4.3', '10.1']) {
        for (const m of ['count', 'people', 'value'] as const) {
          const total = d.json.totals[row]?.[m];
          if (total === undefined) continue;
          expect(counted.reduce((sum, s) => sum + (s.values.find((v) => v.row === row && v.measure === m)?.value ?? 0), 0), `${d.office.code} ${row} ${m}`).toBe(total);
        }
      }
      // Down to the school's own file and cell, as the district received it.
      const school = counted[0];
      const value = school.values.find((v) => v.row === '1.0' && v.measure === 'people')!;
      expect(value.value).toBe(d.inbox.figures.get(school.code)?.['1.0'].people);
      const [sheet, cell] = value.where.split('!');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(d.inbox.folder, '..', value.file));
      expect(Number(wb.getWorksheet(sheet)!.getCell(cell).value)).toBe(value.value);
    }

    // The same round taken for one of schools: a school's rule and a school's identification, on districts. Back, and it is right again.
    const asSchools = await api.ok('rounds/update', { roundId: round.id, level: 'school' });
    expect(asSchools.level).toBe('school');
    const wrong = await api.ok('rounds/board', { roundId: round.id });
    expect(wrong.rows.find((r) => r.unitCode === 'TPBT')?.state).toBe('missing');
    expect(wrong.rows.some((r) => r.state === 'errors')).toBe(true);
    await api.ok('rounds/update', { roundId: round.id, level: 'district' });
    const right = await api.ok('rounds/board', { roundId: round.id });
    expect(right.rows.map((r) => [r.unitCode, r.inTotals]).sort()).toEqual(OFFICES.map((o) => [o.code, true]).sort());

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(json.outputs.xlsx);
    const detail = wb.getWorksheet('Chi tiết theo trường')!;
    const sources: string[] = [];
    detail.eachRow((row) => sources.push(String(row.getCell(10).value ?? '')));
    const mcn = OFFICES[1];
    expect(sources.some((s) => new RegExp(`^${mcn.registryName} › Trường [^›]+ › hop-thu/[^›]+\\.xlsx, Biểu mẫu![A-Z]+\\d+$`).test(s))).toBe(true);
  });

  it('the province\'s report speaks of the Sở and its districts, not of a Phòng and its schools', () => {
    const json = province([sendAsFiles(dir, districts)], 'ket-qua-bao-cao');
    const draft = readFileSync(json.outputs.xlsx.replace(/tong-hop-(\d+)\.xlsx$/, 'bao-cao-$1.json'), 'utf8');
    expect(draft).toContain('Sở Giáo dục và Đào tạo tỉnh Bến Tre đã ban hành kế hoạch, văn bản hướng dẫn các Phòng Giáo dục và Đào tạo trên địa bàn tỉnh');
    expect(draft).toMatch(/Toàn tỉnh có 3\/3 huyện, thành phố báo cáo/);
    // The districts' own words are quoted as theirs ("(Phòng GD&ĐT huyện Châu Thành)"); the Sở's lead is its own.
    expect(draft).not.toMatch(/"text": "Toàn [^"]*đơn vị báo cáo/);
    // The districts' drafts left prompts in brackets; the Sở's digest of their words leaves them out.
    expect(draft).not.toContain('- (Chưa có đơn vị nào báo cáo nội dung này');
  });
});

describe('a province round over its own form, filled by each district by hand', () => {
  it('each tied by its heading; the totals the sum of the districts, 7.1 counting the districts that opened the week', async () => {
    const folder = join(dir, 'tinh-mau-so');
    for (const [i, d] of districts.entries()) {
      mkdirSync(join(folder, `${i + 1}`), { recursive: true });
      writeFileSync(join(folder, `${i + 1}`, 'Biểu 01.xlsx'), await handFilledProvinceForm(d.office, d.json.totals));
    }
    const json = province([folder], 'ket-qua-mau-so');
    expectTiedToDistricts(json, /Trường (Mầm non|Tiểu học|THCS)/);
    const withOpening = districtTotals().map((t) => ({ ...t, '7.1': { value: 1 } }));
    expectSum(json, withOpening);
    expect(json.totals['7.1'].value).toBe(3);
  });
});

describe('a Word report a district wrote itself', () => {
  it('tied by its letterhead, not by the schools it praises; its statistics table counted', async () => {
    const folder = join(dir, 'tinh-word');
    mkdirSync(folder, { recursive: true });
    const own: Figures = { ...districts[0].json.totals, '7.1': { value: 1 } };
    writeFileSync(join(folder, 'Bao cao HTSD 2023.docx'), await districtWordReport('UBND HUYỆN GIỒNG TRÔM', own));
    const units = join(dir, 'danh-sach-huyen-4.xlsx');
    await provinceRegistry(units, [{ code: 'GT', registryName: 'Huyện Giồng Trôm', email: 'pgd@giongtrom.bentre.edu.vn' }]);
    const json = province([folder], 'ket-qua-word', [], units);
    expect(json.units.map((u) => [u.code, u.status]).sort()).toEqual([...OFFICES.map((o) => [o.code, 'missing']), ['GT', 'accepted']].sort());
    expect(json.unidentified).toEqual([]);
    expect(json.totals['1.0']).toEqual(own['1.0']);
    expect(json.totals['7.1']).toEqual({ value: 1 });
  });
});
