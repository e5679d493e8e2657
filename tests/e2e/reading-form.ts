/**
 * A district's own report nobody built a template for: the reading-culture report, as the
 * office's blank form in Excel — the heading and motto above, a merged two-row header
 * ("Số lượng" over "Số buổi/cuộc" and "Số người"), Roman sections, a "Tổng số …, trong đó:"
 * row over its parts, signatures below. `filled` is a school's copy with its name and numbers.
 */
import ExcelJS from 'exceljs';

type Row = [stt: string, label: string, unit: string, bold?: boolean];

export const READING_ROWS: Row[] = [
  ['I', 'HOẠT ĐỘNG ĐỌC SÁCH', '', true],
  ['1', 'Tổng số buổi đọc sách, trong đó:', 'buổi/người'],
  ['-', 'Đọc sách tại thư viện trường', 'buổi/người'],
  ['-', 'Đọc sách tại lớp học', 'buổi/người'],
  ['-', 'Đọc sách trực tuyến', 'buổi/người'],
  ['2', 'Ngày hội đọc sách, giới thiệu sách', 'cuộc/người'],
  ['II', 'THƯ VIỆN VÀ TỦ SÁCH', '', true],
  ['1', 'Số tủ sách lớp học được xây dựng mới', 'tủ'],
  ['2', 'Số sách được tặng, quyên góp', 'quyển'],
  ['3', 'Kinh phí mua sách, báo', 'đồng'],
];

export interface FilledReading {
  school: string;
  /** The numbers per row of READING_ROWS (by index), as the school types them ("1.500.000" as text too). */
  numbers: Map<number, Array<number | string>>;
  /** Rows a later version of the form added at its end, with the school's numbers. */
  added?: Array<[...Row, Array<number | string>]>;
}

export async function readingForm(filled?: FilledReading): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu mẫu');
  ws.getCell('A1').value = 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THANH OAI';
  ws.getCell('D1').value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  ws.getCell('D2').value = 'Độc lập - Tự do - Hạnh phúc';
  ws.getCell('A3').value = 'BÁO CÁO KẾT QUẢ PHÁT TRIỂN VĂN HÓA ĐỌC NĂM HỌC 2023-2024';
  ws.mergeCells('A3:F3');
  ws.getCell('A4').value = `Đơn vị: ${filled?.school ?? '……………………………………'}`;
  ws.getRow(6).values = ['STT', 'Nội dung', 'Đơn vị tính', 'Số lượng', null, 'Ghi chú'];
  ws.getRow(7).values = [null, null, null, 'Số buổi/cuộc', 'Số người'];
  for (const range of ['A6:A7', 'B6:B7', 'C6:C7', 'D6:E6', 'F6:F7']) ws.mergeCells(range);
  const rows: Array<[...Row, Array<number | string>]> = [...READING_ROWS.map((r, i): [...Row, Array<number | string>] => [r[0], r[1], r[2], r[3], filled?.numbers.get(i) ?? []]), ...(filled?.added ?? [])];
  rows.forEach(([stt, label, unit, bold, numbers], i) => {
    const row = ws.getRow(8 + i);
    row.values = [stt, label, unit, ...numbers];
    if (bold) row.font = { bold: true };
  });
  const end = 8 + rows.length + 1;
  ws.getCell(end + 1, 5).value = 'Thanh Oai, ngày … tháng … năm 2024';
  ws.getCell(end + 2, 2).value = 'Người lập biểu';
  ws.getCell(end + 2, 5).value = 'HIỆU TRƯỞNG';
  ws.getColumn(2).width = 48;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
