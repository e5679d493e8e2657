import { z } from 'zod';

/**
 * What an office may set for its documents (report-format.md). Every field is optional: one
 * left out keeps its default, shown as such. Unknown fields are refused, so that a misspelt
 * "offceName" is reported rather than silently ignored. Pure data (no file access), so the
 * API contract can carry it.
 */

const line = (max: number) => z.string().trim().min(1).max(max);

/** Margins within the decree's ranges (report-format.md): outside them a report is sent back. */
const margin = (min: number, max: number) =>
  z.number().min(min, { error: `phải từ ${min} đến ${max} mm theo Nghị định 30/2020` }).max(max, { error: `phải từ ${min} đến ${max} mm theo Nghị định 30/2020` });

export const SIGNER_PREFIXES = ['', 'KT.', 'TM.', 'Q.', 'TL.', 'TUQ.'] as const;

/** "BC-PGDĐT", "BC-GDĐT&GDTX": upper-case letters (Vietnamese too) and digits, joined by "-" or "&". */
const DOC_CODE = /^[\p{Lu}\d]+(?:[-&][\p{Lu}\d]+)*$/u;

export const officeSettingsInputSchema = z.strictObject({
  superiorBody: line(120).optional(),
  officeName: line(120).optional(),
  place: line(60).optional(),
  docCode: z
    .string()
    .trim()
    .regex(DOC_CODE, { error: 'chỉ gồm chữ in hoa, chữ số và dấu "-" (ví dụ "BC-PGDĐT")' })
    .optional(),
  docNumber: z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, { error: 'chỉ gồm chữ số (ví dụ "125"); bỏ hẳn trường này để văn thư điền số' })
    .optional(),
  recipientTo: z.string().trim().min(1).max(500).optional(),
  signer: z
    .strictObject({
      prefix: z.enum(SIGNER_PREFIXES),
      authorityTitle: line(80),
      title: line(80),
      name: line(80),
    })
    .partial()
    .optional(),
  distribution: z.array(line(200)).min(1).max(20).optional(),
  signatureImage: line(1000).optional(),
  sealImage: line(1000).optional(),
  margins: z
    .strictObject({ top: margin(20, 25), bottom: margin(20, 25), left: margin(30, 35), right: margin(15, 20) })
    .partial()
    .optional(),
});

/** The fields an office wrote; the rest are defaults. What the store keeps. */
export type OfficeSettingsInput = z.output<typeof officeSettingsInputSchema>;

/** Every setting by its path, with the name a specialist knows it by. */
export const officeSettingsFields: ReadonlyArray<{ path: string; label: string }> = [
  { path: 'superiorBody', label: 'Cơ quan chủ quản' },
  { path: 'officeName', label: 'Cơ quan ban hành' },
  { path: 'place', label: 'Địa danh ở dòng ngày tháng' },
  { path: 'docCode', label: 'Ký hiệu văn bản' },
  { path: 'docNumber', label: 'Số văn bản' },
  { path: 'recipientTo', label: 'Kính gửi' },
  { path: 'signer.prefix', label: 'Thẩm quyền ký: KT., TM., Q., TL., TUQ. hoặc để trống' },
  { path: 'signer.authorityTitle', label: 'Chức vụ người đứng đầu' },
  { path: 'signer.title', label: 'Chức vụ người ký' },
  { path: 'signer.name', label: 'Họ tên người ký' },
  { path: 'distribution', label: 'Nơi nhận' },
  { path: 'signatureImage', label: 'Ảnh chữ ký (PNG)' },
  { path: 'sealImage', label: 'Ảnh con dấu (PNG)' },
  { path: 'margins.top', label: 'Lề trên (mm)' },
  { path: 'margins.bottom', label: 'Lề dưới (mm)' },
  { path: 'margins.left', label: 'Lề trái (mm)' },
  { path: 'margins.right', label: 'Lề phải (mm)' },
];

const groupLabels = new Map<string, string>(Object.entries({ signer: 'Người ký', margins: 'Lề trang' }));

export function settingsFieldName(path: string): string | undefined {
  return officeSettingsFields.find((f) => f.path === path)?.label ?? groupLabels.get(path);
}
