import { z } from 'zod';
import { measureKeySchema } from '../templates/template-schema';

/**
 * A mapping the specialist corrected, as `mapping --json` printed it (extra fields such as
 * `uncertain` or `confirmed` are accepted and dropped). The rows and columns listed are the
 * whole mapping: a row or column left out receives nothing. Pure data, so the API contract
 * can carry it.
 */
export const provinceMappingInputSchema = z.object({
  /** When present, must be the workbook's: a mapping made for another version is refused. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, { error: 'phải là mã sha256 (64 ký tự 0-9, a-f) như lệnh mapping in ra' }).optional(),
  sheet: z.string().min(1).optional(),
  rows: z.array(
    z.object({
      excelRow: z.number().int().min(1),
      /** Template row code, or null for a row that receives nothing. */
      code: z.string().trim().min(1).nullable(),
      stt: z.string().optional(),
      label: z.string().optional(),
    }),
  ),
  columns: z.array(
    z.object({
      excelCol: z.number().int().min(1).max(16384),
      measure: measureKeySchema.nullable(),
      header: z.string().optional(),
    }),
  ),
});

export type ProvinceMappingInput = z.output<typeof provinceMappingInputSchema>;

const fieldNames = new Map<string, string>(Object.entries({
  fingerprint: 'mã nhận diện tệp mẫu',
  sheet: 'trang chứa bảng',
  rows: 'các hàng',
  'rows.excelRow': 'số hàng trong Excel',
  'rows.code': 'mã dòng của mẫu, hoặc null',
  columns: 'các cột',
  'columns.excelCol': 'số thứ tự cột trong Excel (A = 1)',
  'columns.measure': 'số liệu ghi vào cột: mã một cột số của mẫu ("count", "people", "value" …) hoặc null',
}));

export function mappingFieldName(path: string): string | undefined {
  return fieldNames.get(path);
}
