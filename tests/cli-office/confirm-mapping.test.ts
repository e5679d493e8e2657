import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmProvinceMapping, unmappedRows } from '../../src-main/core/province/confirm-mapping';
import { proposeProvinceMapping, type ProvinceMapping } from '../../src-main/core/render/province-workbook';
import { InvalidInput, readJsonInput } from '../../src-main/core/settings/validation';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { buildProvinceForm, excelRowOf } from './province-form';

let bytes: Buffer;
let proposal: ProvinceMapping;
beforeAll(async () => {
  bytes = await buildProvinceForm({ oddRow: true });
  proposal = await proposeProvinceMapping(bytes, 'bieu.xlsx', llw2022);
});

async function problems(data: unknown): Promise<string[]> {
  try {
    await confirmProvinceMapping(bytes, 'bieu.xlsx', llw2022, data);
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInput);
    return (e as InvalidInput).problems;
  }
  throw new Error('accepted');
}

describe('confirmProvinceMapping', () => {
  it('takes the rows and columns as the specialist left them, every row confirmed, nothing uncertain', async () => {
    const rows = proposal.rows.map((r) => (r.excelRow === excelRowOf('5.4') ? { excelRow: r.excelRow, code: '5.4' } : r));
    const m = await confirmProvinceMapping(bytes, 'bieu.xlsx', llw2022, { rows, columns: proposal.columns.map(({ excelCol, measure }) => ({ excelCol, measure })) });
    expect(m.uncertain).toEqual([]);
    expect(m.fingerprint).toBe(proposal.fingerprint);
    expect(m.rows.every((r) => r.score === 1)).toBe(true);
    // Labels and column letters come from the workbook when the specialist's file leaves them out.
    expect(m.rows.find((r) => r.code === '5.4')?.label).toBe(proposal.rows.find((r) => r.excelRow === excelRowOf('5.4'))?.label);
    expect(m.columns.map((c) => c.letter)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(unmappedRows(m, llw2022)).toEqual([]);
    expect(unmappedRows(proposal, llw2022).map((r) => r.code)).toEqual(['5.4']);
  });

  it('names the field and item of a value of the wrong kind, and a sheet the workbook does not have', async () => {
    const rows = proposal.rows.map((r, i) => (i === 2 ? { ...r, code: 12 } : r));
    expect(await problems({ ...proposal, rows })).toEqual(['Trường "rows.code" (mã dòng của mẫu, hoặc null), mục 3: phải là chữ (đặt trong dấu ngoặc kép)']);
    expect(await problems({ ...proposal, columns: [{ excelCol: 4, measure: 'nguoi' }] })).toEqual([
      `Cột D của trang "${proposal.sheet}": mẫu "${llw2022.name}" không có số liệu "nguoi" (có: "count", "people", "value").`,
    ]);
    expect((await problems({ ...proposal, columns: [{ excelCol: 4, measure: 'Người' }] }))[0]).toContain('Trường "columns.measure"');
    expect(await problems({ ...proposal, sheet: 'Biểu 09' })).toEqual(['Tệp "bieu.xlsx" không có trang "Biểu 09".']);
  });
});

describe('readJsonInput', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'json-input-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a missing file and broken JSON as input the person must fix', () => {
    const broken = join(dir, 'hong.json');
    writeFileSync(broken, '{"rows": [');
    expect(() => readJsonInput(broken, 'Tệp cách ghi hong.json')).toThrow(/^Tệp cách ghi hong\.json không dùng được:\n {2}- không phải JSON hợp lệ/);
    expect(() => readJsonInput(join(dir, 'khong-co.json'), 'Tệp cài đặt khong-co.json')).toThrow('không tìm thấy tệp');
  });
});
