import type { WorkbookMapping } from '../core/province/mapping-store';
import { measureName } from '../core/render/vi-labels';
import type { Template } from '../core/model/template';
import { unmappedRows } from '../core/province/confirm-mapping';
import { uncertainLines } from './mapping-hint';

/** How a mapping of the province's workbook reads for the specialist, in the terminal. */

const shorten = (s: string, max = 48) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const pct = (score: number) => `${Math.round(score * 100)}%`;

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
