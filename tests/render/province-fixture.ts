import ExcelJS from 'exceljs';

/**
 * A province's own blank form, laid out unlike the built-in table: instructions first,
 * letterhead and title rows, "Lượt người" before "Số lớp/số cuộc thi" under a merged group,
 * column numbering, a "Tỷ lệ" column of formulas, its own total formulas on "Tổng số",
 * reworded and NFD labels, its own fonts, fills, borders, widths and print settings.
 */

/** Parts of a worksheet exceljs reads and writes but leaves out of its typings. */
export type WorksheetExtras = ExcelJS.Worksheet & {
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined>; add(range: string, rule: ExcelJS.DataValidation): void };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
};

const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const nfd = (s: string) => s.normalize('NFD');

/** [code the row should map to, STT as printed, label as printed, unit as printed]. */
export const provinceRows: Array<[string, string, string, string]> = [
  ['1', 'I', 'CÁC LỚP BỒI DƯỠNG, TẬP HUẤN TỔ CHỨC TRONG TUẦN LỄ', ''],
  ['1.0', '', 'Tổng số lớp/người tham gia', 'lớp/người'],
  ['1.1', '1', 'BD nâng cao trình độ CMNV cho CBCCVC các cấp', 'lớp/người'],
  ['1.2', '2', nfd('Bồi dưỡng nâng cao trình độ ngoại ngữ cho cán bộ, công chức, viên chức'), 'lớp/người'],
  ['1.3', '3', 'Bồi dưỡng nâng cao trình độ tin học cho CBCCVC', 'lớp/người'],
  ['1.4', '4', 'Nâng cao tay nghề cho công nhân lao động', 'lớp/người'],
  ['1.5', '5', 'Dạy nghề cho lao động nông thôn', 'lớp/người'],
  ['1.6', '6', 'Nâng cao trình độ văn hóa cho CBCC cấp xã, người lao động trong KCN, KCX', 'lớp/người'],
  ['1.7', '7', nfd('Giáo dục kỹ năng sống cho học sinh'), 'lớp/người'],
  ['1.8', '8', 'Phổ biến kiến thức khoa học, pháp luật cho người lao động', 'lớp/người'],
  ['1.9', '9', 'Bồi dưỡng thường xuyên cho giáo viên', 'lớp/người'],
  ['1.10', '10', 'Bồi dưỡng, tập huấn cho CBQL, báo cáo viên TTVH-TT và HTCĐ', 'lớp/người'],
  ['1.11', '11', 'Phổ cập GD tiểu học', 'lớp/người'],
  ['1.12', '12', 'Phổ cập GD THCS', 'lớp/người'],
  ['1.13', '13', 'Xoá mù chữ', 'lớp/người'],
  ['1.14', '14', 'Các lớp bồi dưỡng, tập huấn khác', 'lớp/người'],
  ['2', 'II', 'Số tin, bài viết về các hoạt động của Tuần lễ', 'tin, bài'],
  ['3', 'III', 'Ấn phẩm thông tin (tờ rơi, áp phích, băng rôn, khẩu hiệu)', 'quyển/tờ'],
  ['4', 'IV', nfd('PHÁT ĐỘNG PHONG TRÀO QUYÊN GÓP SÁCH XÂY DỰNG TỦ SÁCH LỚP HỌC, THƯ VIỆN TRƯỜNG HỌC'), ''],
  ['4.1', '1', 'Số tập thể tặng sách', 'tập thể'],
  ['4.2', '2', 'Số cá nhân tặng sách', 'cá nhân'],
  ['4.3', '3', 'Số sách huy động tặng trường học, thư viện', 'quyển'],
  ['5', 'V', 'TỔ CHỨC CÁC CUỘC THI, TỌA ĐÀM VỀ KHUYẾN ĐỌC, KHUYẾN HỌC, XÂY DỰNG XHHT', ''],
  ['5.1', '1', 'Hội sách, đường sách, phố sách', 'cuộc'],
  ['5.2', '2', 'Trưng bày, triển lãm sách, báo, tư liệu', 'cuộc'],
  ['5.3', '3', 'Thi tìm hiểu lịch sử, văn hóa địa phương tại bảo tàng, di tích', 'cuộc/người'],
  ['5.4', '4', 'Thi về sách', 'cuộc/người'],
  ['5.5', '5', 'Sinh hoạt chuyên đề học tập suốt đời, xây dựng XHHT', 'cuộc/người'],
  ['6', 'VI', 'TỔ CHỨC HOẠT ĐỘNG VĂN NGHỆ, THỂ THAO, THAM QUAN, SINH HOẠT CHUYÊN ĐỀ', ''],
  ['6.1', '1', 'Hoạt động TDTT', 'cuộc/người'],
  ['6.2', '2', 'Hoạt động văn nghệ', 'cuộc/người'],
  ['6.3', '3', 'Tham quan, học tập tại bảo tàng, di tích lịch sử', 'cuộc/người'],
  ['7', 'VII', 'TỔ CHỨC LỄ KHAI MẠC TUẦN LỄ', ''],
  ['7.1', '1', 'Số huyện tổ chức Lễ khai mạc', 'huyện'],
  ['7.2', '2', 'Số cơ sở giáo dục tổ chức Lễ khai mạc', 'trường/trung tâm'],
  ['8', 'VIII', 'Tổ chức hội thảo, sinh hoạt chuyên đề', 'cuộc/người'],
  ['9', 'IX', 'KHEN THƯỞNG VỀ TỔ CHỨC TUẦN LỄ', ''],
  ['9.1', '1', 'Tập thể', 'đơn vị'],
  ['9.2', '2', 'Cá nhân', 'người'],
  ['10', 'X', 'KINH PHÍ', ''],
  ['10.1', '1', 'Ngân sách nhà nước', 'đồng'],
  ['10.2', '2', 'Huy động từ các nguồn hợp pháp khác', 'đồng'],
  ['11', 'XI', 'Các nội dung khác (nếu có)', ''],
];

export const FIRST_DATA_ROW = 8;
export const excelRowOf = (code: string) => FIRST_DATA_ROW + provinceRows.findIndex(([c]) => c === code);
/** "Lượt người" comes before "Số lớp/số cuộc thi" in this form. */
export const PEOPLE_COL = 'D';
export const COUNT_COL = 'E';

const arial = (size = 11, bold = false): Partial<ExcelJS.Font> => ({ name: 'Arial', size, bold });
const thin = { style: 'thin' as const, color: { argb: 'FF1F4E79' } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

export async function buildProvinceWorkbook(rows = provinceRows): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const guide = wb.addWorksheet('Hướng dẫn', { properties: { tabColor: { argb: 'FF00B050' } } });
  guide.getColumn(1).width = 90;
  guide.getCell('A1').value = 'HƯỚNG DẪN ĐIỀN BIỂU';
  guide.getCell('A1').font = arial(14, true);
  guide.getCell('A2').value = 'Các phòng GD&ĐT điền số liệu vào trang "Biểu 01", không sửa công thức ở cột Tỷ lệ và dòng Tổng số.';
  guide.getCell('A3').value = { richText: [{ text: 'Hạn nộp: ', font: { bold: true } }, { text: '20/10/2023' }] };
  guide.getCell('A4').value = { text: 'Văn bản hướng dẫn của Sở', hyperlink: 'https://sogd.example.gov.vn/huong-dan-2023' };
  const logo = wb.addImage({ base64: ONE_PIXEL_PNG, extension: 'png' });
  guide.addImage(logo, 'B1:C3');

  const ws = wb.addWorksheet('Biểu 01');
  [6, 52, 12, 13, 15, 10, 22].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.mergeCells('A1:C1');
  ws.getCell('A1').value = 'UBND HUYỆN ………';
  ws.mergeCells('E1:G1');
  ws.getCell('E1').value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  ws.mergeCells('A2:C2');
  ws.getCell('A2').value = 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO';
  for (const a of ['A1', 'E1', 'A2']) ws.getCell(a).font = arial(11, true);
  ws.mergeCells('A3:G3');
  ws.getCell('A3').value = 'BIỂU TỔNG HỢP KẾT QUẢ TỔ CHỨC TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2023';
  ws.getCell('A3').font = { ...arial(14, true), color: { argb: 'FFC00000' } };
  ws.getCell('A3').alignment = { horizontal: 'center' };
  ws.getRow(3).height = 30;

  ws.mergeCells('A5:A6');
  ws.mergeCells('B5:B6');
  ws.mergeCells('C5:C6');
  ws.mergeCells('D5:E5');
  ws.mergeCells('F5:F6');
  ws.mergeCells('G5:G6');
  const head: Record<string, string> = {
    A5: 'TT', B5: 'Nội dung hoạt động', C5: 'ĐVT', D5: 'Kết quả thực hiện',
    D6: 'Lượt người', E6: 'Số lớp/số cuộc thi', F5: 'Tỷ lệ (%)', G5: 'Ghi chú',
  };
  for (const [a, v] of Object.entries(head)) ws.getCell(a).value = v;
  for (let r = 5; r <= 7; r++) {
    for (let c = 1; c <= 7; c++) {
      const cell = ws.getCell(r, c);
      cell.font = arial(11, true);
      cell.fill = fill('FFDDEBF7');
      cell.border = box;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'].forEach((t, i) => (ws.getCell(7, i + 1).value = t));

  rows.forEach(([code, stt, label, unit], i) => {
    const r = FIRST_DATA_ROW + i;
    const heading = !unit;
    ws.getCell(r, 1).value = stt;
    ws.getCell(r, 2).value = label;
    ws.getCell(r, 3).value = unit;
    for (let c = 1; c <= 7; c++) {
      const cell = ws.getCell(r, c);
      cell.font = arial(11, heading);
      cell.border = box;
      if (heading) cell.fill = fill('FFFFF2CC');
    }
    ws.getCell(r, 2).alignment = { wrapText: true, vertical: 'middle' };
    for (const c of [4, 5]) ws.getCell(r, c).numFmt = '#,##0';
    if (unit.includes('/người')) ws.getCell(r, 6).value = { formula: `IF(E${r}>0,ROUND(D${r}/E${r},1),"")`, result: '' };
    ws.getCell(r, 6).numFmt = '0.0';
    if (code === '1.0') {
      // The province sums 1.1–1.14 itself.
      ws.getCell(r, 4).value = { formula: `SUM(D${r + 1}:D${r + 14})`, result: 0 };
      ws.getCell(r, 5).value = { formula: `SUM(E${r + 1}:E${r + 14})`, result: 0 };
    }
    if (code === '7.1') ws.getCell(r, 7).value = 'Phòng GD&ĐT tự điền';
  });
  const last = FIRST_DATA_ROW + rows.length - 1;
  ws.getCell('B5').note = 'Ghi đúng nội dung theo hướng dẫn của Sở';
  (ws as WorksheetExtras).dataValidations.add(`D${FIRST_DATA_ROW}:E${last}`, {
    type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], showErrorMessage: true, error: 'Chỉ nhập số nguyên không âm',
  });
  ws.addConditionalFormatting({
    ref: `F${FIRST_DATA_ROW}:F${last}`,
    rules: [{ type: 'cellIs', operator: 'lessThan', formulae: [1], priority: 1, style: { font: { color: { argb: 'FFC00000' } } } }],
  });
  ws.getColumn(8).hidden = true;
  wb.definedNames.add(`'Biểu 01'!$D$${FIRST_DATA_ROW}:$E$${last}`, 'SoLieu');
  ws.getCell(last + 2, 2).value = 'NGƯỜI LẬP BIỂU';
  ws.mergeCells(last + 2, 5, last + 2, 7);
  ws.getCell(last + 2, 5).value = 'TRƯỞNG PHÒNG';
  ws.getCell(last + 2, 5).font = arial(11, true);

  ws.views = [{ state: 'frozen', ySplit: 7 }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: `A1:G${last + 3}`,
    printTitlesRow: '5:6',
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.2, footer: 0.2 },
  };
  ws.headerFooter = { oddFooter: 'Biểu 01 – Trang &P' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
