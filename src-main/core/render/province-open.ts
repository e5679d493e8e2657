import { createHash } from 'node:crypto';
import type { Workbook } from 'exceljs';
import { ReadError } from '../readers/read-error';
import { loadWorkbook } from './xlsx-io';

export function fingerprintOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The province's workbook, or a reason the specialist can act on. */
export async function openProvinceWorkbook(bytes: Buffer, fileName: string): Promise<Workbook> {
  try {
    return await loadWorkbook(bytes);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new ReadError(
      'province-unreadable',
      `Không mở được tệp mẫu của tỉnh "${fileName}": chỉ dùng được tệp Excel .xlsx (tệp .xls cần lưu lại thành .xlsx bằng Excel). Chi tiết: ${detail}`,
    );
  }
}
