/** Blank and filled forms of several layouts, built in code as provinces and offices make them. */
import ExcelJS from 'exceljs';
import { HeadingLevel, Paragraph, TableCell, TextRun } from 'docx';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { cell, centered, dataRow, docxOf, p, statisticsHeader, table, type Child } from '../docx/build-docx';

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

/**
 * The province's guideline as a Word file (seeds/003): its own numbered parts (1. Yêu cầu
 * … 4. Nội dung), the outline the schools' reports follow (I, I.1–I.3, II, II.1–II.5), then
 * the form itself, a Word table with the merged two-row header, sub-rows with an empty STT.
 */
export function llwGuideline(): Promise<Buffer> {
  const headings: Array<[string, boolean]> = [
    ['I. TỔ CHỨC TRIỂN KHAI TUẦN LỄ', true],
    ['1. Công tác chỉ đạo, ban hành kế hoạch triển khai thực hiện', false],
    ['2. Nội dung các hoạt động đã triển khai trong Tuần lễ', false],
    ['3. Kinh phí tổ chức Tuần lễ', false],
    ['II. ĐÁNH GIÁ CHUNG', true],
    ['1. Những kết quả đã đạt được', false],
    ['2. Bài học kinh nghiệm', false],
    ['3. Khó khăn, tồn tại', false],
    ['4. Kiến nghị, đề xuất', false],
    ['5. Bảng tổng hợp số liệu các hoạt động tổ chức Tuần lễ', false],
  ];
  const children: Child[] = [
    centered('ỦY BAN NHÂN DÂN TỈNH BẾN TRE'),
    p('1. Yêu cầu', { bold: true }),
    p('Tổ chức Tuần lễ nhằm tiếp tục đẩy mạnh phong trào học tập sâu rộng trong các tầng lớp nhân dân.'),
    p('2. Chủ đề: “Thúc đẩy chuyển đổi số phục vụ cho học tập suốt đời”.'),
    p('3. Thời gian: Tuần lễ được tổ chức từ ngày 01/10/2022 đến ngày 07/10/2022.'),
    p('4. Nội dung các hoạt động', { bold: true }),
    p('a) Nội dung tuyên truyền'),
    p('Nơi nhận:'),
    centered('BÁO CÁO TỔNG KẾT CÁC HOẠT ĐỘNG HƯỞNG ỨNG TUẦN LỄ HỌC TẬP SUỐT ĐỜI NĂM 2022'),
    ...headings.flatMap(([h, bold]) => [p(h, { bold }), p('Nêu rõ kết quả, số liệu cụ thể.')]),
    centered('MẪU TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ'),
    table([...statisticsHeader(), ...llw2022.rows.map((r) => dataRow(r.stt, r.label, r.unit, '', ''))]),
  ];
  return docxOf(children);
}

/** Sections with their own "Cộng" rows and a "Tổng cộng" over them; the number columns have no unit column beside them. */
export function subtotalForm(): Promise<Buffer> {
  return xlsxBytes((ws) => {
    putRows(ws, 1, [['TT', 'Loại hình trường', 'Số trường', 'Số lớp', 'Số học sinh']]);
    putRows(ws, 2, [
      ['I', 'Công lập'], [1, 'Mầm non'], [2, 'Tiểu học'], [null, 'Cộng'],
      ['II', 'Ngoài công lập'], [1, 'Mầm non'], [2, 'Tiểu học'], [null, 'Cộng'],
      [null, 'Tổng cộng'],
    ]);
    for (const r of [2, 6, 10]) ws.getRow(r).font = { bold: true };
  });
}

/**
 * An official statistics form: "Chỉ tiêu | Mã số | Đơn vị tính | Tổng số | Trong đó: Nữ,
 * Dân tộc", the column numbers with their sum ("1=2+3"), row codes 01, 02 in their own
 * column, a ratio row in %.
 */
export function staffForm(): Promise<Buffer> {
  return xlsxBytes((ws) => {
    putRows(ws, 1, [['Chỉ tiêu', 'Mã số', 'Đơn vị tính', 'Tổng số', 'Trong đó', null], [null, null, null, null, 'Nữ', 'Dân tộc']]);
    for (const range of ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1']) ws.mergeCells(range);
    putRows(ws, 3, [['A', 'B', 'C', '1=2+3', '2', '3']]);
    putRows(ws, 4, [
      ['1. Tổng số giáo viên', '01', 'người'],
      ['- Giáo viên mầm non', '02', 'người'],
      ['- Giáo viên tiểu học', '03', 'người'],
      ['2. Tỷ lệ giáo viên đạt chuẩn', '04', '%'],
    ]);
  });
}

/** A Word table whose sub-rows are only indented (Word's left indent), headings bold, a remarks column. */
export function indentedWordForm(): Promise<Buffer> {
  const labelCell = (text: string, indent: number, bold = false) =>
    new TableCell({ children: [new Paragraph({ indent: { left: indent }, children: [new TextRun({ text, bold })] })] });
  const rows: Array<[string, number, boolean, string]> = [
    ['Học sinh toàn trường', 0, true, 'học sinh'],
    ['Học sinh khuyết tật', 720, false, 'học sinh'],
    ['Học sinh có hoàn cảnh khó khăn', 720, false, 'học sinh'],
    ['Hoạt động ngoại khóa', 0, true, ''],
    ['Số buổi ngoại khóa', 720, false, 'buổi'],
    ['Số học sinh tham gia', 720, false, 'lượt'],
  ];
  return docxOf([
    centered('BIỂU THỐNG KÊ HỌC SINH VÀ HOẠT ĐỘNG NGOẠI KHÓA'),
    table([
      ['Nội dung', 'Đơn vị tính', 'Số HS', 'Nhận xét'].map((h) => cell(h)),
      ...rows.map(([label, indent, bold, unit]) => [labelCell(label, indent, bold), cell(unit), cell(''), cell('')]),
    ]),
  ]);
}

/**
 * "Trong đó:" on a row of its own under a total whose parts sit beside it, followed by
 * rows counting something else; a second table further down the sheet.
 */
export function breakdownForm(): Promise<Buffer> {
  return xlsxBytes((ws) => {
    putRows(ws, 1, [['STT', 'Nội dung', 'ĐVT', 'Số lượng']]);
    putRows(ws, 2, [
      [1, 'Học sinh'],
      [null, 'Tổng số học sinh', 'học sinh'],
      [null, 'Trong đó:'],
      [null, 'Học sinh nữ', 'học sinh'],
      [null, 'Học sinh dân tộc thiểu số', 'học sinh'],
      [null, 'Số lớp', 'lớp'],
      [null, 'Số phòng học', 'phòng'],
    ]);
    ws.getCell('B2').font = { bold: true };
    putRows(ws, 11, [['STT', 'Nội dung', 'ĐVT', 'Số lượng'], [1, 'Số máy tính', 'chiếc']]);
  });
}

/** The rows of a library form: "đầu/bản" rows count both titles and copies, the others one thing. */
export const LIBRARY_ROWS: Value[][] = [
  ['I', 'VỐN TÀI LIỆU', null],
  [1, 'Tổng số sách trong thư viện, trong đó:', 'đầu/bản'],
  ['1.1', 'Sách giáo khoa', 'đầu/bản'],
  ['1.2', 'Sách tham khảo', 'đầu/bản'],
  ['1.3', 'Sách thiếu nhi', 'đầu/bản'],
  [2, 'Báo, tạp chí', 'loại'],
  ['II', 'HOẠT ĐỘNG', null],
  [1, 'Số lượt bạn đọc', 'lượt'],
  [2, 'Số buổi giới thiệu sách', 'buổi'],
];

/** A library form: "Số lượng" merged over "Đầu sách" and "Bản sách", a unit column. `numbers` fills it, per row [đầu, bản]. */
export function libraryForm(numbers?: Value[][]): Promise<Buffer> {
  return xlsxBytes((ws) => {
    ws.getCell('A1').value = 'BÁO CÁO THỐNG KÊ THƯ VIỆN TRƯỜNG HỌC NĂM HỌC 2025-2026';
    ws.mergeCells('A1:F1');
    putRows(ws, 3, [['TT', 'Nội dung', 'ĐVT', 'Số lượng', null, 'Ghi chú'], [null, null, null, 'Đầu sách', 'Bản sách']]);
    for (const range of ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4']) ws.mergeCells(range);
    putRows(ws, 5, LIBRARY_ROWS.map((r, i) => [...r, ...(numbers?.[i] ?? [])]));
    for (const r of [5, 11]) ws.getRow(r).font = { bold: true };
  });
}

/** The rows of an enrolment form: "Mầm non" numbered with "-" parts, no unit column, a "Cộng" row. */
export const ENROLMENT_ROWS: Value[][] = [[1, 'Mầm non'], ['-', 'Nhà trẻ'], ['-', 'Mẫu giáo'], [2, 'Tiểu học'], [3, 'THCS'], [null, 'Cộng']];

/** An enrolment form: "Số học sinh" merged over "Tổng số" and "Trong đó: Nữ", the title above the table. */
export function enrolmentForm(numbers?: Value[][]): Promise<Buffer> {
  return xlsxBytes((ws) => {
    ws.getCell('A1').value = 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CAM LỘ';
    ws.getCell('A3').value = 'THỐNG KÊ SỐ LIỆU ĐẦU NĂM HỌC 2025-2026';
    ws.mergeCells('A3:G3');
    putRows(ws, 5, [['STT', 'Cấp học', 'Số trường', 'Số lớp', 'Số học sinh', null, 'Ghi chú'], [null, null, null, null, 'Tổng số', 'Trong đó: Nữ']]);
    for (const range of ['A5:A6', 'B5:B6', 'C5:C6', 'D5:D6', 'E5:F5', 'G5:G6']) ws.mergeCells(range);
    putRows(ws, 7, ENROLMENT_ROWS.map((r, i) => [...r, ...(numbers?.[i] ?? [])]));
  });
}
