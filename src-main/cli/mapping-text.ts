import type { WorkbookMapping } from '../core/province/mapping-store';
import type { ProvinceUncertainty } from '../core/render/province-workbook';
import { measureName } from '../core/render/vi-labels';
import type { Template } from '../core/model/template';
import { unmappedRows } from '../core/province/confirm-mapping';

/** How a mapping of the province's workbook reads for the specialist, in the terminal. */

const shorten = (s: string, max = 48) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const pct = (score: number) => `${Math.round(score * 100)}%`;
const quoteArg = (s: string) => (/^[\w./-]+$/.test(s) ? s : `"${s}"`);

/** The steps to confirm a mapping from the command line. */
export function confirmHint(workbook: string, db?: string): string {
  const file = quoteArg(workbook);
  const store = db ? quoteArg(db) : '<tệp-kho>';
  return [
    'Để xác nhận cách ghi:',
    `  1. npm run cli -- mapping ${file} --json > cach-ghi.json`,
    '  2. sửa trong cach-ghi.json: "code" của hàng (mã dòng của mẫu, null nếu hàng không nhận số), "measure" của cột',
    `  3. npm run cli -- mapping ${file} --db ${store} --confirm cach-ghi.json`,
    `  4. lệnh consolidate --template ${file} --db ${store} sẽ dùng cách ghi đã xác nhận`,
  ].join('\n');
}

export function uncertainLines(uncertain: ProvinceUncertainty[]): string[] {
  return uncertain.map((u) => `  - ${u.message}`);
}

export function describeMapping({ mapping, confirmedAt }: WorkbookMapping, template: Template): string[] {
  const byCode = new Map(template.rows.map((r) => [r.code, r]));
  const asked = new Set(mapping.uncertain.flatMap((u) => (u.excelRow ? [u.excelRow] : [])));
  const header = mapping.headerRows.length ? `, tiêu đề bảng ở hàng ${mapping.headerRows[0]}–${mapping.headerRows[mapping.headerRows.length - 1]}` : '';
  const lines = [
    `Mẫu của Sở "${mapping.fileName}": bảng ở trang "${mapping.sheet}"${header}.`,
    confirmedAt ? `Cách ghi đã được xác nhận (${new Date(confirmedAt).toLocaleString('vi-VN')}).` : 'Cách ghi do máy đề xuất, chưa được xác nhận.',
    'Cột:',
    ...mapping.columns.map((c) => `  ${c.letter.padEnd(3)} "${shorten(c.header, 40)}" → ${c.measure ? measureName(c.measure, template) : 'không ghi'}`),
    'Hàng:',
    ...mapping.rows.map((r) => {
      const target = r.code ? `dòng ${r.code} "${shorten(byCode.get(r.code)?.label ?? '', 36)}"${confirmedAt ? '' : ` (${pct(r.score)})`}` : 'không ghi';
      return `  hàng ${String(r.excelRow).padEnd(4)} ${r.stt.padEnd(5)} "${shorten(r.label)}" → ${target}${asked.has(r.excelRow) ? '  ← cần xác nhận' : ''}`;
    }),
  ];
  if (mapping.uncertain.length) lines.push(`Cần xác nhận (${mapping.uncertain.length}):`, ...uncertainLines(mapping.uncertain));
  else if (confirmedAt) {
    const missing = unmappedRows(mapping, template);
    if (missing.length) lines.push(`Các dòng không có hàng trong mẫu của Sở, không ghi: ${missing.map((r) => r.code).join(', ')}.`);
  }
  return lines;
}
