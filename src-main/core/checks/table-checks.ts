import type { Extraction, ExtractedValue } from '../model/extraction';
import type { Finding } from '../model/finding';
import type { MeasureKey, Template, TemplateRow, TemplateRule } from '../model/template';
import { cellPlace, measureWord, rowReference, shortLabel } from '../extract/finding-text';
import { formatVietnameseNumber as fmt } from '../text/numbers';

/**
 * The checks a school's table must pass (llw-template.md "Checks a school's table must
 * pass"), driven by the template's rows and rules. Unreadable cells and two numbers for one
 * measure are reported once, when the figures are extracted, not again here.
 */

type Values = Map<string, Partial<Record<MeasureKey, ExtractedValue>>>;

function valuesByRow(extraction: Extraction): Values {
  const map: Values = new Map();
  for (const v of extraction.values) {
    const row = map.get(v.row) ?? {};
    row[v.measure] = v;
    map.set(v.row, row);
  }
  return map;
}

function finding(severity: Finding['severity'], rule: string, where: string | null, message: string): Finding {
  return { severity, rule, where, message };
}

/** Missing rows lose numbers (error); headings and text rows carry none, so they are not required. */
function missingRows(extraction: Extraction, template: Template): Finding[] {
  return template.rows
    .filter((r) => r.kind === 'measured' && !Object.hasOwn(extraction.rowsFound, r.code))
    .map((r) => finding('error', 'missing-row', extraction.table,
      `Thiếu dòng ${r.code} (${shortLabel(r.label)}) trong bảng số liệu (${extraction.table}); hãy bổ sung dòng này, ghi 0 nếu không có.`));
}

function unknownRows(extraction: Extraction): Finding[] {
  return (extraction.unknownRows ?? []).map((u) =>
    finding('warning', 'unknown-row', u.where,
      `Dòng "${shortLabel(u.label)}" (${cellPlace(u.where)}) không có trong mẫu; số của dòng này không được tổng hợp.`));
}

function wholeAndNonNegative(values: ExtractedValue[], rows: Map<string, TemplateRow>): Finding[] {
  return values.flatMap((v) => {
    const row = rows.get(v.row);
    if (!row) return [];
    const at = `${rowReference(row)}: ${cellPlace(v.where)}`;
    if (v.value < 0) return [finding('error', 'negative', v.where, `${at} ghi số âm (${fmt(v.value)}); số liệu không được âm.`)];
    if (!Number.isInteger(v.value)) {
      return [finding('error', 'not-whole', v.where, `${at} ghi ${fmt(v.value)}, không phải số nguyên; số ${measureWord(row, v.measure)} phải là số nguyên.`)];
    }
    return [];
  });
}

function codeRange(codes: string[]): string {
  return codes.length > 2 ? `${codes[0]}–${codes[codes.length - 1]}` : codes.join(', ');
}

/**
 * A part row that is present but whose number could not be read already has its own error;
 * a sum over it would only repeat that error in other words, so that sum is not checked.
 */
function sumRule(rule: Extract<TemplateRule, { type: 'sum' }>, values: Values, rows: Map<string, TemplateRow>, found: Record<string, string>): Finding[] {
  const total = rows.get(rule.row);
  const totalValues = values.get(rule.row);
  if (!total || !totalValues) return [];
  return total.measures.flatMap((m) => {
    const cell = totalValues[m];
    if (!cell) return [];
    if (rule.of.some((code) => Object.hasOwn(found, code) && !values.get(code)?.[m])) return [];
    const parts = rule.of.map((code) => values.get(code)?.[m]?.value ?? 0);
    const sum = parts.reduce((a, b) => a + b, 0);
    if (sum === cell.value) return [];
    const word = measureWord(total, m);
    return [finding('error', 'sum-mismatch', cell.where,
      `Dòng ${total.code} (${shortLabel(total.label)}): ${fmt(cell.value)} ${word} ≠ tổng các dòng ${codeRange(rule.of)} = ${fmt(sum)}, ${cellPlace(cell.where)}.`)];
  });
}

function peopleVsCount(values: Values, rows: Map<string, TemplateRow>): Finding[] {
  return [...rows.values()]
    .filter((r) => r.measures.includes('count') && r.measures.includes('people'))
    .flatMap((r) => {
      const v = values.get(r.code);
      const count = v?.count;
      if (!count || count.value <= 0) return [];
      const people = v.people;
      const countText = `${fmt(count.value)} ${measureWord(r, 'count')}`;
      if (!people || people.value <= 0) {
        return [finding('error', 'people-missing', people?.where ?? count.where,
          `${rowReference(r)}: có ${countText} nhưng số ${measureWord(r, 'people')} để trống hoặc bằng 0 (${cellPlace(people?.where ?? count.where)}).`)];
      }
      if (people.value < count.value) {
        return [finding('error', 'people-less-than-count', people.where,
          `${rowReference(r)}: ${fmt(people.value)} ${measureWord(r, 'people')} ít hơn ${countText} (${cellPlace(people.where)}); có thể hai cột bị ghi đảo.`)];
      }
      return [];
    });
}

function maxPerUnit(rule: Extract<TemplateRule, { type: 'max-per-unit' }>, values: Values, rows: Map<string, TemplateRow>): Finding[] {
  const row = rows.get(rule.row);
  const v = values.get(rule.row);
  if (!row || !v) return [];
  return row.measures.flatMap((m) => {
    const cell = v[m];
    if (!cell || cell.value <= rule.max) return [];
    return [finding('error', 'max-exceeded', cell.where,
      `${rowReference(row)}: ${fmt(cell.value)} ${measureWord(row, m)}, nhưng một đơn vị chỉ ghi tối đa ${fmt(rule.max)} (${cellPlace(cell.where)}).`)];
  });
}

function districtOnly(rule: Extract<TemplateRule, { type: 'district-only' }>, values: Values, rows: Map<string, TemplateRow>): Finding[] {
  const row = rows.get(rule.row);
  const v = values.get(rule.row);
  if (!row || !v) return [];
  return Object.values(v).flatMap((cell) =>
    cell && cell.value !== 0
      ? [finding('info', 'district-only', cell.where,
          `${rowReference(row)} do Phòng tự ghi; số ${fmt(cell.value)} của đơn vị (${cellPlace(cell.where)}) không được cộng vào tổng.`)]
      : []);
}

/**
 * A row's people beyond the unit's pupils is suspicious; a sum row counts the same person
 * once per class attended, so it is judged through its parts instead.
 */
function moreThanStudents(values: ExtractedValue[], rows: Map<string, TemplateRow>, students: number, template: Template): Finding[] {
  const sumRows = new Set(template.rules.flatMap((r) => (r.type === 'sum' ? [r.row] : [])));
  return values
    .filter((v) => v.measure === 'people' && v.value > students && !sumRows.has(v.row))
    .flatMap((v) => {
      const row = rows.get(v.row);
      if (!row) return [];
      return [finding('warning', 'more-than-students', v.where,
        `${rowReference(row)}: ${fmt(v.value)} ${measureWord(row, 'people')}, nhiều hơn sĩ số của đơn vị (${fmt(students)}) (${cellPlace(v.where)}); hãy kiểm tra lại.`)];
    });
}

function ruleFindings(rule: TemplateRule, values: Values, rows: Map<string, TemplateRow>, found: Record<string, string>): Finding[] {
  switch (rule.type) {
    case 'sum':
      return sumRule(rule, values, rows, found);
    case 'people-vs-count':
      return peopleVsCount(values, rows);
    case 'max-per-unit':
      return maxPerUnit(rule, values, rows);
    case 'district-only':
      return districtOnly(rule, values, rows);
  }
}

/** Every check of one unit's table; `unitStudents` (from the unit registry) enables the size check. */
export function checkTable(extraction: Extraction, template: Template, ctx?: { unitStudents?: number }): Finding[] {
  const rows = new Map(template.rows.map((r) => [r.code, r]));
  const values = valuesByRow(extraction);
  const findings = [
    ...missingRows(extraction, template),
    ...unknownRows(extraction),
    ...wholeAndNonNegative(extraction.values, rows),
    ...template.rules.flatMap((rule) => ruleFindings(rule, values, rows, extraction.rowsFound)),
  ];
  if (ctx?.unitStudents && ctx.unitStudents > 0) findings.push(...moreThanStudents(extraction.values, rows, ctx.unitStudents, template));
  return findings;
}
