import type { UnitStatus } from '../model/consolidation';
import type { Severity } from '../model/finding';
import type { MeasureKey, TemplateRow } from '../model/template';

/** Words the outputs show for the app's codes; one place so every sheet says the same thing. */

export const statusLabel: Record<UnitStatus, string> = {
  accepted: 'Đã tiếp nhận',
  rejected: 'Có lỗi – chưa tổng hợp',
  missing: 'Chưa nộp',
};

export const severityLabel: Record<Severity, string> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Thông tin',
};

export const LATE_LABEL = 'Nộp muộn';

/** A measure named in a sentence: "không có cột số người". */
export const measureName: Record<MeasureKey, string> = {
  count: 'số lớp/số cuộc',
  people: 'số người',
  value: 'số liệu',
};

const fallbackMeasureWord: Record<MeasureKey, string> = {
  count: 'số lượng',
  people: 'người',
  value: 'giá trị',
};

/**
 * What one measure of a row counts, taken from the row's unit: "lớp/người" → "lớp" and
 * "người"; a single-measure row's unit is its word ("tin, bài", "đồng").
 */
export function measureWord(row: TemplateRow, measure: MeasureKey): string {
  const unit = row.unit.trim();
  if (!unit) return fallbackMeasureWord[measure];
  if (measure === 'value') return unit;
  const slash = unit.lastIndexOf('/');
  if (slash < 0) return fallbackMeasureWord[measure];
  const part = measure === 'count' ? unit.slice(0, slash) : unit.slice(slash + 1);
  return part.trim() || fallbackMeasureWord[measure];
}

/** "1.0 lớp", "1.0 người", "2 tin, bài": the short header of one row-measure. */
export function measureHeader(row: TemplateRow, measure: MeasureKey): string {
  return `${row.code} ${measureWord(row, measure)}`;
}
