/** How findings name rows, measures and places, so every message reads the same way. */

import type { MeasureKey, TemplateRow } from '../model/template';

const MAX_LABEL = 48;

/** "Tổng số người tham gia, trong đó:" → "Tổng số người tham gia"; long labels cut at a word. */
export function shortLabel(label: string): string {
  const s = label
    .replace(/\([^)]*\)/g, ' ')
    .replace(/,?\s*trong đó\s*:?\s*$/iu, '')
    .replace(/[\s,;:.]+$/u, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  if (s.length <= MAX_LABEL) return s;
  const cut = s.slice(0, MAX_LABEL);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:]+$/u, '')}…`;
}

/** "Dòng 1.0 (Tổng số người tham gia)": how every message names a template row. */
export function rowReference(row: TemplateRow): string {
  return `Dòng ${row.code} (${shortLabel(row.label)})`;
}

/**
 * The word for a measure on a row, from the row's own unit: "lớp/người" gives "lớp" for the
 * count and "người" for the people; a single-measure row uses its whole unit ("quyển").
 */
export function measureWord(row: TemplateRow, measure: MeasureKey): string {
  // "số cuộc/người": "4 cuộc", not "4 số cuộc".
  const parts = row.unit.split('/').map((p) => p.trim().replace(/^số\s+/iu, '')).filter(Boolean);
  if (measure === 'count') return parts[0] ?? '';
  if (measure === 'people') return parts[parts.length - 1] ?? 'người';
  return row.unit;
}

/** "Sheet1!E8" → 'ô E8, trang tính "Sheet1"'; a Word place is said as it is ("bảng 2, hàng 7, cột 4"). */
export function cellPlace(where: string): string {
  const m = /^(.*)!\$?([A-Z]{1,3})\$?(\d+)$/.exec(where);
  if (!m) return where;
  const sheet = m[1].replace(/^'(.*)'$/, '$1');
  return `ô ${m[2]}${m[3]}, trang tính "${sheet}"`;
}
