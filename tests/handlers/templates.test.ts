import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Template } from '../../src-main/api/contract';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { readingForm } from '../e2e/reading-form';
import { libraryTemplate } from '../templates/library-template';
import { apiOver, ROUND_2023 } from './api';

let dir: string;
let api: ReturnType<typeof apiOver>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mau-bao-cao-'));
  api = apiOver({ shell: 'web', dbFile: join(dir, 'kho', 'kho.sqlite') });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('templates over the API, on a real store', () => {
  it('reads the office’s blank form into a template to review, with what was guessed per row; a file with no table is refused naming it', async () => {
    const form = join(dir, 'Biểu mẫu văn hóa đọc.xlsx');
    writeFileSync(form, await readingForm());
    const inferred = await api.ok('templates/infer', { file: form });
    const rows = inferred.template.rows;
    expect(rows.map((r) => r.label)).toContain('Tổng số buổi đọc sách, trong đó:');
    const total = rows.find((r) => r.label.startsWith('Tổng số buổi'))!;
    expect(total.measures).toEqual(['count', 'people']);
    const parts = rows.filter((r) => r.parent === total.code).map((r) => r.code);
    expect(parts).toHaveLength(3);
    expect(inferred.template.rules).toContainEqual({ type: 'sum', row: total.code, of: parts });
    expect(rows.find((r) => r.unit === 'đồng')).toMatchObject({ measures: ['value'], money: true });
    expect(inferred.rows).toHaveLength(rows.length);
    expect(inferred.rows[0].where).toMatch(/^Biểu mẫu!/);
    // What the reader inferred is a template the store takes as it is.
    expect(await api.ok('templates/validate', { template: inferred.template })).toEqual([]);

    const letter = join(dir, 'Công văn.txt');
    writeFileSync(letter, 'Kính gửi các trường: đề nghị nộp báo cáo trước ngày 15/10.');
    const refusal = await api.refused('templates/infer', { file: letter });
    expect(refusal.code).toBe('invalid-input');
    expect(refusal.message).toContain('Công văn.txt');
  });

  it('checks the editor’s template as it stands, naming the row of each problem', async () => {
    expect(await api.ok('templates/validate', { template: defaultTemplate() })).toEqual([]);
    const t = libraryTemplate();
    t.rows[3].code = '1.1';
    t.rows[4].measures = [];
    const problems = await api.ok('templates/validate', { template: t });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'rows.3.code', message: expect.stringContaining('Mã 1.1 dùng cho hai dòng') },
        { path: 'rows.4.measures', message: expect.stringContaining('Dòng thứ 5 (mã 2)') },
      ]),
    );
    // A template whose shape is wrong is described field by field, not refused.
    const broken = await api.ok('templates/validate', { template: { ...libraryTemplate(), rows: [{ ...t.rows[0], kind: 'tiêu đề' }] } as unknown as Template });
    expect(broken[0]).toMatchObject({ path: 'rows.0.kind' });
    expect((await api.refused('templates/validate', { template: 'mẫu' })).code).toBe('invalid-input');
  });

  it('saves a new template, changes it in place while no round uses it, then only as a new version', async () => {
    const saved = await api.ok('templates/save', { template: libraryTemplate(), by: 'Nguyễn Thị Hoa' });
    expect(saved).toMatchObject({ status: 'added', template: { id: 'thu-vien', version: '2024.1' } });
    const listed = await api.ok('templates/list', {});
    expect(listed.map((s) => `${s.id}@${s.version}`)).toEqual(['lich-tuan-le@2024.1', 'llw@2022.1', 'thu-vien@2024.1']);
    expect(listed.find((s) => s.id === 'thu-vien')).toMatchObject({ builtin: false, fileName: 'mau-thu-vien-2024.1.json' });

    const reworded = libraryTemplate();
    reworded.rows[3].label = 'Sách tham khảo, truyện thiếu nhi';
    expect((await api.ok('templates/save', { template: reworded })).status).toBe('updated');
    expect((await api.ok('templates/get', { templateId: 'thu-vien', version: '2024.1' })).rows[3].label).toBe('Sách tham khảo, truyện thiếu nhi');

    const round = await api.ok('rounds/create', { ...ROUND_2023, name: 'Thư viện 2024', templateId: 'thu-vien', templateVersion: '2024.1' });
    expect(round).toMatchObject({ templateId: 'thu-vien', templateVersion: '2024.1' });
    const again = libraryTemplate();
    again.rows.push({ code: '3', stt: '3', label: 'Số lượt bạn đọc', unit: 'lượt', kind: 'measured', measures: ['value'] });
    const refusal = await api.refused('templates/save', { template: again });
    expect(refusal.code).toBe('conflict');
    expect(refusal.message).toContain('Thư viện 2024');
    expect(refusal.fields?.[0].path).toBe('version');
    const next = await api.ok('templates/save', { template: again, asNewVersion: true });
    expect(next).toMatchObject({ status: 'added', template: { version: '2024.2' } });
    // The round keeps collecting with the version it was created with.
    expect((await api.ok('rounds/get', { roundId: round.id })).templateVersion).toBe('2024.1');
    expect((await api.ok('rounds/create', { ...ROUND_2023, name: 'Thư viện 2024 (bổ sung)', templateId: 'thu-vien' })).templateVersion).toBe('2024.2');
  });

  it('never changes the built-in template: an edit of it is a new version', async () => {
    const edited = structuredClone(defaultTemplate());
    edited.rows[1].label = 'Tổng số lớp, người tham gia, trong đó:';
    expect((await api.refused('templates/save', { template: edited })).code).toBe('conflict');
    expect((await api.ok('templates/save', { template: edited, asNewVersion: true })).template.version).toBe('2022.2');
  });

  it('exports a template as a file another office imports; a different form under the same version is refused', async () => {
    const file = join(dir, 'mau-thu-vien-2024.2.json');
    expect(await api.ok('templates/export', { templateId: 'thu-vien', version: '2024.2', file })).toEqual({ file });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'tonghop-baocao/mau', formatVersion: 1, template: { id: 'thu-vien', version: '2024.2' } });

    const other = apiOver({ shell: 'web', dbFile: join(dir, 'phong-khac', 'kho.sqlite') });
    expect(await other.ok('templates/import', { file, by: 'Trần Văn Nam' })).toMatchObject({ status: 'added', template: { version: '2024.2' } });
    expect((await other.ok('templates/get', { templateId: 'thu-vien', version: '2024.2' })).rows.at(-1)?.label).toBe('Số lượt bạn đọc');

    const changed = JSON.parse(readFileSync(file, 'utf8')) as { template: Template };
    changed.template.rows[1].label = 'Tổng số đầu sách';
    writeFileSync(file, JSON.stringify(changed));
    expect((await other.refused('templates/import', { file })).message).toContain('đã có trong kho với nội dung khác');
    writeFileSync(join(dir, 'hong.json'), '{ "format": "tonghop-baocao/mau", ');
    expect((await other.refused('templates/import', { file: join(dir, 'hong.json') })).message).toContain('hong.json');
    expect((await api.refused('templates/export', { templateId: 'thu-vien', version: '2030', file })).code).toBe('not-found');
  });

  it('compares two versions: the row added and the row reworded, with old and new wording', async () => {
    const diff = await api.ok('templates/compare', { before: { templateId: 'thu-vien', version: '2024.1' }, after: { templateId: 'thu-vien', version: '2024.2' } });
    expect(diff.added.map((r) => r.label)).toEqual(['Số lượt bạn đọc']);
    expect(diff.removed).toEqual([]);
    expect(diff.reworded.map((p) => [p.before.label, p.after.label])).toEqual([['Sách tham khảo, truyện thiếu nhi', 'Sách tham khảo']]);
    expect((await api.refused('templates/compare', { before: { templateId: 'thu-vien', version: '2024.1' }, after: { templateId: 'thu-vien', version: '1999' } })).message).toContain('có: 2024.1, 2024.2');
  });

  it('writes a fillable form for every unit of the registry, into a folder or as one zip', async () => {
    const request = { templateId: 'thu-vien', version: '2024.2' };
    expect((await api.refused('templates/forms', { ...request, file: join(dir, 'bieu-mau') })).message).toContain('Danh sách đơn vị còn trống');
    await api.ok('units/save', { unit: { code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', emails: ['c1lienchau@thanhoai.edu.vn'] } });
    await api.ok('units/save', { unit: { code: 'MN-HS', name: 'Trường Mầm non Hoa Sen', emails: [] } });
    const zipFile = join(dir, 'bieu-mau-thu-vien.zip');
    const zipped = await api.ok('templates/forms', { ...request, file: zipFile });
    expect(zipped.files.map((f) => f.fileName).sort()).toEqual(['bieu-mau-truong-mam-non-hoa-sen.xlsx', 'bieu-mau-truong-tieu-hoc-lien-chau.xlsx']);
    const zip = await JSZip.loadAsync(readFileSync(zipFile));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await zip.file('bieu-mau-truong-tieu-hoc-lien-chau.xlsx')!.async('nodebuffer')) as unknown as ExcelJS.Buffer);
    const text: string[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((c) => text.push(String(c.value))));
    expect(text.join(' ')).toContain('Trường Tiểu học Liên Châu');
    expect(text.join(' ')).toContain('Số lượt bạn đọc');
    const folder = join(dir, 'bieu-mau');
    await api.ok('templates/forms', { ...request, file: folder });
    expect(readdirSync(folder).sort()).toEqual(['bieu-mau-truong-mam-non-hoa-sen.xlsx', 'bieu-mau-truong-tieu-hoc-lien-chau.xlsx']);
  });

  it('sets a round against last year’s round of the same template, and says when there is none', async () => {
    const earlier = await api.ok('rounds/create', { ...ROUND_2023, name: 'Thư viện năm học 2022-2023', year: 2023, templateId: 'thu-vien', templateVersion: '2024.1' });
    const now = await api.ok('rounds/create', { ...ROUND_2023, name: 'Thư viện năm học 2023-2024', year: 2024, templateId: 'thu-vien' });
    const comparison = await api.ok('consolidation/last-year', { roundId: now.id });
    expect(comparison.lastYear).toMatchObject({ id: earlier.id, year: 2023 });
    expect(comparison.newRows).toEqual(['3']);
    // The rows both versions have, each with both years' totals (nothing accepted yet: the sum of no report).
    expect(comparison.figures.find((f) => f.code === '1.2')).toMatchObject({ lastYearCode: '1.2', by: 'code', measure: 'value', thisYear: 0, lastYear: 0 });
    expect(comparison.figures.map((f) => f.code)).toEqual(['1', '1.1', '1.2', '2']);
    expect((await api.ok('consolidation/last-year', { roundId: earlier.id })).lastYear).toBeNull();
  });
});
