import type { UnitStatus } from '../model/consolidation';
import type { Severity } from '../model/finding';
import { isBuiltinMeasure, type BuiltinMeasure, type MeasureKey, type Template, type TemplateRow } from '../model/template';

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

const builtinName: Record<BuiltinMeasure, string> = {
  count: 'số lớp/số cuộc',
  people: 'số người',
  value: 'số liệu',
};

/**
 * A measure named in a sentence: "không có cột số người"; a template's own measure by its
 * column's header ("không có cột số liệu "Số trường"").
 */
export function measureName(measure: MeasureKey, template?: Pick<Template, 'columns'>): string {
  if (isBuiltinMeasure(measure)) return builtinName[measure];
  return `số liệu "${template?.columns.find((c) => c.key === measure)?.header || measure}"`;
}

const fallbackMeasureWord: Record<BuiltinMeasure, string> = {
  count: 'số lượng',
  people: 'người',
  value: 'giá trị',
};

/**
 * What one measure of a row counts, taken from the row's unit: "lớp/người" → "lớp" and
 * "người"; a single-measure row's unit is its word ("tin, bài", "đồng").
 */
export function measureWord(row: TemplateRow, measure: MeasureKey, template?: Pick<Template, 'columns'>): string {
  const unit = row.unit.trim();
  // A template's own measure is what its column's header says ("Số trường").
  if (!isBuiltinMeasure(measure)) return template?.columns.find((c) => c.key === measure)?.header || measure;
  if (!unit) return fallbackMeasureWord[measure];
  if (measure === 'value') return unit;
  const slash = unit.lastIndexOf('/');
  if (slash < 0) return fallbackMeasureWord[measure];
  const part = measure === 'count' ? unit.slice(0, slash) : unit.slice(slash + 1);
  return part.trim() || fallbackMeasureWord[measure];
}

/** "1.0 lớp", "1.0 người", "2 tin, bài": the short header of one row-measure. */
export function measureHeader(row: TemplateRow, measure: MeasureKey, template?: Pick<Template, 'columns'>): string {
  return `${row.code} ${measureWord(row, measure, template)}`;
}
