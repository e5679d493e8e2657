import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src-main/core/readers/docx-reader';
import {
  cell,
  dataRow,
  docxOf,
  p,
  pageBreak,
  STATISTICS_ROWS,
  statisticsHeader,
  table,
  withDocumentXml,
} from './build-docx';

const rows = (from: number, to: number) => STATISTICS_ROWS.slice(from, to).map((r) => dataRow(r[0], r[1], r[2], r[3], r[4]));

describe('readDocx: the statistics table', () => {
  it('resolves the two-row merged header into a rectangular grid with copies marked', async () => {
    const bytes = await docxOf([p('BẢNG TỔNG HỢP SỐ LIỆU'), table([...statisticsHeader(), ...rows(0, 7)])]);
    const doc = await readDocx(bytes, 'baocao.docx');

    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0];
    expect(t.name).toBe('Bảng 1');
    expect(t.rows.every((r) => r.length === 6)).toBe(true);
    expect(t.rows[0].map((c) => c.text)).toEqual(['STT', 'Các hoạt động', 'Đơn vị', 'Số lượng', 'Số lượng', 'Ghi chú']);
    expect(t.rows[0][4].mergedCopy).toBe(true);
    expect(t.rows[0][3].mergedCopy).toBeFalsy();
    expect(t.rows[1].map((c) => c.text)).toEqual(['STT', 'Các hoạt động', 'Đơn vị', 'Số lớp/số cuộc thi', 'Người', 'Ghi chú']);
    expect(t.rows[1].map((c) => !!c.mergedCopy)).toEqual([true, true, true, false, false, true]);
    // Row 1.0 is the 4th row of the table; its people count sits in column 5.
    expect(t.rows[3][4]).toEqual({ text: '1.500', where: 'bảng 1, hàng 4, cột 5' });
  });

  it('joins paragraphs of a cell with a line break', async () => {
    const bytes = await docxOf([table([[cell('Trường TH Liên Châu\nHuyện Thanh Oai'), cell('x')]])]);
    const doc = await readDocx(bytes, 'a.docx');
    expect(doc.tables[0].rows[0][0].text).toBe('Trường TH Liên Châu\nHuyện Thanh Oai');
  });

  it('reads a table split by a page break, repeating its header, as one table', async () => {
    const bytes = await docxOf([
      p('Bảng số liệu'),
      table([...statisticsHeader(), ...rows(0, 4)]),
      pageBreak(),
      table([...statisticsHeader(), ...rows(4, 7)]),
    ]);
    const doc = await readDocx(bytes, 'bao cao.docx');
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0];
    expect(t.name).toBe('Bảng 1 + 2');
    expect(t.rows).toHaveLength(2 + 7);
    expect(t.rows[6][1].text).toBe(STATISTICS_ROWS[4][1]);
    // The continued rows still point into the second table of the file.
    expect(t.rows[6][1].where).toBe('bảng 2, hàng 3, cột 2');
    expect(doc.notes.map((n) => n.rule)).toContain('tables-joined');
  });

  it('joins a continuation that does not repeat the header', async () => {
    const bytes = await docxOf([table([...statisticsHeader(), ...rows(0, 3)]), p(''), table(rows(3, 7))]);
    const doc = await readDocx(bytes, 'a.docx');
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0].rows).toHaveLength(2 + 7);
    expect(doc.tables[0].rows[5][1].where).toBe('bảng 2, hàng 1, cột 2');
  });

  it('keeps apart tables separated by text, or of another shape, or with their own header', async () => {
    const other = table([[cell('STT'), cell('Tên trường'), cell('Địa chỉ'), cell('a'), cell('b'), cell('c')]]);
    const bytes = await docxOf([
      table([...statisticsHeader(), ...rows(0, 3)]),
      p('Ghi chú: số liệu tính đến ngày 08/10/2023.'),
      table(rows(3, 5)),
      other,
      table([[cell('NGƯỜI LẬP BIỂU'), cell('HIỆU TRƯỞNG')]]),
    ]);
    const doc = await readDocx(bytes, 'a.docx');
    expect(doc.tables.map((t) => t.name)).toEqual(['Bảng 1', 'Bảng 2', 'Bảng 3', 'Bảng 4']);
  });

  it('reads nested tables and tables inside content controls', async () => {
    const inner = table([[cell('Số sách'), cell('250')]]);
    const outer = table([[cell('', { children: [p('Kết quả quyên góp'), inner] }), cell('ghi chú')]]);
    const built = await docxOf([outer, p('Hết')]);
    const bytes = await withDocumentXml(built, (xml) =>
      xml.replace(/<w:tbl>/, '<w:sdt><w:sdtPr><w:alias w:val="Bảng"/></w:sdtPr><w:sdtContent><w:tbl>').replace(
        /(<\/w:tbl>)(?![\s\S]*<\/w:tbl>)/,
        '$1</w:sdtContent></w:sdt>',
      ),
    );
    expect((await JSZipText(bytes)).includes('<w:sdtContent><w:tbl>')).toBe(true);
    const doc = await readDocx(bytes, 'a.docx');
    expect(doc.tables.map((t) => t.name)).toEqual(['Bảng 1', 'Bảng 1.1']);
    expect(doc.tables[1].rows[0].map((c) => c.text)).toEqual(['Số sách', '250']);
    expect(doc.tables[1].rows[0][1].where).toBe('bảng 1.1, hàng 1, cột 2');
    expect(doc.tables[0].rows[0][0].text).toBe('Kết quả quyên góp\nSố sách\n250');
  });

  it('keeps tracked insertions and drops tracked deletions in cells', async () => {
    const built = await docxOf([table([[cell('Số người'), cell('OLD')]])]);
    const bytes = await withDocumentXml(built, (xml) =>
      xml.replace(
        /<w:r>(?:(?!<w:r>).)*?<w:t[^>]*>OLD<\/w:t><\/w:r>/,
        '<w:del w:id="1" w:author="a"><w:r><w:delText>120</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>150</w:t></w:r></w:ins>',
      ),
    );
    const doc = await readDocx(bytes, 'a.docx');
    expect(doc.tables[0].rows[0][1].text).toBe('150');
    expect(doc.notes.map((n) => n.rule)).toContain('tracked-changes');
  });
});

async function JSZipText(bytes: Buffer): Promise<string> {
  const { default: JSZip } = await import('jszip');
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}
