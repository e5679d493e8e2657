import ExcelJS from 'exceljs';
import type { SampleSchool } from './schools';

/** The office's unit registry as the specialist keeps it in Excel. */
export async function registryWorkbook(schools: SampleSchool[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['DANH SÁCH ĐƠN VỊ TRỰC THUỘC PHÒNG GD&ĐT THANH OAI']);
  ws.addRow([]);
  ws.addRow(['Mã đơn vị', 'Tên đơn vị', 'Email', 'Loại', 'Số học sinh']);
  for (const s of schools) ws.addRow([s.code, s.name, s.email, s.type, s.students]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
