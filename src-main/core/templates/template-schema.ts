import { z } from 'zod';
import { MEASURE_KEY_PATTERN, isTextColumn, type Template } from '../model/template';

/**
 * A template as a file carries it (an export of another office, `template infer --json`):
 * the shape only; what the shape cannot say (codes that exist, sums without cycles) is
 * `validateTemplate`'s. Unknown fields are refused, so a typo names its field.
 */
const text = z.string().trim();
/** A measure's key: a short slug ("count", "so-truong"), never a text column's key. */
export const measureKeySchema = z
  .string()
  .regex(MEASURE_KEY_PATTERN, { error: 'phải là mã cột số: chữ thường không dấu, số và "-" (vd. "count", "so-truong")' })
  .refine((k) => !isTextColumn(k), { error: 'trùng với mã của một cột chữ (stt, label, unit, note)' });
const measure = measureKeySchema;
const columnKey = z.union([z.enum(['stt', 'label', 'unit', 'note']), measureKeySchema]);
const level = z.enum(['school', 'district']);

const rowSchema = z
  .object({
    code: text.min(1).max(40),
    stt: z.string().max(20),
    label: z.string().max(2000),
    unit: z.string().max(100),
    kind: z.enum(['heading', 'measured', 'text']),
    measures: z.array(measure).max(20),
    parent: text.min(1).optional(),
    aliases: z.array(z.string().max(2000)).max(50).optional(),
    money: z.boolean().optional(),
  })
  .strict();

const ruleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sum'), row: text.min(1), of: z.array(text.min(1)).min(1), level: level.optional() }).strict(),
  z.object({ type: z.literal('max-per-unit'), row: text.min(1), max: z.number().min(0), level: level.optional() }).strict(),
  z.object({ type: z.literal('people-vs-count'), level: level.optional() }).strict(),
  z.object({ type: z.literal('district-only'), row: text.min(1), level: level.optional() }).strict(),
]);

interface OutlineInput {
  code: string;
  title: string;
  aliases?: string[];
  children?: OutlineInput[];
  holdsTable?: boolean;
}

const outlineSchema: z.ZodType<OutlineInput> = z.lazy(() =>
  z
    .object({
      code: z.string().max(40),
      title: z.string().max(500),
      aliases: z.array(z.string().max(500)).max(50).optional(),
      children: z.array(outlineSchema).max(100).optional(),
      holdsTable: z.boolean().optional(),
    })
    .strict(),
);

const listSchema = z
  .object({
    code: text.min(1).max(40),
    title: z.string().max(500),
    columns: z
      .array(
        z
          .object({
            key: text.min(1).max(40),
            header: z.string().max(200),
            type: z.enum(['text', 'date', 'time', 'number']),
            aliases: z.array(z.string().max(200)).max(50).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(30),
    sortBy: z.array(text.min(1)).max(30),
    unitColumn: text.min(1).optional(),
  })
  .strict();

export const templateSchema = z
  .object({
    id: text.min(1).max(100),
    version: text.min(1).max(50),
    name: text.min(1).max(500),
    campaign: z.string().max(500),
    columns: z
      .array(z.object({ key: columnKey, header: z.string().max(200), group: z.string().max(200).optional() }).strict())
      .min(1)
      .max(20),
    rows: z.array(rowSchema).max(2000),
    rules: z.array(ruleSchema).max(2000),
    outline: z.array(outlineSchema).max(100),
    lists: z.array(listSchema).max(20).optional(),
  })
  .strict();

// The schema must describe exactly the domain type: a field added to one and not the other fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaIsTemplate: Same<z.output<typeof templateSchema>, Template> = true;
void schemaIsTemplate;

const fieldNames = new Map<string, string>(Object.entries({
  id: 'mã mẫu',
  version: 'phiên bản',
  name: 'tên mẫu',
  campaign: 'tên đợt/hoạt động',
  columns: 'các cột của bảng',
  rows: 'các dòng',
  'rows.code': 'mã dòng',
  'rows.label': 'nội dung dòng',
  'rows.unit': 'đơn vị tính',
  'rows.kind': 'loại dòng: "heading", "measured" hoặc "text"',
  'rows.measures': 'các số liệu: mã các cột số của mẫu ("count", "people", "value" hoặc mã riêng)',
  'rows.parent': 'mã dòng cha',
  rules: 'các quy tắc kiểm tra',
  'rules.row': 'mã dòng của quy tắc',
  'rules.of': 'các dòng được cộng',
  outline: 'đề cương báo cáo',
  lists: 'các bảng danh sách',
  'lists.columns': 'các cột của danh sách',
  'lists.sortBy': 'các cột sắp xếp',
}));

export function templateFieldName(path: string): string | undefined {
  return fieldNames.get(path);
}
