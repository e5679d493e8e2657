import { describe, expect, it } from 'vitest';
import { extractFigures, figuresOf } from '../../src-main/core/extract';
import { checkTable } from '../../src-main/core/checks/table-checks';
import type { Extraction } from '../../src-main/core/model/extraction';
import type { Template } from '../../src-main/core/model/template';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { HEADER, OFFICIAL_ROWS, SCHOOL, formRows, officialForm, type Filled } from './official-form';
import { placeAt, sheet, wordDocument, wordTable, workbook, type GridCell } from './source-builder';

function extract(grid: GridCell[][], fileName = 'TH Liên Châu.xlsx') {
  return extractFigures(workbook(fileName, sheet(grid)), llw2022);
}

function ok(grid: GridCell[][]): Extraction {
  const { extraction, findings } = extract(grid);
  expect(findings).toEqual([]);
  expect(extraction).not.toBeNull();
  return extraction!;
}

/** Row number of a template row in the official form (two header rows first). */
function line(code: string, headerRows = HEADER.length): number {
  return headerRows + OFFICIAL_ROWS.findIndex(([c]) => c === code) + 1;
}

const measuredCodes = llw2022.rows.filter((r) => r.kind === 'measured').map((r) => r.code);

describe('extractFigures: finding the table', () => {
  it('reads a clean form: every row, every number with its cell', () => {
    const x = ok(officialForm());
    expect(Object.keys(x.rowsFound).sort()).toEqual(llw2022.rows.map((r) => r.code).sort());
    const f = figuresOf(x);
    expect(f['1.0']).toEqual({ count: 5, people: 180 });
    expect(f['5.4']).toEqual({ count: 1, people: 200 });
    expect(f['4.3']).toEqual({ value: 320 });
    expect(f['10.1']).toEqual({ value: 1_500_000 });
    expect(f['1.1']).toEqual({ count: 0, people: 0 });
    expect(x.values.find((v) => v.row === '10.1')).toMatchObject({ where: `Sheet1!D${line('10.1')}`, raw: '1.500.000' });
    expect(x.texts['11']).toBe('Tổ chức Ngày hội đọc sách');
    expect(x.texts['5.4']).toBe('Thi kể chuyện theo sách');
    expect(checkTable(x, llw2022)).toEqual([]);
  });

  it('finds the form starting at D5 below title rows, and keeps the real cell addresses', () => {
    const grid = placeAt(
      [['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO'], [null, 'MẪU TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ'], [], ...officialForm()],
      'D5',
    );
    const x = ok(grid);
    expect(x.rowsFound['1.0']).toBe(`Sheet1!E${4 + 3 + line('1.0')}`);
    expect(x.values.find((v) => v.row === '1.0' && v.measure === 'people')?.where).toBe(`Sheet1!H${4 + 3 + line('1.0')}`);
    expect(figuresOf(x)['9.2']).toEqual({ value: 3 });
  });

  it('reads labels written in NFD', () => {
    const grid = officialForm().map((row) => row.map((c) => (typeof c === 'string' ? c.normalize('NFD') : c)));
    const x = ok(grid);
    expect(Object.keys(x.rowsFound)).toHaveLength(llw2022.rows.length);
    expect(figuresOf(x)['1.9']).toEqual({ count: 3, people: 60 });
  });

  it('reads a rewritten form: abbreviations, capitals, no diacritics, typos, own numbering, sub-rows without STT', () => {
    const rewritten: Array<[string, string, string, string]> = OFFICIAL_ROWS.map(([code, stt, label, unit]) => {
      const own: Record<string, [string, string]> = {
        '1': ['I', 'CÁC LỚP BỒI DƯỠNG, TẬP HUẤN TRONG TUẦN LỄ'],
        '1.0': ['', 'Tổng số'],
        '1.7': ['1.7', 'GD KNS cho HS'],
        '1.9': ['1.9', 'BDTX cho GV'],
        '1.12': ['-', 'PCGD THCS'],
        '4.3': ['c', 'So sach da huy dong tang cac truong hoc, thu vien'],
        '5.2': ['', 'Trưng bày, triển lãm sách báo, tư liệu'],
        '6.1': ['+', 'Hoạt động TDTT'],
        '10.2': ['', 'Kinh phí hỗ trợ, huy động từ các nguồn hợp pháp khác'],
      };
      const [s, l] = own[code] ?? [stt, label];
      return [code, s, l, unit];
    });
    const x = ok([...HEADER, ...formRows(SCHOOL, rewritten)]);
    expect(Object.keys(x.rowsFound)).toHaveLength(llw2022.rows.length);
    const f = figuresOf(x);
    expect(f['1.7']).toEqual({ count: 2, people: 120 });
    expect(f['1.9']).toEqual({ count: 3, people: 60 });
    expect(f['4.3']).toEqual({ value: 320 });
  });

  it('reads columns in another order, with extra columns, by their headers', () => {
    // Ghi chú | Nội dung | Người | Số lớp | ĐVT | TT | Tỷ lệ %
    const header: GridCell[][] = [['Ghi chú', 'Nội dung', 'Số người', 'Số lớp/số cuộc', 'ĐVT', 'TT', 'Tỷ lệ %']];
    const body = formRows(SCHOOL).map(([stt, label, unit, a, b, note]) => [note, label, b, a, unit, stt, '']);
    const x = ok([...header, ...body]);
    const f = figuresOf(x);
    expect(f['1.0']).toEqual({ count: 5, people: 180 });
    expect(f['2']).toEqual({ value: 4 });
    expect(x.values.find((v) => v.row === '1.0' && v.measure === 'count')?.where).toBe(`Sheet1!D${line('1.0', 1)}`);
    expect(x.texts['11']).toBe('Tổ chức Ngày hội đọc sách');
  });

  it('skips an unrelated table before the real one', () => {
    const staff: GridCell[][] = [
      ['STT', 'Họ và tên', 'Chức vụ', 'Ghi chú'],
      ['1', 'Nguyễn Văn A', 'Hiệu trưởng', ''],
      ['2', 'Trần Thị B', 'Giáo viên', ''],
    ];
    const doc = wordDocument('bao cao.docx', wordTable(staff, 1), wordTable(officialForm(), 2));
    const { extraction, findings } = extractFigures(doc, llw2022);
    expect(findings).toEqual([]);
    expect(extraction?.table).toBe('Bảng 2');
    expect(extraction?.values.find((v) => v.row === '4.2')?.where).toBe(`bảng 2, hàng ${line('4.2')}, cột 4`);
  });

  it('joins a Word table split by a page break (second part without header)', () => {
    const rows = officialForm();
    const split = rows.findIndex((r) => r[1] === 'Tổ chức các thi, các buổi tọa đàm về khuyến đọc, khuyến học và xây dựng xã hội học tập');
    const doc = wordDocument(
      'bao cao.docx',
      wordTable(rows.slice(0, split), 1),
      wordTable([['', '', '', '', '', ''], ...rows.slice(split)], 2),
    );
    const { extraction, findings } = extractFigures(doc, llw2022);
    expect(findings).toEqual([]);
    expect(Object.keys(extraction!.rowsFound)).toHaveLength(llw2022.rows.length);
    expect(figuresOf(extraction!)['9.2']).toEqual({ value: 3 });
    expect(extraction!.values.find((v) => v.row === '9.2')?.where).toMatch(/^bảng 2,/);
  });

  it('joins a split table whose second part is the larger one', () => {
    const rows = officialForm();
    const split = rows.findIndex((r) => r[1] === 'Số tin, bài về các hoạt động của Tuần lễ');
    const doc = wordDocument('bao cao.docx', wordTable(rows.slice(0, split), 1), wordTable(rows.slice(split), 2));
    const { extraction, findings } = extractFigures(doc, llw2022);
    expect(findings).toEqual([]);
    expect(extraction!.table).toBe('Bảng 1, Bảng 2');
    expect(Object.keys(extraction!.rowsFound)).toHaveLength(llw2022.rows.length);
  });

  it('joins a split table whose second part repeats the header, but not a second copy of the form', () => {
    const rows = officialForm();
    const split = rows.findIndex((r) => r[1] === 'Kinh phí');
    const repeated = extractFigures(
      wordDocument('bao cao.docx', wordTable(rows.slice(0, split), 1), wordTable([...HEADER, ...rows.slice(split)], 2)),
      llw2022,
    );
    expect(repeated.findings).toEqual([]);
    expect(figuresOf(repeated.extraction!)['10.1']).toEqual({ value: 1_500_000 });
    const copies = extractFigures(wordDocument('hai ban.docx', wordTable(rows, 1), wordTable(rows, 2)), llw2022);
    expect(copies.extraction?.table).toBe('Bảng 1');
    expect(copies.extraction?.unknownRows).toBeUndefined();
  });

  it('takes a label typed into the STT cell, or merged over STT and label', () => {
    const grid = officialForm().map((row) => {
      if (row[1] === 'Các lớp bồi dưỡng, tập huấn khác') return ['Các lớp bồi dưỡng, tập huấn khác', null, 'lớp/người', 1, 30, ''];
      if (row[1] === 'Kinh phí') return ['10. Kinh phí', '<', '', null, null, ''];
      return row;
    });
    const x = ok(grid);
    expect(x.rowsFound['1.14']).toBe(`Sheet1!A${line('1.14')}`);
    expect(x.rowsFound['10']).toBe(`Sheet1!A${line('10')}`);
    expect(figuresOf(x)['1.14']).toEqual({ count: 1, people: 30 });
  });

  it('says so when the file has no statistics table', () => {
    const doc = workbook('danh sach.xlsx', sheet([['STT', 'Họ và tên'], ['1', 'Nguyễn Văn A']]));
    const { extraction, findings } = extractFigures(doc, llw2022);
    expect(extraction).toBeNull();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', rule: 'no-table' });
    expect(findings[0].message).toContain('Không tìm thấy bảng số liệu theo mẫu');
    expect(findings[0].message).toContain('danh sach.xlsx');
  });

  it('reads a table whose rows are found by meaning even without a recognisable header', () => {
    const x = ok(formRows(SCHOOL));
    expect(figuresOf(x)['1.0']).toEqual({ count: 5, people: 180 });
    expect(figuresOf(x)['4.2']).toEqual({ value: 45 });
  });
});

describe('extractFigures: reading the numbers', () => {
  function withRow(code: string, cells: Filled[string]): GridCell[][] {
    return officialForm({ ...SCHOOL, [code]: cells });
  }

  it("takes a single-measure row's number from the second column", () => {
    const x = ok(withRow('2', [null, 7]));
    expect(x.values.find((v) => v.row === '2')).toMatchObject({ measure: 'value', value: 7, where: `Sheet1!E${line('2')}` });
  });

  it('accepts the same number in both columns, refuses two different ones', () => {
    expect(figuresOf(ok(withRow('2', [7, 7])))['2']).toEqual({ value: 7 });
    const { extraction, findings } = extract(withRow('2', [7, 9]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', rule: 'ambiguous-value', where: `Sheet1!D${line('2')}` });
    expect(findings[0].message).toContain('Dòng 2');
    expect(extraction!.values.some((v) => v.row === '2')).toBe(false);
  });

  it('splits "3 lớp/120 người" written in one cell', () => {
    const grid = withRow('1.9', ['3 lớp/120 người', null]);
    const x = extract(grid).extraction!;
    expect(figuresOf(x)['1.9']).toEqual({ count: 3, people: 120 });
    expect(x.values.filter((v) => v.row === '1.9').map((v) => v.where)).toEqual([`Sheet1!D${line('1.9')}`, `Sheet1!D${line('1.9')}`]);
  });

  it('accepts "3 lớp/120 người" when the people cell repeats 120, refuses a different number', () => {
    expect(figuresOf(extract(withRow('1.9', ['3 lớp/120 người', 120])).extraction!)['1.9']).toEqual({ count: 3, people: 120 });
    const { findings } = extract(withRow('1.9', ['3 lớp/120 người', 90]));
    expect(findings).toMatchObject([{ rule: 'ambiguous-value', where: `Sheet1!D${line('1.9')}` }]);
  });

  it('reads money written "1.500.000 đ" and "1,5 triệu"', () => {
    const x = ok(officialForm({ ...SCHOOL, '10.1': ['1.500.000 đ'], '10.2': ['1,5 triệu'] }));
    expect(figuresOf(x)['10.1']).toEqual({ value: 1_500_000 });
    expect(figuresOf(x)['10.2']).toEqual({ value: 1_500_000 });
    expect(x.values.find((v) => v.row === '10.2')?.raw).toBe('1,5 triệu');
  });

  it('reads "12 người", "-" and "không" and stored numbers', () => {
    const x = ok(officialForm({ ...SCHOOL, '9.2': ['12 người'], '7.1': ['-'], '5.1': ['không'], '4.2': [45] }));
    const f = figuresOf(x);
    expect(f['9.2']).toEqual({ value: 12 });
    expect(f['7.1']).toEqual({ value: 0 });
    expect(f['5.1']).toEqual({ value: 0 });
  });

  it('reports text in a number cell once, and no zero for it', () => {
    const grid = withRow('4.2', ['khoảng năm chục']);
    const { extraction, findings } = extract(grid);
    const all = [...findings, ...checkTable(extraction!, llw2022)];
    const nan = all.filter((f) => f.rule === 'not-a-number');
    expect(nan).toHaveLength(1);
    expect(nan[0]).toMatchObject({ severity: 'error', where: `Sheet1!D${line('4.2')}` });
    expect(nan[0].message).toContain('Dòng 4.2');
    expect(nan[0].message).toContain('khoảng năm chục');
    expect(extraction!.values.some((v) => v.row === '4.2')).toBe(false);
  });

  it('reports a formula whose result was not stored', () => {
    const doc = workbook('a.xlsx', sheet(officialForm()));
    doc.tables[0].rows[line('2') - 1][3] = { text: '', where: `Sheet1!D${line('2')}`, formulaWithoutResult: true };
    const { findings } = extractFigures(doc, llw2022);
    expect(findings).toMatchObject([{ rule: 'formula-without-result', where: `Sheet1!D${line('2')}`, severity: 'error' }]);
  });

  it('reports unknown rows that carry numbers, and ignores signature lines', () => {
    const grid = [
      ...officialForm(),
      ['12', 'Số máy tính kết nối Internet', 'máy', 30, null, ''],
      [],
      [null, 'Người lập biểu', null, null, 'Hiệu trưởng', null],
    ];
    const x = ok(grid);
    expect(x.unknownRows).toEqual([{ where: 'Sheet1!B47', stt: '12', label: 'Số máy tính kết nối Internet' }]);
    const unknown = checkTable(x, llw2022).filter((f) => f.rule === 'unknown-row');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ severity: 'warning', where: 'Sheet1!B47' });
  });

  it('reads the table of an imported template with other rows and columns', () => {
    const imported: Template = {
      ...llw2022,
      id: 'thu-vien',
      columns: [
        { key: 'stt', header: 'TT' },
        { key: 'label', header: 'Chỉ tiêu' },
        { key: 'value', header: 'Kết quả' },
      ],
      rows: [
        { code: 'A', stt: '1', label: 'Số đầu sách trong thư viện', unit: '', kind: 'measured', measures: ['value'] },
        { code: 'B', stt: '2', label: 'Số lượt mượn sách của học sinh', unit: '', kind: 'measured', measures: ['value'] },
        { code: 'C', stt: '3', label: 'Số câu lạc bộ đọc sách', unit: '', kind: 'measured', measures: ['value'] },
      ],
      rules: [],
    };
    const grid: GridCell[][] = [
      ['BÁO CÁO THƯ VIỆN'],
      ['TT', 'Chỉ tiêu', 'Kết quả'],
      ['1', 'Số lượt mượn sách của HS', '1.250'],
      ['2', 'Số đầu sách', '3.400'],
      ['3', 'CLB đọc sách', '2'],
    ];
    const { extraction, findings } = extractFigures(workbook('tv.xlsx', sheet(grid)), imported);
    expect(findings).toEqual([]);
    expect(figuresOf(extraction!)).toEqual({ A: { value: 3400 }, B: { value: 1250 }, C: { value: 2 } });
    expect(extraction!.values.find((v) => v.row === 'B')?.where).toBe('Sheet1!C3');
    expect(checkTable(extraction!, imported)).toEqual([]);
  });

  it('warns about numbers written on a heading row', () => {
    const { findings } = extract(officialForm({ ...SCHOOL, '9': [4] }));
    expect(findings).toMatchObject([{ severity: 'warning', rule: 'values-on-heading', where: `Sheet1!D${line('9')}` }]);
  });

  it('gives every measured row a value or a finding', () => {
    const x = ok(officialForm());
    for (const code of measuredCodes) expect(x.values.some((v) => v.row === code), code).toBe(true);
  });
});

describe('extractFigures: odd input', () => {
  it('reports no table, without crashing, for empty and odd documents', () => {
    const docs = [
      workbook('rong.xlsx'),
      workbook('rong.xlsx', { name: 'Sheet1', index: 1, rows: [] }),
      workbook('mot o.xlsx', sheet([['']])),
      workbook('chi tieu de.xlsx', sheet(HEADER)),
      workbook('so.xlsx', sheet(Array.from({ length: 30 }, (_, r) => Array.from({ length: 8 }, (_, c) => r * c)))),
    ];
    for (const doc of docs) {
      const { extraction, findings } = extractFigures(doc, llw2022);
      expect(extraction, doc.fileName).toBeNull();
      expect(findings.map((f) => f.rule)).toEqual(['no-table']);
    }
  });

  it('finds the form below a long unrelated list', () => {
    const list: GridCell[][] = Array.from({ length: 3000 }, (_, i) => [String(i + 1), `Học sinh số ${i + 1}`, 'Lớp 5A', null, null, '']);
    const { extraction } = extractFigures(workbook('dai.xlsx', sheet(list, 'Danh sách', 1), sheet(officialForm(), 'Số liệu', 2)), llw2022);
    expect(extraction?.table).toBe('Số liệu');
  }, 20_000);
});
