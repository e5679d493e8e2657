/**
 * Reads a small batch on two worker threads, one file of which exceeds the time limit, and
 * prints the statuses; it never calls process.exit, so it ends only if the pool left nothing running.
 */
import ExcelJS from 'exceljs';
import { readAllReceived } from '../../src-main/core/job/read-pool';
import { hugeWorkbook } from './huge-workbook';

const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('Báo cáo');
sheet.addRow(['STT', 'Nội dung', 'Số lượng']);
sheet.addRow([1, 'Số người tham gia', 1500]);
const small = Buffer.from(await workbook.xlsx.writeBuffer());

const outcomes = await readAllReceived(
  [
    { name: 'a.xlsx', origin: 'a.xlsx', bytes: small },
    { name: 'rat-lon.xlsx', origin: 'rat-lon.xlsx', bytes: await hugeWorkbook(2, 40) },
    { name: 'b.xlsx', origin: 'b.xlsx', bytes: small },
  ],
  { threads: 2, timeoutMs: 1000 },
);
process.stdout.write(JSON.stringify(outcomes.map((o) => o.status)));
