import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfficeSettingsView, WorkbookMapping } from '../../src-main/api/contract';
import { dispatch, type HandlerContext } from '../../src-main/handlers';
import { discPng } from '../report/helpers';
import { auditRows } from './fixture';
import { ODD_LABEL, buildProvinceForm, excelRowOf } from './province-form';

let dir: string;
let ctx: HandlerContext;
let form: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'handlers-office-'));
  ctx = { shell: 'web', dbFile: join(dir, 'kho', 'kho.sqlite') };
  form = join(dir, 'Biểu của Sở.xlsx');
  writeFileSync(form, await buildProvinceForm({ oddRow: true }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ok<T>(channel: string, payload: unknown): Promise<T> {
  const res = await dispatch(channel, payload, ctx);
  if (!res.ok) throw new Error(`${channel}: ${res.error.message}`);
  return res.value as T;
}

async function refused(channel: string, payload: unknown): Promise<string> {
  const res = await dispatch(channel, payload, ctx);
  expect(res.ok, JSON.stringify(res)).toBe(false);
  return res.ok ? '' : res.error.message;
}

describe('settings/get and settings/set', () => {
  it('gives the defaults of a new store, then the stored settings with who changed them in the audit', async () => {
    const fresh = await ok<OfficeSettingsView>('settings/get', {});
    expect(fresh.settings.signer.name).toBe('(Chưa cấu hình người ký)');
    expect(fresh.defaults).toContain('signer.name');

    const seal = join(dir, 'con-dau.png');
    writeFileSync(seal, discPng(40, 40, [200, 0, 0]));
    const first = { officeName: 'Phòng GD&ĐT', place: 'Thanh Oai', signer: { name: 'Nguyễn Văn An' }, sealImage: seal };
    const saved = await ok<OfficeSettingsView>('settings/set', { settings: first, by: 'Nguyễn Thị Hoa' });
    expect(saved.settings).toMatchObject({ place: 'Thanh Oai', sealImage: seal, signer: { name: 'Nguyễn Văn An', prefix: 'KT.' } });
    expect(saved.defaults).toContain('signer.prefix');
    expect(saved.defaults).not.toContain('signer.name');
    expect(await ok<OfficeSettingsView>('settings/get', {})).toEqual(saved);

    await ok('settings/set', { settings: { place: 'Ứng Hòa' } });
    const audit = auditRows(ctx.dbFile).filter((a) => a.entity === 'setting');
    expect(audit.map((a) => a.actor)).toEqual(['Nguyễn Thị Hoa', 'chuyên viên']);
    expect(JSON.parse(audit[1].old_value!)).toEqual(first);
    expect(JSON.parse(audit[1].new_value!)).toEqual({ place: 'Ứng Hòa' });
  });

  it('refuses bad settings naming each field in Vietnamese, and leaves the stored ones as they were', async () => {
    const before = await ok<OfficeSettingsView>('settings/get', {});
    const error = await refused('settings/set', { settings: { signer: { name: '' }, margins: { top: 40 }, distribution: 'Lưu VT' } });
    expect(error).toMatch(/^Dữ liệu gửi kèm không hợp lệ: /);
    expect(error).toContain('Trường "settings.signer.name" (Họ tên người ký): không được để trống');
    expect(error).toContain('Trường "settings.margins.top" (Lề trên (mm)): phải từ 20 đến 25 mm');
    expect(error).toContain('Trường "settings.distribution" (Nơi nhận): phải là một danh sách [ … ]');

    const notPng = join(dir, 'chu-ky.png');
    writeFileSync(notPng, 'đây không phải ảnh');
    expect(await refused('settings/set', { settings: { signatureImage: notPng } })).toContain(`Ảnh chữ ký "${notPng}" không phải tệp PNG`);
    expect(await ok<OfficeSettingsView>('settings/get', {})).toEqual(before);
  });
});

describe('province/propose-mapping and province/confirm-mapping', () => {
  const oddRow = excelRowOf('5.4');

  it('proposes a mapping with the uncertain row, stores the corrected one, then gives it back as confirmed', async () => {
    const proposed = await ok<WorkbookMapping>('province/propose-mapping', { file: form });
    expect(proposed.confirmedAt).toBeNull();
    expect(proposed.mapping.uncertain).toContainEqual(expect.objectContaining({ kind: 'row', excelRow: oddRow }));

    const rows = proposed.mapping.rows.map((r) => (r.excelRow === oddRow ? { ...r, code: '5.4' } : r));
    const confirmed = await ok<WorkbookMapping>('province/confirm-mapping', { file: form, mapping: { ...proposed.mapping, rows }, by: 'Nguyễn Thị Hoa' });
    expect(confirmed.confirmedAt).toEqual(expect.any(String));
    expect(confirmed.mapping.uncertain).toEqual([]);

    const again = await ok<WorkbookMapping>('province/propose-mapping', { file: form });
    expect(again.confirmedAt).toBe(confirmed.confirmedAt);
    expect(again.mapping.rows.find((r) => r.excelRow === oddRow)).toMatchObject({ code: '5.4', label: ODD_LABEL, score: 1 });
    const audit = auditRows(ctx.dbFile).filter((a) => a.entity === 'province_mapping');
    expect(audit.at(-1)).toMatchObject({ actor: 'Nguyễn Thị Hoa', reason: 'Xác nhận cách ghi vào mẫu của Sở', entity_id: proposed.mapping.fingerprint });
  });

  it('refuses a measure given to two columns, a request without rows, and a workbook that is not there', async () => {
    const { mapping } = await ok<WorkbookMapping>('province/propose-mapping', { file: form });
    const columns = mapping.columns.map((c) => (c.letter === 'F' ? { ...c, measure: 'people' as const } : c));
    const before = auditRows(ctx.dbFile).length;
    expect(await refused('province/confirm-mapping', { file: form, mapping: { ...mapping, columns } })).toContain(
      'Có nhiều cột nhận số người (cột E, F của trang "Biểu 01"): chỉ chọn một cột.',
    );
    expect(await refused('province/confirm-mapping', { file: form, mapping: { columns } })).toContain('Trường "mapping.rows" (các hàng): còn thiếu, cần điền');
    expect(await refused('province/propose-mapping', { file: join(dir, 'khong-co.xlsx') })).toContain('Không mở được tệp mẫu của tỉnh');
    expect(auditRows(ctx.dbFile)).toHaveLength(before);
  });
});
