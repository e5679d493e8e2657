import type { TemplateRow, TemplateRule } from '../model/template';
import { fold } from '../text/vietnamese';

/** The unit is the school itself: "trường", "cơ sở", "trường/trung tâm". */
const SCHOOL_UNIT = /^(truong|co so|csgd)\b/;
/** "đơn vị" counts schools only when the label says what is counted is the school. */
const UNIT_UNIT = /^don vi\b/;
const SCHOOL_LABEL = /\bso (truong|co so|don vi|csgd)\b/;
/** Counted by the office above the schools: "Số huyện tổ chức Lễ khai mạc". */
const OFFICE_UNIT = /^(huyen|quan|thi xa|thanh pho|phong)$/;

export interface UnitRule {
  rule: TemplateRule;
  note: string;
}

/**
 * Rules the unit of measure suggests: a school holds at most one of what is counted in
 * schools (a school opens the week once), and what is counted in districts is entered by
 * the district itself, not summed from its schools.
 */
export function unitRules(row: TemplateRow): UnitRule[] {
  if (row.kind !== 'measured' || row.measures.length !== 1) return [];
  const unit = fold(row.unit);
  const label = fold(row.label);
  if (SCHOOL_UNIT.test(unit) || (UNIT_UNIT.test(unit) && SCHOOL_LABEL.test(label))) {
    return [{ rule: { type: 'max-per-unit', row: row.code, max: 1, level: 'school' }, note: `đơn vị tính là trường ("${row.unit}"): mỗi trường tối đa 1` }];
  }
  if (OFFICE_UNIT.test(unit)) {
    return [{ rule: { type: 'district-only', row: row.code }, note: `đơn vị tính "${row.unit}": do Phòng tự điền, không cộng từ các trường` }];
  }
  return [];
}
