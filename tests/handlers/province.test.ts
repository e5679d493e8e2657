import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsolidationView } from '../../src-main/api/contract';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { writeSampleInbox, type SampleInbox } from '../../scripts/sample/inbox';
import { apiOver, ROUND_2023 } from './api';
import { buildProvinceForm, excelRowOf, PEOPLE_COL, SHEET } from '../cli-office/province-form';

let dir: string;
let inbox: SampleInbox;
let form: string;
let api: ReturnType<typeof apiOver>;
let roundId: number;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mau-so-'));
  inbox = await writeSampleInbox(join(dir, 'nhan'), defaultTemplate(), { schools: 3, year: 2023 });
  form = join(dir, 'Biểu của Sở.xlsx');
  writeFileSync(form, await buildProvinceForm({ oddRow: true }));
  api = apiOver({ shell: 'web', dbFile: join(dir, 'kho', 'kho.sqlite') });
  roundId = (await api.ok('rounds/create', ROUND_2023)).id;
  await api.ok('units/import-registry', { file: inbox.registry });
  await api.job('jobs/import', { roundId, paths: [inbox.folder] });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the province's workbook, picked once", () => {
  it('is remembered for the round: the mapping is confirmed and the consolidation fills it without being given the file again', async () => {
    const proposed = await api.ok('province/propose-mapping', { roundId, file: form });
    expect(proposed.confirmedAt).toBeNull();
    rmSync(form);

    const remembered = await api.ok('province/propose-mapping', { roundId });
    expect(remembered.mapping.fingerprint).toBe(proposed.mapping.fingerprint);
    const oddRow = excelRowOf('5.4');
    const rows = remembered.mapping.rows.map((r) => (r.excelRow === oddRow ? { ...r, code: '5.4' } : r));
    const confirmed = await api.ok('province/confirm-mapping', { roundId, mapping: { ...remembered.mapping, rows }, by: 'Nguyễn Thị Hoa' });
    expect(confirmed.confirmedAt).toEqual(expect.any(String));

    const view = (await api.job('jobs/consolidate', { roundId })) as ConsolidationView;
    expect(view.outputs.map((o) => o.kind)).toEqual(['province-xlsx']);
    const xlsx = await api.ok('outputs/read', { outputId: view.outputs[0].id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const total = wb.getWorksheet(SHEET)!.getCell(`${PEOPLE_COL}${excelRowOf('1.0')}`).value;
    expect(total).toBe(view.totals['1.0'].people);

    const fresh = apiOver({ shell: 'web', dbFile: join(dir, 'khac', 'kho.sqlite') });
    const other = await fresh.ok('rounds/create', { name: 'Đợt khác', year: 2023, weekStart: '2023-10-02', weekEnd: '2023-10-08', deadline: '2023-10-18' });
    const none = await fresh.refused('province/propose-mapping', { roundId: other.id });
    expect(none).toMatchObject({ code: 'not-found' });
    expect(none.message).toContain('Chưa chọn mẫu của Sở');
  });
});
