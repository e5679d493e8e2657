import type { Workbook, Worksheet } from 'exceljs';
import type { ConsolidationResult } from '../model/consolidation';
import { templateOrder } from './provenance-sheet';
import { a4Print, bodyStyle, numberStyle, setView, writeHeaderRow, writeTitle } from './sheet-style';
import { styleIndex, writeRowsXml, type SheetCellValue } from './sheet-rows-xml';
import { measureWord, statusLabel } from './vi-labels';

export const SCHOOL_DETAIL_SHEET = 'Chi tiết theo trường';

const HEADER_ROW = 3;
const HEADERS = ['Mã đơn vị', 'Tên đơn vị', 'Trạng thái', 'Trường', 'Trạng thái tại đơn vị', 'Mã dòng', 'Hoạt động', 'Chỉ tiêu', 'Giá trị', 'Nguồn số liệu'];
const WIDTHS = [12, 30, 18, 30, 18, 8, 45, 12, 14, 70];

/**
 * "Chi tiết theo trường" (a province's round): every school of every district that sent this
 * app's workbook, each number with where the district read it, "Phòng GD&ĐT huyện Châu Thành
 * › Trường Tiểu học Liên Châu › BC HTSĐ 2023.xlsx, Biểu mẫu!D8".
 */
export async function addSchoolDetailSheet(wb: Workbook, result: ConsolidationResult): Promise<Worksheet> {
  const ws = wb.addWorksheet(SCHOOL_DETAIL_SHEET, a4Print('landscape', `${HEADER_ROW}:${HEADER_ROW}`));
  writeTitle(ws, 1, HEADERS.length, 'SỐ LIỆU CỦA TỪNG TRƯỜNG THEO BÁO CÁO CỦA ĐƠN VỊ');
  writeHeaderRow(ws, HEADER_ROW, HEADERS);
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  setView(ws, { state: 'frozen', ySplit: HEADER_ROW });
  const rows = new Map(result.template.rows.map((row) => [row.code, row]));
  const inOrder = templateOrder(result.template);
  const styles = HEADERS.map((h) => styleIndex(wb, h === 'Giá trị' ? numberStyle() : bodyStyle()));
  function* lines(): Generator<SheetCellValue[]> {
    for (const unit of result.units) {
      for (const school of unit.schools ?? []) {
        for (const v of [...school.values].sort(inOrder)) {
          const row = rows.get(v.row);
          yield [
            unit.code,
            unit.name,
            statusLabel[unit.status],
            school.name,
            school.status,
            v.row,
            row?.label ?? '',
            row ? measureWord(row, v.measure, result.template) : v.measure,
            v.value,
            `${unit.name} › ${school.name} › ${v.file}, ${v.where}`,
          ];
        }
      }
    }
  }
  const end = await writeRowsXml(ws, HEADER_ROW + 1, lines(), styles);
  if (end > HEADER_ROW + 1) ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: end - 1, column: HEADERS.length } };
  return ws;
}
