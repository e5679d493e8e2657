import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSampleInbox, type SampleInbox } from '../../scripts/sample/inbox';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { runCli, type CliRun } from '../job/run-cli';
import { auditRows, cellNumber, tableCount, type CliJson, type MappingJson } from './fixture';
import { COUNT_COL, ODD_LABEL, PEOPLE_COL, SHEET, buildProvinceForm, excelRowOf } from './province-form';

let dir: string;
let inbox: SampleInbox;
/** The province's form with 5.4 worded beyond recognition and its own formulas on "Tổng số". */
let form: string;
/** The same form without the odd row: everything maps with confidence. */
let plainForm: string;
/** `mapping <form> --json` without a store: the machine's proposal. */
let proposal: MappingJson;
/** `consolidate --template <form>` before anything was confirmed. */
let unconfirmed: { run: CliRun; json: CliJson };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cli-office-'));
  inbox = await writeSampleInbox(dir, defaultTemplate(), { schools: 5, year: 2023, missingShare: 0 });
  form = join(dir, 'Biểu tổng hợp của Sở.xlsx');
  writeFileSync(form, await buildProvinceForm({ oddRow: true, totalFormulas: true }));
  plainForm = join(dir, 'bieu-so-2.xlsx');
  writeFileSync(plainForm, await buildProvinceForm());
  proposal = proposed();
  unconfirmed = consolidate('unconfirmed', ['--template', form]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const oddRow = excelRowOf('5.4');

function proposed(db?: string): MappingJson {
  const run = runCli(['mapping', form, '--json', ...(db ? ['--db', db] : [])]);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as MappingJson;
}

function consolidate(out: string, extra: string[]) {
  const run = runCli(['consolidate', inbox.folder, '--units', inbox.registry, '--out', join(dir, out), '--json', ...extra]);
  expect(run.status, run.stderr).toBe(0);
  return { run, json: JSON.parse(run.stdout) as CliJson };
}

/** The proposal with the specialist's correction: the odd row is 5.4. */
function corrected(mapping: MappingJson): MappingJson {
  return { ...mapping, rows: mapping.rows.map((r) => (r.excelRow === oddRow ? { ...r, code: '5.4' } : r)) };
}

describe('npm run cli -- mapping', () => {
  it('proposes rows and columns, and names the row it is unsure of, in Vietnamese on stderr', () => {
    const run = runCli(['mapping', form]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Mẫu của Sở "Biểu tổng hợp của Sở.xlsx": bảng ở trang "${SHEET}"`);
    expect(run.stderr).toMatch(new RegExp(`${COUNT_COL} +"Số lượng › Số lớp/cuộc" → số lớp/số cuộc`));
    expect(run.stderr).toMatch(new RegExp(`${PEOPLE_COL} +"Số lượng › Số người" → số người`));
    expect(run.stderr).toMatch(new RegExp(`hàng ${excelRowOf('1.7')} .*"Giáo dục kỹ năng sống cho học sinh" → dòng 1\\.7 .*\\(100%\\)`));
    expect(run.stderr).toMatch(new RegExp(`hàng ${oddRow} .*→ không ghi  ← cần xác nhận`));
    expect(run.stderr).toContain(`Ô ${SHEET}!B${oddRow} "${ODD_LABEL}" không khớp dòng nào của mẫu`);
    expect(run.stderr).toContain('không có dòng 5.4');
    expect(run.stderr).toContain('--confirm cach-ghi.json');
  });

  it('prints the mapping as JSON with --json: rows with codes and scores, columns with measures, the uncertain list', () => {
    const m = proposal;
    expect(m.confirmed).toBe(false);
    expect(m.sheet).toBe(SHEET);
    expect(m.rows.find((r) => r.excelRow === excelRowOf('1.1'))).toMatchObject({ code: '1.1', score: expect.any(Number) });
    expect(m.rows.find((r) => r.excelRow === oddRow)).toMatchObject({ code: null, label: ODD_LABEL });
    expect(m.columns.filter((c) => c.measure).map((c) => [c.letter, c.measure])).toEqual([
      [COUNT_COL, 'count'],
      [PEOPLE_COL, 'people'],
    ]);
    expect(m.uncertain.map((u) => [u.kind, u.excelRow ?? u.code])).toEqual([
      ['row', oddRow],
      ['missing-row', '5.4'],
    ]);
  });

  it('without confirmation, consolidate --template still writes the workbook but warns about each uncertain row and says how to confirm', async () => {
    const { run, json } = unconfirmed;
    expect(run.stderr).toContain('Cảnh báo: cách ghi số liệu vào mẫu của Sở "Biểu tổng hợp của Sở.xlsx" chưa được xác nhận');
    expect(run.stderr).toContain(`Ô ${SHEET}!B${oddRow} "${ODD_LABEL}" không khớp dòng nào của mẫu`);
    expect(run.stderr).toMatch(/mapping .*--confirm cach-ghi\.json/);
    expect(json.province).toMatchObject({ confirmed: false, uncertain: [expect.anything(), expect.anything()] });
    // The confident rows are written, the odd row is left for the specialist.
    expect(await cellNumber(json.outputs.xlsx, SHEET, `${COUNT_COL}${excelRowOf('5.3')}`)).toBe(json.totals['5.3'].count);
    expect(await cellNumber(json.outputs.xlsx, SHEET, `${COUNT_COL}${oddRow}`)).toBeNull();
  });

  it('reports the province formula cells it refused as warnings in the JSON findings and on stderr', () => {
    const { run, json } = unconfirmed;
    const skipped = json.findings.filter((f) => f.rule === 'province-cell-skipped');
    const total = excelRowOf('1.0');
    expect(skipped.map((f) => f.where).sort()).toEqual([`${SHEET}!${COUNT_COL}${total}`, `${SHEET}!${PEOPLE_COL}${total}`]);
    for (const f of skipped) {
      expect(f).toMatchObject({ unit: null, file: 'Biểu tổng hợp của Sở.xlsx', severity: 'warning' });
      expect(f.message).toMatch(/^Không ghi số (lớp\/số cuộc|người) của dòng 1\.0 \([\d.]+\) vào ô Biểu 01![DE]\d+: ô có công thức của tỉnh, không ghi đè\.$/);
    }
    expect(run.stderr).toContain(`Cảnh báo: Không ghi số người của dòng 1.0`);
    // The architecture's fields are all still there.
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['year', 'units', 'unidentified', 'totals', 'findings', 'outputs']));
  });

  it('stores a corrected mapping for that workbook, audited; consolidate --db then writes the row the machine could not place', async () => {
    const db = join(dir, 'kho-mapping', 'kho.sqlite');
    const file = join(dir, 'cach-ghi.json');
    writeFileSync(file, JSON.stringify(corrected(proposal), null, 2));

    const confirm = runCli(['mapping', form, '--db', db, '--confirm', file]);
    expect(confirm.status, confirm.stderr).toBe(0);
    expect(confirm.stderr).toContain('Đã lưu cách ghi vào mẫu "Biểu tổng hợp của Sở.xlsx" (người xác nhận: chuyên viên)');
    expect(confirm.stderr).toContain('Cách ghi đã được xác nhận');
    expect(confirm.stderr).not.toContain('Cần xác nhận');

    const again = proposed(db);
    expect(again.confirmed).toBe(true);
    expect(again.uncertain).toEqual([]);
    expect(again.rows.find((r) => r.excelRow === oddRow)).toMatchObject({ code: '5.4', score: 1, label: ODD_LABEL });

    const audit = auditRows(db).filter((a) => a.entity === 'province_mapping');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'chuyên viên', entity_id: again.fingerprint, reason: 'Xác nhận cách ghi vào mẫu của Sở', old_value: null });

    const { run, json } = consolidate('confirmed', ['--template', form, '--db', db]);
    expect(run.stderr).not.toContain('chưa được xác nhận');
    expect(json.province?.confirmed).toBe(true);
    expect(json.totals['5.4'].count).toBeGreaterThan(0);
    expect(await cellNumber(json.outputs.xlsx, SHEET, `${COUNT_COL}${oddRow}`)).toBe(json.totals['5.4'].count);
    expect(await cellNumber(json.outputs.xlsx, SHEET, `${PEOPLE_COL}${oddRow}`)).toBe(json.totals['5.4'].people);
  });

  it('records who confirmed with --by', () => {
    const db = join(dir, 'kho-by', 'kho.sqlite');
    const file = join(dir, 'cach-ghi-by.json');
    writeFileSync(file, JSON.stringify(corrected(proposal)));
    const run = runCli(['mapping', form, '--db', db, '--confirm', file, '--by', 'Nguyễn Thị Hoa']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('(người xác nhận: Nguyễn Thị Hoa)');
    expect(auditRows(db).map((a) => [a.entity, a.actor])).toEqual([['province_mapping', 'Nguyễn Thị Hoa']]);
  });

  it('refuses a mapping with an unknown row code or a row code used twice: exit 2, each problem named, nothing stored', () => {
    const db = join(dir, 'kho-bad', 'kho.sqlite');
    const m = proposal;
    const bad = {
      ...m,
      rows: m.rows.map((r) => (r.excelRow === oddRow ? { ...r, code: '5.44' } : r.excelRow === excelRowOf('5.5') ? { ...r, code: '5.3' } : r)),
    };
    const file = join(dir, 'sai.json');
    writeFileSync(file, JSON.stringify(bad));
    const run = runCli(['mapping', form, '--db', db, '--confirm', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Trang "${SHEET}", hàng ${oddRow}: mẫu "${defaultTemplate().name}" không có dòng "5.44".`);
    expect(run.stderr).toContain(`Dòng 5.3 được ghép với nhiều hàng (${excelRowOf('5.3')}, ${excelRowOf('5.5')})`);
    expect(tableCount(db, 'province_mappings')).toBe(0);
    expect(tableCount(db, 'audit')).toBe(0);
  });

  it('refuses a mapping made for another workbook, and a confirmation without a store', () => {
    const db = join(dir, 'kho-other', 'kho.sqlite');
    const file = join(dir, 'cua-tep-khac.json');
    writeFileSync(file, JSON.stringify(corrected(proposal)));
    const other = runCli(['mapping', plainForm, '--db', db, '--confirm', file]);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('được lập cho một tệp khác, hoặc tệp "bieu-so-2.xlsx" đã bị sửa sau đó');

    const noDb = runCli(['mapping', form, '--confirm', file]);
    expect(noDb.status).toBe(2);
    expect(noDb.stderr).toContain('Cần --db');
    expect(tableCount(db, 'province_mappings')).toBe(0);
  });
});
