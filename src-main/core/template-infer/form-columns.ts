import type { SourceDocument } from '../model/source';
import type { TemplateColumn } from '../model/template';
import type { StatsTable } from './stats-table';

/** The template's columns: the form's own headers, in its order. */
export function templateColumns(stats: StatsTable): TemplateColumn[] {
  const headerOf = (col: number | undefined, fallback: string): string =>
    (col === undefined ? undefined : stats.header?.columns[col]?.header) || fallback;
  const { stt, label, unit, note } = stats.layout.columns;
  const out: TemplateColumn[] = [];
  if (stt !== undefined) out.push({ key: 'stt', header: headerOf(stt, 'STT') });
  out.push({ key: 'label', header: headerOf(label, 'Nội dung') });
  if (unit !== undefined) out.push({ key: 'unit', header: headerOf(unit, 'Đơn vị tính') });
  for (const n of stats.numberColumns) out.push({ key: n.key, header: n.header || 'Số lượng', ...(n.group ? { group: n.group } : {}) });
  if (note !== undefined) out.push({ key: 'note', header: headerOf(note, 'Ghi chú') });
  return out;
}

/** What the reviewer should know of the form as a whole. */
export function formNotes(doc: SourceDocument, stats: StatsTable, others: number, outlineFound: boolean): string[] {
  const notes = [`Lấy mẫu từ bảng "${stats.table.name}" (${stats.rows.length} hàng${stats.header ? `, dòng tiêu đề ${stats.header.where}` : ', không thấy dòng tiêu đề: đoán các cột theo nội dung'}).`];
  if (others > 0) notes.push(`Tệp còn ${others} bảng số liệu khác: chỉ lấy bảng nhiều hàng nhất.`);
  const plain = stats.numberColumns.filter((c) => c.plain);
  if (plain.length && stats.numberColumns.length > 1) {
    notes.push(`Cột số riêng của mẫu, khớp theo tiêu đề: ${plain.map((c) => `"${c.header || `cột ${c.col + 1}`}" (mã ${c.key})`).join(', ')}; không áp quy tắc số người ≥ số lớp cho các cột này.`);
  }
  if (stats.layout.columns.unit === undefined) notes.push('Mẫu không có cột Đơn vị tính: số đo của mỗi hàng lấy theo các cột số.');
  if (doc.format === 'docx' && !outlineFound) notes.push('Không thấy đề mục đánh số (I., 1.) nào: mẫu chưa có dàn ý báo cáo.');
  return notes;
}
