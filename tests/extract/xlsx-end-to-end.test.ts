import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkTable } from '../../src-main/core/checks/table-checks';
import { extractFigures, figuresOf } from '../../src-main/core/extract';
import { readXlsx } from '../../src-main/core/readers/xlsx-reader';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { OFFICIAL_ROWS, SCHOOL } from './official-form';

/** A school's workbook as Excel saves it: title rows, merged two-row header, NFD labels, a formula total. */
async function schoolWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Hướng dẫn').getCell('A1').value = 'Điền số liệu vào trang tính "Số liệu"';
  const ws = wb.addWorksheet('Số liệu');
  ws.getCell('B1').value = 'TRƯỜNG TIỂU HỌC LIÊN CHÂU';
  ws.getCell('B2').value = 'MẪU TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ';
  const top = 4;
  ['STT', 'Các hoạt động', 'Đơn vị', 'Số lượng', '', 'Ghi chú'].forEach((h, i) => (ws.getRow(top).getCell(2 + i).value = h || null));
  ws.getRow(top + 1).getCell(5).value = 'Số lớp/số cuộc thi';
  ws.getRow(top + 1).getCell(6).value = 'Người';
  ws.mergeCells(top, 5, top, 6);
  for (const c of [2, 3, 4, 7]) ws.mergeCells(top, c, top + 1, c);
  OFFICIAL_ROWS.forEach(([code, stt, label, unit], i) => {
    const row = ws.getRow(top + 2 + i);
    const [a, b, note] = SCHOOL[code] ?? [];
    row.getCell(2).value = stt || null;
    row.getCell(3).value = label.normalize('NFD');
    row.getCell(4).value = unit || null;
    row.getCell(5).value = a ?? null;
    row.getCell(6).value = b ?? null;
    row.getCell(7).value = note || null;
  });
  // 1.0 people as a formula over 1.1–1.14, with its cached result.
  const totalRow = top + 2 + OFFICIAL_ROWS.findIndex(([c]) => c === '1.0');
  ws.getRow(totalRow).getCell(6).value = { formula: `SUM(F${totalRow + 1}:F${totalRow + 14})`, result: 180 };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('from an Excel file to checked numbers', () => {
  it('reads a real workbook through the xlsx reader', async () => {
    const doc = await readXlsx(await schoolWorkbook(), 'TH Liên Châu.xlsx');
    const { extraction, findings } = extractFigures(doc, llw2022);
    expect(findings).toEqual([]);
    expect(extraction!.table).toBe('Số liệu');
    const f = figuresOf(extraction!);
    expect(f['1.0']).toEqual({ count: 5, people: 180 });
    expect(f['10.1']).toEqual({ value: 1_500_000 });
    expect(f['9.1']).toEqual({ value: 1 });
    expect(extraction!.values.find((v) => v.row === '1.0' && v.measure === 'people')?.where).toBe('Số liệu!F7');
    expect(checkTable(extraction!, llw2022)).toEqual([]);
  });
});
