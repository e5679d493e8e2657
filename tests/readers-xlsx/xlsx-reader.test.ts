import { describe, expect, it, beforeAll } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SourceCell, SourceDocument } from '../../src-main/core/model/source';
import { readXlsx } from '../../src-main/core/readers/xlsx-reader';
import { SHEET_MAX_COLUMNS, SHEET_MAX_ROWS } from '../../src-main/core/readers/xlsx-sheet-grid';
import { NFD_LABEL, SHEET, templateWorkbook, toBuffer, workbookWithSheetXml } from './build-workbooks';
import { readErrorOf } from './expect-read-error';

const FILE = 'Báo cáo Tuần lễ - TH Kim Đồng.xlsx';

function cellAt(doc: SourceDocument, where: string): SourceCell {
  const found = doc.tables.flatMap((t) => t.rows.flat()).find((c) => c.where === where);
  if (!found) throw new Error(`no cell ${where}`);
  return found;
}

describe('readXlsx on a filled template', () => {
  let doc: SourceDocument;
  beforeAll(async () => {
    doc = await readXlsx(await toBuffer(templateWorkbook()), FILE);
  });

  it('turns every sheet into a table, hidden ones marked', () => {
    expect(doc.format).toBe('xlsx');
    expect(doc.fileName).toBe(FILE);
    expect(doc.tables.map((t) => [t.index, t.name, t.hidden ?? false])).toEqual([
      [1, SHEET, false],
      [2, 'Nháp', true],
      [3, 'Danh sách lớp', false],
    ]);
    expect(cellAt(doc, 'Danh sách lớp!B2')).toMatchObject({ text: '32', num: 32 });
  });

  it('gives a rectangular grid from A1 to the last used cell, each cell with its place', () => {
    const rows = doc.tables[0].rows;
    expect(rows).toHaveLength(17);
    expect(rows.every((r) => r.length === 9)).toBe(true);
    expect(rows[7][6].where).toBe(`${SHEET}!G8`);
    expect(rows[0][3]).toEqual({ text: '', where: `${SHEET}!D1` });
  });

  it('spreads a two-row merged header over every cell it covers', () => {
    expect(cellAt(doc, `${SHEET}!G5`)).toEqual({ text: 'Số lượng', where: `${SHEET}!G5` });
    expect(cellAt(doc, `${SHEET}!H5`)).toEqual({ text: 'Số lượng', where: `${SHEET}!H5`, mergedCopy: true });
    expect(cellAt(doc, `${SHEET}!G6`).text).toBe('Số lớp/số cuộc thi');
    expect(cellAt(doc, `${SHEET}!H6`).text).toBe('Người');
    expect(cellAt(doc, `${SHEET}!D6`)).toMatchObject({ text: 'STT', mergedCopy: true });
    expect(cellAt(doc, `${SHEET}!I7`)).toMatchObject({ text: 'Các lớp bồi dưỡng, tập huấn tổ chức trong Tuần lễ', mergedCopy: true });
  });

  it('uses a formula’s cached result and flags one without a result', () => {
    expect(cellAt(doc, `${SHEET}!G8`)).toEqual({ text: '5', num: 5, where: `${SHEET}!G8` });
    const noResult = cellAt(doc, `${SHEET}!H8`);
    expect(noResult.formulaWithoutResult).toBe(true);
    expect(noResult.num).toBeUndefined();
    const note = doc.notes.find((n) => n.rule === 'formula-no-result');
    expect(note).toMatchObject({ severity: 'warning', where: `${SHEET}!H8` });
    expect(note?.message).toContain(FILE);
    expect(note?.message).toContain('SUM(H9:H10)');
  });

  it('lists hidden rows (0-based) without dropping them', () => {
    expect(doc.tables[0].hiddenRows).toEqual([9]);
    expect(cellAt(doc, `${SHEET}!H10`)).toMatchObject({ text: '120', num: 120 });
  });

  it('reads decomposed Vietnamese as NFC', () => {
    const label = cellAt(doc, `${SHEET}!E11`).text;
    expect(label).toBe(NFD_LABEL.normalize('NFC'));
    expect(label).not.toBe(NFD_LABEL);
  });

  it('keeps numbers typed as text as text, and real numbers as numbers', () => {
    expect(cellAt(doc, `${SHEET}!G11`)).toEqual({ text: '1.500.000', where: `${SHEET}!G11` });
    expect(cellAt(doc, `${SHEET}!G12`)).toMatchObject({ num: 1500000 });
    expect(cellAt(doc, `${SHEET}!G17`)).toMatchObject({ text: '25%', num: 0.25 });
  });

  it('shows errors, links, rich text and dates as Excel displays them', () => {
    expect(cellAt(doc, `${SHEET}!G13`).text).toBe('#DIV/0!');
    expect(doc.notes.find((n) => n.rule === 'cell-error')?.where).toBe(`${SHEET}!G13`);
    expect(cellAt(doc, `${SHEET}!E14`).text).toBe('Xem kế hoạch');
    expect(cellAt(doc, `${SHEET}!E15`).text).toBe('Thi kể chuyện theo sách');
    expect(cellAt(doc, `${SHEET}!G16`)).toEqual({ text: '15/10/2022', where: `${SHEET}!G16` });
  });

  it('puts the title rows of visible sheets in headerText, not the hidden draft', () => {
    const lines = doc.headerText.split('\n');
    expect(lines[0]).toBe('PHÒNG GD&ĐT HUYỆN ĐÔNG HÀ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines).toContain('TRƯỜNG TIỂU HỌC KIM ĐỒNG');
    expect(doc.headerText).not.toContain('NGUYỄN DU');
    expect(lines).toContain('Lớp | Sĩ số');
  });
});

describe('readXlsx on unusual workbooks', () => {
  it('refuses a workbook with no cells anywhere', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    wb.addWorksheet('Sheet2');
    const error = await readErrorOf(readXlsx(await toBuffer(wb), 'trong.xlsx'));
    expect(error.rule).toBe('empty-workbook');
    expect(error.message).toContain('trong.xlsx');
  });

  it('reads a sheet whose only content is formatting as an empty table next to a filled one', async () => {
    const wb = new ExcelJS.Workbook();
    const styled = wb.addWorksheet('Định dạng');
    styled.getCell('Z500').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
    wb.addWorksheet('Số liệu').getCell('B2').value = 7;
    const doc = await readXlsx(await toBuffer(wb), 'dinh-dang.xlsx');
    expect(doc.tables[0].rows).toEqual([]);
    expect(doc.tables[1].rows).toHaveLength(2);
  });

  it('summarises many formulas without results in a bounded number of notes', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tổng hợp');
    for (let r = 1; r <= 30; r++) ws.getCell(`C${r}`).value = { formula: `A${r}+B${r}` };
    const doc = await readXlsx(await toBuffer(wb), 'chua-tinh.xlsx');
    const notes = doc.notes.filter((n) => n.rule === 'formula-no-result');
    expect(notes).toHaveLength(11);
    expect(notes[10].message).toContain('còn 20 ô khác');
    expect(doc.tables[0].rows.flat().filter((c) => c.formulaWithoutResult)).toHaveLength(30);
  });

  it('reads a sheet part whatever it is named, found through the workbook', async () => {
    const zip = await JSZip.loadAsync(await toBuffer(templateWorkbook()));
    const xml = await zip.file('xl/worksheets/sheet3.xml')!.async('string');
    zip.remove('xl/worksheets/sheet3.xml');
    zip.file('xl/worksheets/danhsach.xml', xml);
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('worksheets/sheet3.xml', 'worksheets/danhsach.xml'));
    const doc = await readXlsx(await zip.generateAsync({ type: 'nodebuffer' }), FILE);
    expect(doc.tables.map((t) => t.name)).toEqual([SHEET, 'Nháp', 'Danh sách lớp']);
    expect(cellAt(doc, 'Danh sách lớp!B2')).toMatchObject({ text: '32', num: 32 });
    expect(doc.notes.filter((n) => n.rule === 'sheet-not-read')).toEqual([]);
  });

  it('says so when a sheet part is not reached from the workbook, instead of dropping it silently', async () => {
    const zip = await JSZip.loadAsync(await toBuffer(templateWorkbook()));
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('worksheets/sheet3.xml', 'worksheets/khong-co.xml'));
    const doc = await readXlsx(await zip.generateAsync({ type: 'nodebuffer' }), FILE);
    expect(doc.tables.map((t) => t.name)).toEqual([SHEET, 'Nháp']);
    const note = doc.notes.find((n) => n.rule === 'sheet-not-read');
    expect(note?.message).toBe(`Tệp ${FILE} có 3 trang tính nhưng chỉ đọc được 2: hãy mở tệp bằng Excel, lưu lại rồi gửi lại.`);
  });
});

describe('readXlsx on sheet XML as other programs write it', () => {
  it('reads inline and rich text, booleans, ISO and serial dates, percentages and cells without addresses', async () => {
    const doc = await readXlsx(
      await workbookWithSheetXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><r><t>Trường </t></r><r><rPr><b/></rPr><t xml:space="preserve">Tiểu học  Kim Đồng</t></r></is></c>' +
          '<c t="b"><v>1</v></c><c t="d"><v>2023-10-02T00:00:00Z</v></c><c s="1"><v>45201</v></c><c s="2"><v>0.125</v></c></row>' +
          '<row><c t="str"><f>A1&amp;"!"</f><v>Trường Tiểu học Kim Đồng!</v></c></row>',
      ),
      FILE,
    );
    const [first, second] = doc.tables[0].rows;
    expect(first.map((c) => c.text)).toEqual(['Trường Tiểu học Kim Đồng', 'TRUE', '02/10/2023', '02/10/2023', '12,5%']);
    expect(first[4].num).toBe(0.125);
    expect(first[3].num).toBeUndefined();
    expect(second[0]).toEqual({ text: 'Trường Tiểu học Kim Đồng!', where: `${SHEET}!A2` });
  });

  it('counts serial dates from 1904 when the workbook says so', async () => {
    const doc = await readXlsx(await workbookWithSheetXml('<row r="1"><c r="A1" s="1"><v>43739</v></c></row>', '', { date1904: true }), FILE);
    expect(doc.tables[0].rows[0][0].text).toBe('02/10/2023');
  });

  it('names the formula of every cell of a shared formula that has no result, moved to its cell', async () => {
    const rows = [2, 3, 4].map((r) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>1</v></c><c r="C${r}">${r === 2 ? '<f t="shared" ref="C2:C4" si="0">A2+$B$2</f>' : '<f t="shared" si="0"/>'}</c></row>`);
    const doc = await readXlsx(await workbookWithSheetXml(rows.join('')), FILE);
    const notes = doc.notes.filter((n) => n.rule === 'formula-no-result').map((n) => [n.where, n.message.match(/\(=([^)]*)\)/)?.[1]]);
    expect(notes).toEqual([[`${SHEET}!C2`, 'A2+$B$2'], [`${SHEET}!C3`, 'A3+$B$2'], [`${SHEET}!C4`, 'A4+$B$2']]);
  });

  it('spreads a merged range as wide as the whole sheet only over the cells it reads, and notes the cut', async () => {
    const doc = await readXlsx(
      await workbookWithSheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>BÁO CÁO</t></is></c></row>', '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
      FILE,
    );
    const rows = doc.tables[0].rows;
    expect(rows).toHaveLength(SHEET_MAX_ROWS);
    expect(rows[0]).toHaveLength(SHEET_MAX_COLUMNS);
    expect(rows[SHEET_MAX_ROWS - 1][SHEET_MAX_COLUMNS - 1]).toMatchObject({ text: 'BÁO CÁO', mergedCopy: true });
    expect(doc.notes.map((n) => n.rule)).toEqual(['sheet-truncated']);
  });

  it('refuses a sheet that declares XML entities, naming the file', async () => {
    const bomb = await workbookWithSheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>&lol;</t></is></c></row>');
    const zip = await JSZip.loadAsync(bomb);
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', xml.replace('<worksheet', '<!DOCTYPE worksheet [<!ENTITY lol "lol">]><worksheet'));
    const error = await readErrorOf(readXlsx(await zip.generateAsync({ type: 'nodebuffer' }), FILE));
    expect(error.rule).toBe('hostile-xml');
    expect(error.message).toContain(FILE);
  });
});
