import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** A registry workbook as offices make them: a merged title, a blank row, then the header. */
export async function registryWorkbook(rows: (string | number | ExcelJS.CellValue)[][], header = ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Email', 'Loại', 'Số học sinh']): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.getCell('A1').value = 'DANH SÁCH ĐƠN VỊ TRƯỜNG HỌC NĂM HỌC 2023-2024';
  ws.mergeCells('A1:F1');
  ws.addRow([]);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Text as Vietnamese Windows writes it in Windows-1258: letters with circumflex, breve or horn
 * are single bytes, tone marks are separate combining bytes.
 */
export function windows1258(text: string): Buffer {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const split = [...text.normalize('NFC')].map((ch) => {
    const d = ch.normalize('NFD');
    const toneMarks = d.match(tones)?.join('') ?? '';
    return d.replace(tones, '').normalize('NFC') + toneMarks;
  }).join('');
  return iconv.encode(split, 'windows1258');
}
