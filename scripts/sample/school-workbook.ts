import ExcelJS from 'exceljs';
import type { Figures } from '../../src-main/core/model/extraction';
import type { Template } from '../../src-main/core/model/template';
import type { SampleSchool } from './schools';

export interface WorkbookStyle {
  /** Top-left corner of the table (1-based row and column). */
  startRow: number;
  startCol: number;
  /** Labels written decomposed (NFD), as some Mac and web tools save them. */
  nfd: boolean;
  /** Numbers typed as text the Vietnamese way ("1.500.000") instead of numeric cells. */
  numbersAsText: boolean;
  /** Sub-rows numbered "1.1", "1.2" … instead of left blank. */
  numberedSubRows: boolean;
}

function formatVi(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** The school's filled-in form, laid out the way real schools vary it. */
export async function schoolWorkbook(
  school: SampleSchool,
  template: Template,
  figures: Figures,
  year: number,
  style: WorkbookStyle,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu mẫu');
  const text = (s: string) => (style.nfd ? s.normalize('NFD') : s);
  const c0 = style.startCol;
  ws.getCell(1, c0).value = text(`PHÒNG GD&ĐT THANH OAI`);
  ws.getCell(2, c0).value = text(school.name.toUpperCase());
  ws.getCell(3, c0).value = text(`MẪU TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM ${year}`);
  const h = style.startRow;
  const headers = ['STT', 'Các hoạt động', 'Đơn vị', 'Số lượng', '', 'Ghi chú'];
  headers.forEach((v, i) => (ws.getCell(h, c0 + i).value = text(v)));
  ws.getCell(h + 1, c0 + 3).value = text('Số lớp/số cuộc thi');
  ws.getCell(h + 1, c0 + 4).value = text('Người');
  for (const i of [0, 1, 2, 5]) ws.mergeCells(h, c0 + i, h + 1, c0 + i);
  ws.mergeCells(h, c0 + 3, h, c0 + 4);

  let r = h + 2;
  for (const row of template.rows) {
    const stt = row.stt || (style.numberedSubRows ? row.code : '');
    ws.getCell(r, c0).value = stt;
    ws.getCell(r, c0 + 1).value = text(row.label);
    ws.getCell(r, c0 + 2).value = text(row.unit);
    const f = figures[row.code];
    if (f) {
      const put = (col: number, n: number | undefined) => {
        if (n === undefined) return;
        ws.getCell(r, col).value = style.numbersAsText ? `${formatVi(n)}${row.money ? ' đ' : ''}` : n;
      };
      if (row.measures.length === 2) {
        put(c0 + 3, f.count);
        put(c0 + 4, f.people);
      } else put(c0 + 3, f.value);
    }
    r++;
  }
  ws.getCell(r + 1, c0 + 4).value = text(`Thanh Oai, ngày 10 tháng 10 năm ${year}`);
  ws.getCell(r + 2, c0 + 4).value = text('HIỆU TRƯỞNG');
  return Buffer.from(await wb.xlsx.writeBuffer());
}
