/** Blank and filled forms of several layouts, built in code as provinces and offices make them. */
import ExcelJS from 'exceljs';
import { Paragraph, TextRun, HeadingLevel } from 'docx';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { cell, docxOf, p, table, centered, type Child } from '../docx/build-docx';

export type Value = string | number | null;

export async function xlsxBytes(build: (ws: ExcelJS.Worksheet) => void, sheet = 'Biểu mẫu'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet(sheet));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Rows from `first` (1-based), each a list of values from column `col` on. */
export function putRows(ws: ExcelJS.Worksheet, first: number, rows: Value[][], col = 1): void {
  rows.forEach((values, i) => {
    values.forEach((v, j) => {
      if (v !== null && v !== '') ws.getCell(first + i, col + j).value = v;
    });
  });
}

function signatures(ws: ExcelJS.Worksheet, row: number): void {
  ws.getCell(row, 2).value = 'Ghi chú: các đơn vị điền số liệu vào cột Số lượng, không sửa tên các hàng.';
  ws.getCell(row + 2, 5).value = 'Đông Hà, ngày … tháng … năm 2023';
  ws.getCell(row + 3, 2).value = 'Người lập biểu';
  ws.getCell(row + 3, 5).value = 'HIỆU TRƯỞNG';
  ws.getCell(row + 4, 2).value = '(Ký, ghi rõ họ tên)';
  ws.getCell(row + 4, 5).value = '(Ký tên, đóng dấu)';
}

/**
 * The province's form of the built-in template (seeds/003): the office's name and the
 * motto above, the title, the two-row header ("Số lượng" over "Số lớp/số cuộc thi" and
 * "Người"), STT printed on the top rows only, the note and signatures below. `numbers`
 * fills it as a school does.
 */
export function llwForm(numbers?: Map<string, [Value, Value]>): Promise<Buffer> {
  return xlsxBytes((ws) => {
    ws.getCell('A1').value = 'SỞ GIÁO DỤC VÀ ĐÀO TẠO BẾN TRE';
    ws.getCell('D1').value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    ws.getCell('D2').value = 'Độc lập - Tự do - Hạnh phúc';
    ws.getCell('A4').value = 'MẪU TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ';
    ws.mergeCells('A4:F4');
    ws.getCell('A5').value = '(Kèm theo Báo cáo kết quả tổ chức Tuần lễ)';
    ws.mergeCells('A5:F5');
    putRows(ws, 7, [['STT', 'Các hoạt động', 'Đơn vị', 'Số lượng', null, 'Ghi chú'], [null, null, null, 'Số lớp/số cuộc thi', 'Người']]);
    for (const range of ['A7:A8', 'B7:B8', 'C7:C8', 'D7:E7', 'F7:F8']) ws.mergeCells(range);
    putRows(ws, 9, [['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']]);
    const rows = llw2022.rows.map((r) => [r.stt ? Number(r.stt) : null, r.label, r.unit, ...(numbers?.get(r.code) ?? [null, null])]);
    putRows(ws, 10, rows);
    llw2022.rows.forEach((r, i) => {
      if (r.kind === 'heading') ws.getCell(10 + i, 2).font = { bold: true };
    });
    signatures(ws, 10 + rows.length + 1);
  });
}

/** A single-measure form in I/II sections, numbered 1, 2 and a), b) inside them. */
export const ROMAN_ROWS: Value[][] = [
  ['I', 'CƠ SỞ VẬT CHẤT', null],
  [1, 'Số phòng học', 'phòng'],
  [2, 'Số phòng học bộ môn', 'phòng'],
  [3, 'Số trường đạt chuẩn quốc gia', 'trường'],
  ['II', 'ĐỘI NGŨ VÀ KINH PHÍ', null],
  [1, 'Tổng số cán bộ, giáo viên, nhân viên, trong đó:', 'người'],
  ['a)', 'Cán bộ quản lý', 'người'],
  ['b)', 'Giáo viên', 'người'],
  ['c)', 'Nhân viên', 'người'],
  [2, 'Kinh phí mua sắm thiết bị', 'triệu đồng'],
];

export function romanForm(opts: { nfd?: boolean; numbers?: Value[] } = {}): Promise<Buffer> {
  const text = (v: Value): Value => (typeof v === 'string' && opts.nfd ? v.normalize('NFD') : v);
  return xlsxBytes((ws) => {
    ws.getCell('A1').value = text('BIỂU THỐNG KÊ CƠ SỞ VẬT CHẤT, ĐỘI NGŨ NĂM HỌC 2023-2024');
    putRows(ws, 3, [['TT', 'Nội dung', 'ĐVT', 'Số lượng', 'Ghi chú'].map(text)]);
    putRows(ws, 4, ROMAN_ROWS.map((r, i) => [...r.map(text), opts.numbers?.[i] ?? null]));
    for (const r of [4, 8]) ws.getRow(r).font = { bold: true };
  });
}

/** No unit column: "Số lớp" and "Số người" under a merged "Số lượng", a total row at the bottom. */
export function twoColumnForm(): Promise<Buffer> {
  return xlsxBytes((ws) => {
    ws.getCell('A1').value = 'THỐNG KÊ CÁC LỚP HỌC TẬP CỘNG ĐỒNG';
    putRows(ws, 3, [['STT', 'Nội dung', 'Số lượng', null, 'Ghi chú'], [null, null, 'Số lớp', 'Số người']]);
    for (const range of ['A3:A4', 'B3:B4', 'C3:D3', 'E3:E4']) ws.mergeCells(range);
    putRows(ws, 5, [
      [1, 'Lớp tin học cho người lớn tuổi'],
      [2, 'Lớp ngoại ngữ tại trung tâm học tập cộng đồng'],
      [3, 'Câu lạc bộ đọc sách'],
      [null, 'Tổng cộng'],
    ]);
  });
}

/** Hierarchy by indentation only: no STT, sub-rows pushed in by Excel's indent or by spaces. */
export function indentedForm(): Promise<Buffer> {
  return xlsxBytes((ws) => {
    putRows(ws, 1, [['Nội dung', 'Đơn vị tính', 'Số lượng']]);
    const rows: Array<[string, string, number]> = [
      ['Cán bộ, giáo viên, nhân viên', '', 0],
      ['Cán bộ quản lý', 'người', 1],
      ['Giáo viên', 'người', 1],
      ['Giáo viên đạt chuẩn trình độ đào tạo', 'người', 2],
      ['Nhân viên', 'người', 1],
      ['Học sinh', '', 0],
      ['    Học sinh nữ', 'học sinh', 0],
      ['    Học sinh dân tộc thiểu số', 'học sinh', 0],
    ];
    rows.forEach(([label, unit, indent], i) => {
      const c = ws.getCell(2 + i, 1);
      c.value = label;
      if (indent) c.alignment = { indent };
      if (unit) ws.getCell(2 + i, 2).value = unit;
    });
  });
}

/**
 * The office's own mid-year summary: enrolment by school level, "Số trường / Số lớp / Số
 * học sinh", with the office above, a note under the title and the signatures below.
 */
export function midYearForm(filled = false): Promise<Buffer> {
  return xlsxBytes((ws) => {
    ws.getCell('A1').value = 'UBND HUYỆN THANH OAI';
    ws.getCell('A2').value = 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO';
    ws.getCell('A4').value = 'BÁO CÁO THỐNG KÊ SỐ LIỆU GIỮA NĂM HỌC 2023-2024';
    ws.mergeCells('A4:F4');
    ws.getCell('A5').value = '(Số liệu tính đến ngày 15/01/2024)';
    putRows(ws, 7, [['TT', 'Cấp học', 'Số trường', 'Số lớp', 'Số học sinh', 'Ghi chú'], ['A', 'B', '1', '2', '3', 'C']]);
    const rows: Value[][] = [
      [1, 'Mầm non', 12, 98, 2650],
      [2, 'Tiểu học', 15, 240, 7230],
      [3, 'Trung học cơ sở', 11, 150, 5410],
      [4, 'Trường liên cấp TH&THCS', 2, 30, 890],
      [null, 'Tổng cộng', 40, 518, 16180],
    ];
    putRows(ws, 9, filled ? rows : rows.map((r) => r.slice(0, 2)));
    signatures(ws, 15);
  }, 'Giữa năm');
}

/** A library report's form as a Word file: the guideline's headings, the table under "2. Bảng số liệu". */
export function wordForm(opts: { withTable?: boolean } = {}): Promise<Buffer> {
  const row = (values: string[]) => values.map((v) => cell(v));
  const children: Child[] = [
    centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
    centered('HƯỚNG DẪN BÁO CÁO CÔNG TÁC THƯ VIỆN NĂM HỌC 2023-2024'),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('I. KẾT QUẢ THỰC HIỆN')] }),
    p('1. Công tác phát triển văn hóa đọc', { bold: true }),
    p('Nêu các hoạt động đã tổ chức trong năm học, số buổi, số người tham gia.'),
    p('2. Bảng số liệu thư viện', { bold: true }),
  ];
  if (opts.withTable !== false) {
    children.push(
      table([
        row(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số lượng', 'Ghi chú']),
        row(['1', 'Tổng số bản sách, trong đó:', 'bản', '', '']),
        row(['-', 'Sách giáo khoa', 'bản', '', '']),
        row(['-', 'Sách tham khảo', 'bản', '', '']),
        row(['-', 'Sách thiếu nhi', 'bản', '', '']),
        row(['2', 'Số lượt bạn đọc', 'lượt', '', '']),
        row(['3', 'Kinh phí bổ sung sách', 'đồng', '', '']),
      ]),
    );
  }
  children.push(
    p('II. ĐÁNH GIÁ CHUNG', { bold: true }),
    p('1. Ưu điểm', { bold: true }),
    p('2. Hạn chế, nguyên nhân', { bold: true }),
    p('III. ĐỀ XUẤT, KIẾN NGHỊ', { bold: true }),
  );
  return docxOf(children);
}
