import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src-main/core/model/source';
import type { OutlineSection, Template } from '../../src-main/core/model/template';
import { readDocx } from '../../src-main/core/readers/docx-reader';
import { readXlsx } from '../../src-main/core/readers/xlsx-reader';
import { inferTemplate, TemplateInferenceError } from '../../src-main/core/template-infer';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { p, docxOf } from '../docx/build-docx';
import { breakdownForm, indentedForm, indentedWordForm, llwForm, llwGuideline, midYearForm, putRows, romanForm, staffForm, subtotalForm, twoColumnForm, wordForm, xlsxBytes, type Value } from './forms';

const xlsx = async (bytes: Promise<Buffer>, name = 'mau.xlsx'): Promise<SourceDocument> => readXlsx(await bytes, name);

/** What a reviewer checks of each row: code, label, unit, kind, measures, parent, money. */
function shape(t: Template) {
  return t.rows.map((r) => ({ code: r.code, label: r.label, unit: r.unit, kind: r.kind, measures: r.measures, parent: r.parent, money: !!r.money }));
}

function sums(t: Template): Array<[string, string[]]> {
  return t.rules.flatMap((r) => (r.type === 'sum' ? [[r.row, r.of] as [string, string[]]] : []));
}

describe('the Lifelong Learning Week form gives back the built-in template', () => {
  it('blank: every row, parent, measure and rule as in llw-2022', async () => {
    const inferred = inferTemplate(await xlsx(llwForm(), 'Mau tong hop Tuan le.xlsx'));
    const t = inferred.template;
    expect(shape(t)).toEqual(shape(llw2022));
    expect(t.rows.map((r) => r.stt)).toEqual(llw2022.rows.map((r) => r.stt));
    expect(sums(t)).toEqual([['1.0', llw2022.rules.flatMap((r) => (r.type === 'sum' ? r.of : []))]]);
    expect(t.rules).toContainEqual({ type: 'people-vs-count' });
    expect(t.rules).toContainEqual({ type: 'max-per-unit', row: '7.2', max: 1, level: 'school' });
    expect(t.rules).toContainEqual({ type: 'district-only', row: '7.1' });
    // "Tập thể" counted in "đơn vị" is not one per school.
    expect(t.rules.filter((r) => r.type === 'max-per-unit')).toHaveLength(1);
    expect(t.name).toBe('MẪU TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ');
    expect(t.columns.map((c) => [c.key, c.header, c.group])).toEqual([
      ['stt', 'STT', undefined],
      ['label', 'Các hoạt động', undefined],
      ['unit', 'Đơn vị', undefined],
      ['count', 'Số lớp/số cuộc thi', 'Số lượng'],
      ['people', 'Người', 'Số lượng'],
      ['note', 'Ghi chú', undefined],
    ]);
    // The note and the signatures under the table are not rows.
    expect(t.rows.some((r) => /Người lập biểu|Ghi chú|HIỆU TRƯỞNG|ngày/.test(r.label))).toBe(false);
    const oneZero = inferred.rows.find((r) => r.code === '1.0')!;
    expect(oneZero.where).toBe('Biểu mẫu!B11');
    expect(oneZero.notes.join('; ')).toContain('là tổng của các hàng 1.1–1.14');
    expect(inferred.rows.find((r) => r.code === '1.1')!.notes).toContain('đoán số đo từ cột Đơn vị tính ("lớp/người")');
    expect(inferred.rows.find((r) => r.code === '11')!.confidence).toBe('low');
  });

  it('filled by a school: the same template, numbers do not change it', async () => {
    const numbers = new Map<string, [Value, Value]>([
      ['1.0', [3, 150]], ['1.1', [1, 50]], ['1.2', [2, 100]], ['2', [12, null]], ['3', ['40', null]],
      ['7.2', [1, null]], ['10.1', ['1.500.000', null]], ['11', ['Không có', null]],
    ]);
    const t = inferTemplate(await xlsx(llwForm(numbers))).template;
    expect(shape(t)).toEqual(shape(llw2022));
    expect(sums(t)).toHaveLength(1);
  });
});

describe('other layouts', () => {
  it('Roman-numeral sections, one measure, a), b) rows under a "trong đó" total, money in triệu đồng', async () => {
    const inferred = inferTemplate(await xlsx(romanForm()));
    const t = inferred.template;
    expect(t.rows.map((r) => [r.code, r.stt, r.kind, r.parent, r.measures.join('+')])).toEqual([
      ['1', 'I', 'heading', undefined, ''],
      ['1.1', '1', 'measured', '1', 'value'],
      ['1.2', '2', 'measured', '1', 'value'],
      ['1.3', '3', 'measured', '1', 'value'],
      ['2', 'II', 'heading', undefined, ''],
      ['2.1', '1', 'measured', '2', 'value'],
      ['2.1.1', 'a', 'measured', '2.1', 'value'],
      ['2.1.2', 'b', 'measured', '2.1', 'value'],
      ['2.1.3', 'c', 'measured', '2.1', 'value'],
      ['2.2', '2', 'measured', '2', 'value'],
    ]);
    expect(sums(t)).toEqual([['2.1', ['2.1.1', '2.1.2', '2.1.3']]]);
    expect(t.rows.find((r) => r.code === '2.2')!.money).toBe(true);
    expect(t.rules).toContainEqual({ type: 'max-per-unit', row: '1.3', max: 1, level: 'school' });
    expect(t.rules).not.toContainEqual({ type: 'people-vs-count' });
    expect(t.columns.map((c) => c.key)).toEqual(['stt', 'label', 'unit', 'value', 'note']);
  });

  it('NFD text reads as the same template, labels in NFC', async () => {
    const nfc = inferTemplate(await xlsx(romanForm())).template;
    const nfd = inferTemplate(await xlsx(romanForm({ nfd: true }))).template;
    expect(nfd.rows).toEqual(nfc.rows);
    expect(nfd.rules).toEqual(nfc.rules);
    expect(nfd.rows[5].label).toBe('Tổng số cán bộ, giáo viên, nhân viên, trong đó:'.normalize('NFC'));
  });

  it('"Số lớp | Số người" under a merged "Số lượng", no unit column, "Tổng cộng" at the bottom', async () => {
    const t = inferTemplate(await xlsx(twoColumnForm())).template;
    expect(t.rows.map((r) => [r.code, r.label, r.parent, r.measures.join('+')])).toEqual([
      ['1', 'Lớp tin học cho người lớn tuổi', undefined, 'count+people'],
      ['2', 'Lớp ngoại ngữ tại trung tâm học tập cộng đồng', undefined, 'count+people'],
      ['3', 'Câu lạc bộ đọc sách', undefined, 'count+people'],
      ['0', 'Tổng cộng', undefined, 'count+people'],
    ]);
    expect(sums(t)).toEqual([['0', ['1', '2', '3']]]);
    expect(t.rules).toContainEqual({ type: 'people-vs-count' });
    expect(t.columns.filter((c) => c.group).map((c) => [c.key, c.header, c.group])).toEqual([
      ['count', 'Số lớp', 'Số lượng'],
      ['people', 'Số người', 'Số lượng'],
    ]);
  });

  it('hierarchy by indentation only (Excel indent and leading spaces); a partial breakdown is no sum', async () => {
    const t = inferTemplate(await xlsx(indentedForm())).template;
    expect(t.rows.map((r) => [r.code, r.label, r.kind, r.parent])).toEqual([
      ['1', 'Cán bộ, giáo viên, nhân viên', 'heading', undefined],
      ['1.1', 'Cán bộ quản lý', 'measured', '1'],
      ['1.2', 'Giáo viên', 'measured', '1'],
      ['1.2.1', 'Giáo viên đạt chuẩn trình độ đào tạo', 'measured', '1.2'],
      ['1.3', 'Nhân viên', 'measured', '1'],
      ['2', 'Học sinh', 'heading', undefined],
      ['2.1', 'Học sinh nữ', 'measured', '2'],
      ['2.2', 'Học sinh dân tộc thiểu số', 'measured', '2'],
    ]);
    expect(sums(t)).toEqual([]);
  });

  it('a mid-year enrolment summary: Số trường / Số lớp / Số học sinh by school level, title above, signatures below', async () => {
    for (const filled of [false, true]) {
      const inferred = inferTemplate(await xlsx(midYearForm(filled), 'Thong ke giua nam.xlsx'));
      const t = inferred.template;
      expect(t.name).toBe('BÁO CÁO THỐNG KÊ SỐ LIỆU GIỮA NĂM HỌC 2023-2024');
      expect(t.id).toBe('thong-ke-giua-nam');
      expect(t.columns.map((c) => [c.key, c.header])).toEqual([
        ['stt', 'TT'], ['label', 'Cấp học'], ['so-truong', 'Số trường'], ['count', 'Số lớp'], ['people', 'Số học sinh'], ['note', 'Ghi chú'],
      ]);
      expect(t.rows.map((r) => [r.code, r.label, r.kind, r.measures.join('+')])).toEqual([
        ['1', 'Mầm non', 'measured', 'so-truong+count+people'],
        ['2', 'Tiểu học', 'measured', 'so-truong+count+people'],
        ['3', 'Trung học cơ sở', 'measured', 'so-truong+count+people'],
        ['4', 'Trường liên cấp TH&THCS', 'measured', 'so-truong+count+people'],
        ['0', 'Tổng cộng', 'measured', 'so-truong+count+people'],
      ]);
      expect(sums(t)).toEqual([['0', ['1', '2', '3', '4']]]);
      expect(inferred.notes.join(' ')).toContain('Mẫu không có cột Đơn vị tính');
    }
  });

  it('"Cộng" closing each section and "Tổng cộng" over the sections: totals of totals', async () => {
    const t = inferTemplate(await xlsx(subtotalForm())).template;
    expect(t.rows.map((r) => `${r.code} ${r.label} ↑${r.parent ?? ''} (${r.kind})`)).toEqual([
      '1 Công lập ↑ (heading)', '1.1 Mầm non ↑1 (measured)', '1.2 Tiểu học ↑1 (measured)', '1.0 Cộng ↑1 (measured)',
      '2 Ngoài công lập ↑ (heading)', '2.1 Mầm non ↑2 (measured)', '2.2 Tiểu học ↑2 (measured)', '2.0 Cộng ↑2 (measured)',
      '0 Tổng cộng ↑ (measured)',
    ]);
    expect(sums(t)).toEqual([['1.0', ['1.1', '1.2']], ['2.0', ['2.1', '2.2']], ['0', ['1.0', '2.0']]]);
    expect(t.rows[8].measures).toEqual(['so-truong', 'count', 'people']);
  });

  it('an official statistics form: the "Mã số" column is no measure, "Nữ"/"Dân tộc" get no people ≥ count rule, a % row is flagged', async () => {
    const inferred = inferTemplate(await xlsx(staffForm()));
    const t = inferred.template;
    expect(t.columns.map((c) => `${c.key}:${c.header}`)).toEqual(['label:Chỉ tiêu', 'unit:Đơn vị tính', 'tong-so:Tổng số', 'nu:Nữ', 'dan-toc:Dân tộc']);
    expect(t.rows.map((r) => `${r.code} ${r.label} ${r.measures.join('+')}`)).toEqual([
      '1 Tổng số giáo viên tong-so+nu+dan-toc',
      '1.1 Giáo viên mầm non tong-so+nu+dan-toc',
      '1.2 Giáo viên tiểu học tong-so+nu+dan-toc',
      '2 Tỷ lệ giáo viên đạt chuẩn tong-so+nu+dan-toc',
    ]);
    expect(sums(t)).toEqual([['1', ['1.1', '1.2']]]);
    expect(t.rules).not.toContainEqual({ type: 'people-vs-count' });
    expect(inferred.notes.join(' ')).toContain('Cột số riêng của mẫu, khớp theo tiêu đề: "Tổng số" (mã tong-so), "Nữ" (mã nu), "Dân tộc" (mã dan-toc)');
    expect(inferred.rows[3]).toMatchObject({ confidence: 'low' });
    expect(inferred.rows[3].notes.join(' ')).toContain('tỷ lệ');
  });

  it('"Trong đó:" on its own row: the parts beside the total, up to the first row counting something else; a second table is left out', async () => {
    const t = inferTemplate(await xlsx(breakdownForm())).template;
    expect(t.rows.map((r) => `${r.code} ${r.label} ↑${r.parent ?? ''}`)).toEqual([
      '1 Học sinh ↑', '1.0 Tổng số học sinh ↑1', '1.1 Học sinh nữ ↑1', '1.2 Học sinh dân tộc thiểu số ↑1', '1.3 Số lớp ↑1', '1.4 Số phòng học ↑1',
    ]);
    expect(sums(t)).toEqual([['1.0', ['1.1', '1.2']]]);
  });

  it('a header with no label heading: the column of words is the label; "Số …" without a unit is still a number row', async () => {
    const bytes = xlsxBytes((ws) => {
      putRows(ws, 1, [['STT', null, 'ĐVT', 'Số lượng', 'Ghi chú'], [1, 'Số máy chiếu', null], [2, 'Phòng máy tính', 'phòng'], [3, 'Các nội dung khác', null]]);
    });
    const inferred = inferTemplate(await xlsx(bytes));
    expect(inferred.template.rows.map((r) => `${r.code} ${r.label} (${r.kind})`)).toEqual([
      '1 Số máy chiếu (measured)', '2 Phòng máy tính (measured)', '3 Các nội dung khác (text)',
    ]);
    expect(inferred.rows[0].notes[0]).toContain('tên hàng là "Số …"');
  });

  it('a filled form: a heading whose numbers are its rows\' sum becomes their total', async () => {
    const numbers: Value[] = [null, 30, 4, 1, null, 60, 5, 50, 5, 120];
    const t = inferTemplate(await xlsx(romanForm({ numbers }))).template;
    expect(sums(t)).toEqual([['2.1', ['2.1.1', '2.1.2', '2.1.3']]]);
    expect(t.rows.filter((r) => r.kind === 'heading').map((r) => r.code)).toEqual(['1', '2']);
  });
});

describe('Word forms and guidelines', () => {
  it('a Word table form: rows, a "trong đó" total over "-" rows, money; the outline from the guideline', async () => {
    const doc = await readDocx(await wordForm(), 'Huong dan bao cao thu vien.docx');
    const inferred = inferTemplate(doc);
    const t = inferred.template;
    expect(t.rows.map((r) => `${r.code} ${r.label} [${r.unit}] ↑${r.parent ?? ''} ${r.measures.join('+')}`)).toEqual([
      '1 Tổng số bản sách, trong đó: [bản] ↑ value',
      '1.1 Sách giáo khoa [bản] ↑1 value',
      '1.2 Sách tham khảo [bản] ↑1 value',
      '1.3 Sách thiếu nhi [bản] ↑1 value',
      '2 Số lượt bạn đọc [lượt] ↑ value',
      '3 Kinh phí bổ sung sách [đồng] ↑ value',
    ]);
    expect(sums(t)).toEqual([['1', ['1.1', '1.2', '1.3']]]);
    expect(t.rows[5].money).toBe(true);
    expect(t.outline).toEqual([
      {
        code: 'I',
        title: 'KẾT QUẢ THỰC HIỆN',
        children: [
          { code: 'I.1', title: 'Công tác phát triển văn hóa đọc' },
          { code: 'I.2', title: 'Bảng số liệu thư viện', holdsTable: true },
        ],
      },
      { code: 'II', title: 'ĐÁNH GIÁ CHUNG', children: [{ code: 'II.1', title: 'Ưu điểm' }, { code: 'II.2', title: 'Hạn chế, nguyên nhân' }] },
      { code: 'III', title: 'ĐỀ XUẤT, KIẾN NGHỊ' },
    ]);
    expect(inferred.table.name).toBe('Bảng 1');
  });

  it('a Word table with sub-rows indented only, bold headings, a remarks column that is no measure', async () => {
    const inferred = inferTemplate(await readDocx(await indentedWordForm(), 'Thong ke hoc sinh.docx'));
    const t = inferred.template;
    expect(t.columns.map((c) => `${c.key}:${c.header}`)).toEqual(['label:Nội dung', 'unit:Đơn vị tính', 'value:Số HS', 'note:Nhận xét']);
    expect(t.rows.map((r) => `${r.code} ${r.label} ↑${r.parent ?? ''} (${r.kind})`)).toEqual([
      '1 Học sinh toàn trường ↑ (measured)',
      '1.1 Học sinh khuyết tật ↑1 (measured)',
      '1.2 Học sinh có hoàn cảnh khó khăn ↑1 (measured)',
      '2 Hoạt động ngoại khóa ↑ (heading)',
      '2.1 Số buổi ngoại khóa ↑2 (measured)',
      '2.2 Số học sinh tham gia ↑2 (measured)',
    ]);
    // "Học sinh khuyết tật" is part of the school's pupils, not a breakdown into parts that add up.
    expect(sums(t)).toEqual([]);
    expect(inferred.rows[1].notes).toContain('thuộc hàng 1 (theo thụt lề)');
  });

  it('the province\'s guideline: the built-in outline (II.5 holds the table) and the built-in rows from its Word table', async () => {
    const t = inferTemplate(await readDocx(await llwGuideline(), 'De cuong bao cao Tuan le.docx')).template;
    const withoutAliases = (sections: OutlineSection[]): OutlineSection[] =>
      sections.map(({ code, title, children, holdsTable }) => ({
        code, title: title.replace(/ \(.*$/, ''), ...(children ? { children: withoutAliases(children) } : {}), ...(holdsTable ? { holdsTable } : {}),
      }));
    expect(t.outline).toEqual(withoutAliases(llw2022.outline));
    expect(shape(t)).toEqual(shape(llw2022));
    expect(sums(t)).toHaveLength(1);
    expect(t.name).toBe('MẪU TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ');
  });

  it('a document without a statistics table: a Vietnamese error naming the file', async () => {
    const doc = await readDocx(await docxOf([p('BÁO CÁO', { bold: true }), p('I. KẾT QUẢ'), p('Nhà trường đã tổ chức các hoạt động.')]), 'Bao cao truong.docx');
    expect(() => inferTemplate(doc)).toThrow(TemplateInferenceError);
    expect(() => inferTemplate(doc)).toThrow(/Không tìm thấy bảng số liệu trong tệp Bao cao truong\.docx/);
  });
});
