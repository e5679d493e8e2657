import type { ExtractedValue } from '../model/extraction';
import type { Finding } from '../model/finding';
import type { MeasureKey, Template, TemplateRow } from '../model/template';
import { cellPlace, measureWord, rowReference } from '../extract/finding-text';
import { formatVietnameseNumber as fmt } from '../text/numbers';

/**
 * Plausibility across units: a value far above what the other units report on the same row
 * is most often a typo (an extra zero, people typed in the count column). Robust statistics
 * (median and MAD) so that the outlier itself does not move the yardstick; only units that
 * report the row (value > 0) count, and only clearly extreme values are flagged, because a
 * warning the officer learns to ignore is worse than none.
 */

/** At least this many units must report the row before anything is called unusual. */
const MIN_UNITS = 5;
/** Flag only values more than this many times the median… */
const RATIO = 10;
/** …and this many robust standard deviations above it. */
const ROBUST_Z = 5;
/** Small numbers are never "extreme": 12 classes where others have 1 is plausible. */
const FLOOR = 50;
const MONEY_FLOOR = 50_000_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

type Reported = { unit: string; value: ExtractedValue };

function outliersOf(row: TemplateRow, measure: MeasureKey, reported: Reported[]): Array<Finding & { unit: string }> {
  if (reported.length < MIN_UNITS) return [];
  const xs = reported.map((r) => r.value.value);
  const med = median(xs);
  const mad = median(xs.map((x) => Math.abs(x - med))) * 1.4826;
  const floor = row.money ? MONEY_FLOOR : FLOOR;
  return reported
    .filter(({ value: { value: x } }) => x > floor && x > RATIO * med && (mad === 0 || (x - med) / mad > ROBUST_Z))
    .map(({ unit, value: v }) => ({
      unit,
      severity: 'warning' as const,
      rule: 'outlier',
      where: v.where,
      message: `${rowReference(row)}: ${fmt(v.value)} ${measureWord(row, measure)} (${cellPlace(v.where)}) gấp ${fmt(Math.round(v.value / med))} lần mức thường gặp ở ${reported.length} đơn vị (${fmt(med)}); hãy kiểm tra lại (thừa chữ số 0, ghi nhầm cột?).`,
    }));
}

/** Robust outliers per row and measure across the units of a round (warnings 'outlier'). */
export function checkOutliers(units: Array<{ code: string; values: ExtractedValue[] }>, template: Template): Array<Finding & { unit: string }> {
  // Every value put under its row and measure once, in the units' order: looked up row by row
  // in every unit, 2,000 units took half a second.
  const reportedAt = new Map<string, Reported[]>();
  for (const u of units) {
    for (const value of u.values) {
      if (!(value.value > 0)) continue;
      const key = placeKey(value.row, value.measure);
      const list = reportedAt.get(key);
      if (list) list.push({ unit: u.code, value });
      else reportedAt.set(key, [{ unit: u.code, value }]);
    }
  }
  return template.rows
    .filter((r) => r.kind === 'measured')
    .flatMap((row) => row.measures.flatMap((measure) => outliersOf(row, measure, reportedAt.get(placeKey(row.code, measure)) ?? [])));
}

const placeKey = (row: string, measure: MeasureKey): string => `${row}\u0000${measure}`;
