import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Template } from '../../src-main/core/model/template';
import { consolidateAndStore } from '../../src-main/core/round/round-outputs';
import { createRound } from '../../src-main/core/round/rounds';
import { InvalidInput } from '../../src-main/core/settings/validation';
import { builtinTemplates } from '../../src-main/core/templates/builtins';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { nextVersion, saveTemplate, TemplateVersionInUse } from '../../src-main/core/templates/save-template';
import { findTemplate } from '../../src-main/core/templates/template-catalog';
import { importTemplateFile, parseTemplateData, templateFileText } from '../../src-main/core/templates/template-file';
import { validateTemplate } from '../../src-main/core/templates/validate-template';
import { libraryTemplate } from './library-template';
import { useTempStore } from './temp-store';

describe('validateTemplate', () => {
  it('accepts the built-in templates (one of fixed rows, one of a list only) and a well-formed one', () => {
    for (const builtin of builtinTemplates) expect(validateTemplate(builtin)).toEqual([]);
    expect(validateTemplate(libraryTemplate())).toEqual([]);
  });

  it('names each broken row, rule and list in Vietnamese', () => {
    const t = libraryTemplate({ id: ' ', version: '' });
    t.columns = [...t.columns.filter((c) => c.key !== 'label'), { key: 'stt', header: 'TT' }];
    t.rows[2] = { ...t.rows[2], code: '1.2' };
    t.rows[3] = { ...t.rows[3], label: '  ', parent: 'II' };
    t.rows[4] = { ...t.rows[4], measures: [] };
    t.rules = [
      { type: 'sum', row: '1', of: ['1', '1.9'] },
      { type: 'max-per-unit', row: '9.9', max: 1 },
    ];
    t.lists = [{ code: 'lich', title: 'Lịch hoạt động', columns: [{ key: 'ngay', header: 'Ngày', type: 'date' }, { key: 'ngay', header: 'Ngày', type: 'date' }], sortBy: ['gio'] }];
    const messages = validateTemplate(t).map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual([
      'id: Mẫu chưa có mã.',
      'version: Mẫu chưa có phiên bản.',
      'columns: Bảng của mẫu chưa có cột nội dung (cột "label").',
      'columns.3.key: Cột "stt" có hai lần trong bảng của mẫu.',
      'rows.3.code: Mã 1.2 dùng cho hai dòng: dòng thứ 3 và dòng thứ 4.',
      'rows.3.label: Dòng thứ 4 (mã 1.2) chưa có nội dung.',
      'rows.3.parent: Dòng thứ 4 (mã 1.2) nằm dưới dòng II, nhưng mẫu không có dòng mã II.',
      'rows.4.measures: Dòng thứ 5 (mã 2) là dòng có số liệu nhưng chưa chọn cột số nào.',
      'rules.0.of: Quy tắc "dòng 1 bằng tổng các dòng 1, 1.9" cộng cả chính dòng 1.',
      'rules.0.of: Quy tắc "dòng 1 bằng tổng các dòng 1, 1.9" cộng dòng 1.9, nhưng mẫu không có dòng mã 1.9.',
      'rules.1.row: Quy tắc "tối đa 1 cho mỗi đơn vị" nói về dòng 9.9, nhưng mẫu không có dòng mã 9.9.',
      'lists.0.columns.1.key: Bảng danh sách "Lịch hoạt động": cột "ngay" có hai lần.',
      'lists.0.sortBy: Bảng danh sách "Lịch hoạt động" sắp xếp theo cột "gio", nhưng bảng không có cột này.',
    ]);
  });

  it('finds sums that add up themselves through other sums, and parents in a circle', () => {
    const t = libraryTemplate();
    t.rules = [
      { type: 'sum', row: '1', of: ['1.1', '1.2'] },
      { type: 'sum', row: '1.1', of: ['1'] },
    ];
    t.rows[0] = { ...t.rows[0], parent: '1' };
    t.rows[1] = { ...t.rows[1], kind: 'heading', measures: [] };
    const messages = validateTemplate(t).map((p) => p.message);
    expect(messages).toContain('Các quy tắc tổng cộng vòng tròn: 1 → 1.1 → 1; một dòng không thể là tổng của chính nó.');
    expect(messages).toContain('Các dòng I, 1 nằm dưới nhau thành vòng tròn.');
    expect(messages).toContain('Quy tắc "dòng 1 bằng tổng các dòng 1.1, 1.2" nói về dòng 1, nhưng dòng này không có số liệu.');
  });
});

describe('nextVersion', () => {
  it('counts the last number up, past versions already taken', () => {
    expect(nextVersion('2022.1', ['2022.1'])).toBe('2022.2');
    expect(nextVersion('2022.1', ['2022.1', '2022.2'])).toBe('2022.3');
    expect(nextVersion('v9', [])).toBe('v10');
    expect(nextVersion('bản thử', [])).toBe('bản thử.2');
  });
});

describe('saving templates in a real store', () => {
  const t = useTempStore('mau-');

  it('adds, edits a version no round uses in place, and audits every save', () => {
    expect(saveTemplate(t.store, libraryTemplate(), 'Nguyễn Thị Hoa').status).toBe('added');
    const edited = libraryTemplate();
    edited.rows[3] = { ...edited.rows[3], label: 'Sách tham khảo, truyện thiếu nhi' };
    expect(saveTemplate(t.store, edited, 'Nguyễn Thị Hoa').status).toBe('updated');
    // The same content in another key order is the same template.
    const reordered = JSON.parse(JSON.stringify(edited, Object.keys(edited).reverse())) as Template;
    expect(saveTemplate(t.store, { ...reordered, ...edited }, 'Nguyễn Thị Hoa').status).toBe('unchanged');
    expect(t.store.templates.get('thu-vien', '2024.1')!.rows[3].label).toBe('Sách tham khảo, truyện thiếu nhi');
    const audit = t.store.audit.about('template', 'thu-vien@2024.1');
    expect(audit.map((a) => [a.actor, a.reason])).toEqual([
      ['Nguyễn Thị Hoa', 'Lưu mẫu báo cáo mới'],
      ['Nguyễn Thị Hoa', 'Sửa mẫu báo cáo'],
    ]);
    expect(JSON.parse(audit[1].oldValue!).rows[3].label).toBe('Sách tham khảo');
  });

  it('never changes a version a consolidated round collects with: refused, or saved as the next version', async () => {
    saveTemplate(t.store, libraryTemplate(), 'chuyên viên');
    const round = createRound(t.store, findTemplate(t.store, 'thu-vien'), { year: 2024, name: 'Thư viện năm học 2023-2024' }, 'chuyên viên');
    await consolidateAndStore(t.store, round.id, { by: 'chuyên viên' });
    const edited = libraryTemplate();
    edited.rows.push({ code: '3', stt: '3', label: 'Số bạn đọc', unit: 'người', kind: 'measured', measures: ['value'] });
    let refused: unknown;
    try {
      saveTemplate(t.store, edited, 'chuyên viên');
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(TemplateVersionInUse);
    expect((refused as Error).message).toContain('đang được dùng cho 1 đợt báo cáo: "Thư viện năm học 2023-2024" (đã tổng hợp)');
    expect((refused as TemplateVersionInUse).nextVersion).toBe('2024.2');
    expect(t.store.templates.get('thu-vien', '2024.1')!.rows).toHaveLength(5);

    const saved = saveTemplate(t.store, edited, 'chuyên viên', { asNewVersion: true });
    expect(saved).toMatchObject({ status: 'added', template: { version: '2024.2' } });
    expect(t.store.templates.get('thu-vien', '2024.1')!.rows).toHaveLength(5);
    expect(t.store.templates.get('thu-vien', '2024.2')!.rows).toHaveLength(6);
    expect(findTemplate(t.store, 'thu-vien').version).toBe('2024.2');
    expect(t.store.rounds.get(round.id)!.templateVersion).toBe('2024.1');
  });

  it('keeps built-in templates read-only', () => {
    const changed = { ...llw2022, name: 'Mẫu đã sửa' };
    expect(() => saveTemplate(t.store, changed, 'chuyên viên')).toThrow(/là mẫu có sẵn của ứng dụng, không sửa được; .*phiên bản mới, ví dụ 2022\.2/);
    expect(saveTemplate(t.store, changed, 'chuyên viên', { asNewVersion: true }).template.version).toBe('2022.2');
    expect(findTemplate(t.store, 'llw', '2022.1').name).toBe(llw2022.name);
  });

  it('refuses an invalid template with every problem, storing nothing', () => {
    const broken = libraryTemplate();
    broken.rules = [{ type: 'sum', row: '1', of: ['1.1', '1.7'] }];
    expect(() => saveTemplate(t.store, broken, 'chuyên viên')).toThrow(/cộng dòng 1\.7, nhưng mẫu không có dòng mã 1\.7/);
    expect(t.store.templates.versionsOf('thu-vien')).toEqual([]);
  });
});

describe('template files shared between offices', () => {
  const t = useTempStore('mau-tep-');

  it('exports and imports the same template; a bare template (infer --json) is accepted too', () => {
    const file = join(t.dir, 'mau-thu-vien.json');
    writeFileSync(file, templateFileText(libraryTemplate()));
    expect(importTemplateFile(t.store, file, 'Phòng GD&ĐT Thanh Oai').status).toBe('added');
    expect(t.store.templates.get('thu-vien', '2024.1')).toEqual(libraryTemplate());
    expect(importTemplateFile(t.store, file, 'Phòng GD&ĐT Thanh Oai').status).toBe('unchanged');
    expect(parseTemplateData({ template: libraryTemplate(), outline: [] }, 'infer.json')).toEqual(libraryTemplate());
    expect(parseTemplateData(libraryTemplate(), 'mau.json')).toEqual(libraryTemplate());
    expect(t.store.audit.about('template', 'thu-vien@2024.1')[0].reason).toBe('Nhập mẫu từ tệp mau-thu-vien.json');
  });

  it('refuses the same id and version with other content, unless asked to make it a new version', () => {
    saveTemplate(t.store, libraryTemplate(), 'chuyên viên');
    const other = libraryTemplate({ name: 'Báo cáo thư viện (bản của Sở)' });
    const file = join(t.dir, 'mau-so.json');
    writeFileSync(file, templateFileText(other));
    expect(() => importTemplateFile(t.store, file, 'chuyên viên')).toThrow(/phiên bản 2024\.1[^]*đã có trong kho với nội dung khác; mẫu đã sửa cần lưu thành phiên bản mới, ví dụ 2024\.2/);
    expect(importTemplateFile(t.store, file, 'chuyên viên', { asNewVersion: true }).template).toMatchObject({ version: '2024.2', name: 'Báo cáo thư viện (bản của Sở)' });
  });

  it('names the file and the field of a wrong file', () => {
    const problems = (data: unknown) => {
      try {
        parseTemplateData(data, 'mau-sai.json');
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidInput);
        return (e as InvalidInput).problems;
      }
      throw new Error('accepted');
    };
    const broken = libraryTemplate() as unknown as { rows: Array<Record<string, unknown>> };
    broken.rows[1].kind = 'số';
    broken.rows[2].lable = 'Sách giáo khoa';
    expect(problems({ format: 'tonghop-baocao/mau', formatVersion: 1, template: broken })).toEqual([
      'Trường "rows.kind" (loại dòng: "heading", "measured" hoặc "text"), mục 2: phải là một trong: "heading", "measured", "text"',
      'Trường "rows" (các dòng), mục 3: có trường không dùng đến: "lable" (gõ sai tên?)',
    ]);
    expect(problems({ format: 'khac', template: libraryTemplate() })[0]).toContain('Trường "format" là "khac"');
    expect(problems({ format: 'tonghop-baocao/mau', formatVersion: 7, template: libraryTemplate() })[0]).toContain('phiên bản 7');
    expect(problems([1, 2])[0]).toContain('Nội dung phải là một mẫu báo cáo');
  });
});
