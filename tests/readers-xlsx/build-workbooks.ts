/** Workbooks as schools send them, built in code. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export const SHEET = 'Biểu mẫu';
/** Typed with decomposed diacritics, as some Mac/online editors save it. */
export const NFD_LABEL = 'Số sách đã huy động tặng các trường học, thư viện'.normalize('NFD');

export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The built-in template's table at D5, below title rows, as a school fills it. */
export function templateWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell('A1').value = 'PHÒNG GD&ĐT HUYỆN ĐÔNG HÀ';
  ws.mergeCells('A1:C1');
  ws.getCell('F1').value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  ws.getCell('A2').value = 'TRƯỜNG TIỂU HỌC KIM ĐỒNG';
  ws.getCell('D3').value = 'MẪU TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ';
  ws.mergeCells('D3:I3');

  ws.getCell('D5').value = 'STT';
  ws.getCell('E5').value = 'Các hoạt động';
  ws.getCell('F5').value = 'Đơn vị';
  ws.getCell('G5').value = 'Số lượng';
  ws.getCell('G6').value = 'Số lớp/số cuộc thi';
  ws.getCell('H6').value = 'Người';
  ws.getCell('I5').value = 'Ghi chú';
  for (const range of ['D5:D6', 'E5:E6', 'F5:F6', 'G5:H5', 'I5:I6']) ws.mergeCells(range);

  ws.getCell('D7').value = 1;
  ws.getCell('E7').value = 'Các lớp bồi dưỡng, tập huấn tổ chức trong Tuần lễ';
  ws.mergeCells('E7:I7');
  ws.getCell('E8').value = 'Tổng số người tham gia, trong đó:';
  ws.getCell('F8').value = 'lớp/người';
  ws.getCell('G8').value = { formula: 'SUM(G9:G10)', result: 5 };
  ws.getCell('H8').value = { formula: 'SUM(H9:H10)' };
  ws.addRow([]);
  ws.getRow(9).values = [, , , , '-', 'Bồi dưỡng thường xuyên cho giáo viên', 'lớp/người', 2, 40];
  ws.getRow(10).values = [, , , , '-', 'Giáo dục kỹ năng sống cho học sinh', 'lớp/người', 3, 120];
  ws.getRow(10).hidden = true;
  ws.getCell('E11').value = NFD_LABEL;
  ws.getCell('F11').value = 'quyển';
  ws.getCell('G11').value = '1.500.000';
  ws.getCell('E12').value = 'Ngân sách nhà nước';
  ws.getCell('G12').value = 1500000;
  ws.getCell('G12').numFmt = '#,##0';
  ws.getCell('E13').value = 'Tỷ lệ';
  ws.getCell('G13').value = { formula: 'G12/0', result: { error: '#DIV/0!' } };
  ws.getCell('E14').value = { text: 'Xem kế hoạch', hyperlink: 'https://example.edu.vn/ke-hoach' };
  ws.getCell('E15').value = { richText: [{ text: 'Thi ', font: { bold: true } }, { text: 'kể chuyện theo sách' }] };
  ws.getCell('G16').value = new Date(Date.UTC(2022, 9, 15));
  ws.getCell('G16').numFmt = 'dd/mm/yyyy';
  ws.getCell('G17').value = 0.25;
  ws.getCell('G17').numFmt = '0%';

  const hidden = wb.addWorksheet('Nháp', { state: 'hidden' });
  hidden.getCell('A1').value = 'TRƯỜNG THCS NGUYỄN DU (bản cũ)';
  const other = wb.addWorksheet('Danh sách lớp');
  other.addRow(['Lớp', 'Sĩ số']);
  other.addRow(['1A', 32]);
  return wb;
}

/**
 * A workbook whose one sheet has `rows` rows of 6 cells, written straight as sheet XML
 * (exceljs would take seconds to write it) with a merged title at the end of the sheet XML.
 */
export async function bigWorkbook(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Dữ liệu').getCell('A1').value = 'x';
  const zip = await JSZip.loadAsync(await toBuffer(wb));
  const body: string[] = ['<row r="1"><c r="A1" t="inlineStr"><is><t>DANH SÁCH HỌC SINH</t></is></c></row>'];
  for (let r = 2; r <= rows; r++) {
    body.push(
      `<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c><c r="B${r}" t="inlineStr"><is><t>Nguyễn Văn ${r}</t></is></c>` +
        `<c r="C${r}" t="inlineStr"><is><t>lớp/người</t></is></c><c r="D${r}"><v>${r % 7}</v></c>` +
        `<c r="E${r}"><v>${r * 3}</v></c><c r="F${r}" t="inlineStr"><is><t>ghi chú ${r}</t></is></c></row>`,
    );
  }
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="A1:F${rows}"/><sheetData>${body.join('')}</sheetData>` +
    '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>';
  zip.file('xl/worksheets/sheet1.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

/**
 * A one-sheet workbook whose sheet XML is `sheetData` and `after` as written (what other
 * programs write); cell style s="1" is Excel's built-in date format 14, s="2" its percentage 9.
 */
export async function workbookWithSheetXml(sheetData: string, after = '', opts: { date1904?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(SHEET).getCell('A1').value = 'x';
  const zip = await JSZip.loadAsync(await toBuffer(wb));
  zip.file(
    'xl/worksheets/sheet1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<sheetData>${sheetData}</sheetData>${after}</worksheet>`,
  );
  const styles = await zip.file('xl/styles.xml')!.async('string');
  zip.file('xl/styles.xml', styles.replace(/<cellXfs[\s\S]*?<\/cellXfs>/, '<cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="9" fontId="0"/></cellXfs>'));
  if (opts.date1904) {
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', workbook.replace(/<workbookPr([^>]*?)\/>/, '<workbookPr$1 date1904="1"/>'));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
