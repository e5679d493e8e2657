import { measureColumns, type Template, type TemplateRow } from '../model/template';
import { fingerprintOf, openProvinceWorkbook } from '../render/province-open';
import { proposeProvinceMapping, type ProvinceColumnMapping, type ProvinceMapping, type ProvinceRowMapping } from '../render/province-workbook';
import { measureName } from '../render/vi-labels';
import { InvalidInput, parseInput } from '../settings/validation';
import { mappingFieldName, provinceMappingInputSchema, type ProvinceMappingInput } from './mapping-input-schema';

/** Values listed twice: a template row written into two Excel rows would be counted twice by the province. */
function duplicates<T, K>(items: T[], key: (item: T) => K | null): Array<[K, T[]]> {
  const by = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) by.set(k, [...(by.get(k) ?? []), item]);
  }
  return [...by].filter(([, list]) => list.length > 1);
}

function problemsOf(input: ProvinceMappingInput, template: Template, sheet: string, letter: (col: number) => string): string[] {
  const problems: string[] = [];
  const codes = new Set(template.rows.map((r) => r.code));
  for (const row of input.rows) {
    if (row.code !== null && !codes.has(row.code)) problems.push(`Trang "${sheet}", hàng ${row.excelRow}: mẫu "${template.name}" không có dòng "${row.code}".`);
  }
  for (const [code, rows] of duplicates(input.rows, (r) => r.code)) {
    problems.push(`Dòng ${code} được ghép với nhiều hàng (${rows.map((r) => r.excelRow).join(', ')}) của trang "${sheet}": mỗi dòng chỉ ghi vào một hàng.`);
  }
  for (const [excelRow] of duplicates(input.rows, (r) => r.excelRow)) problems.push(`Hàng ${excelRow} của trang "${sheet}" có mặt hai lần trong danh sách hàng.`);
  const measures = new Set([...measureColumns(template).map((c) => c.key), ...template.rows.flatMap((r) => r.measures)]);
  for (const col of input.columns) {
    if (col.measure !== null && !measures.has(col.measure)) {
      const known = [...measures].map((m) => `"${m}"`).join(', ');
      problems.push(`Cột ${letter(col.excelCol)} của trang "${sheet}": mẫu "${template.name}" không có số liệu "${col.measure}" (có: ${known}).`);
    }
  }
  for (const [measure, cols] of duplicates(input.columns, (c) => c.measure)) {
    problems.push(`Có nhiều cột nhận ${measureName(measure, template)} (cột ${cols.map((c) => letter(c.excelCol)).join(', ')} của trang "${sheet}"): chỉ chọn một cột.`);
  }
  for (const [excelCol] of duplicates(input.columns, (c) => c.excelCol)) problems.push(`Cột ${letter(excelCol)} có mặt hai lần trong danh sách cột.`);
  return problems;
}

/**
 * Checks a mapping the specialist corrected against the workbook and the template, and
 * returns it as confirmed: every row at score 1, nothing left uncertain. Refuses (InvalidInput,
 * each problem in Vietnamese) a mapping made for another workbook, a missing sheet, unknown
 * row codes, and a row or measure given twice.
 */
export async function confirmProvinceMapping(
  bytes: Buffer,
  fileName: string,
  template: Template,
  data: unknown,
  what = `Cách ghi vào mẫu "${fileName}"`,
): Promise<ProvinceMapping> {
  const input = parseInput(provinceMappingInputSchema, data, what, mappingFieldName);
  const fingerprint = fingerprintOf(bytes);
  if (input.fingerprint && input.fingerprint !== fingerprint) {
    throw new InvalidInput(what, [
      `được lập cho một tệp khác, hoặc tệp "${fileName}" đã bị sửa sau đó: hãy chạy lại lệnh mapping với tệp này rồi sửa kết quả mới.`,
    ]);
  }
  const proposed = await proposeProvinceMapping(bytes, fileName, template);
  const sheet = input.sheet ?? proposed.sheet;
  const ws = (await openProvinceWorkbook(bytes, fileName)).getWorksheet(sheet);
  if (!ws) throw new InvalidInput(what, [`Tệp "${fileName}" không có trang "${sheet}".`]);
  const letter = (col: number) => ws.getColumn(col).letter;
  const problems = problemsOf(input, template, sheet, letter);
  if (problems.length) throw new InvalidInput(what, problems);

  const proposedRow = new Map(proposed.rows.map((r) => [r.excelRow, r]));
  const rows = input.rows
    .map((r): ProvinceRowMapping => {
      const seen = proposedRow.get(r.excelRow);
      return { excelRow: r.excelRow, stt: r.stt ?? seen?.stt ?? '', label: r.label ?? seen?.label ?? '', code: r.code, score: 1 };
    })
    .sort((a, b) => a.excelRow - b.excelRow);
  const columns = input.columns
    .map((c): ProvinceColumnMapping => ({
      excelCol: c.excelCol,
      letter: letter(c.excelCol),
      header: c.header ?? proposed.columns.find((p) => p.excelCol === c.excelCol)?.header ?? '',
      measure: c.measure,
    }))
    .sort((a, b) => a.excelCol - b.excelCol);
  return {
    fileName,
    fingerprint,
    templateId: template.id,
    templateVersion: template.version,
    sheet,
    headerRows: sheet === proposed.sheet ? proposed.headerRows : [],
    rows,
    columns,
    uncertain: [],
  };
}

/** Template rows that take numbers but have no row in the province's table: their totals are not written. */
export function unmappedRows(mapping: ProvinceMapping, template: Template): TemplateRow[] {
  const mapped = new Set(mapping.rows.map((r) => r.code));
  return template.rows.filter((r) => r.kind === 'measured' && !mapped.has(r.code));
}
