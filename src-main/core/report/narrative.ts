/**
 * Sentences the district drafts from its own numbers: who reported, what was organised, what
 * it cost. Phrased from the template's rows and units of measure, so another template gives
 * sentences about its own rows.
 */

import type { ConsolidationResult, UnitResult } from '../model/consolidation';
import type { Figures } from '../model/extraction';
import type { Template, TemplateRow } from '../model/template';
import { levelWords } from './level-words';
import { formatMoney, formatNumber, lowerFirst, shortDate } from './vn-format';

/** "số cuộc/người" → "cuộc" */
function countUnit(unit: string): string {
  return unit.split('/')[0].replace(/^số\s+/iu, '').trim();
}

/** "Hoạt động văn nghệ: 12 cuộc với 1.200 lượt người"; null when the row is all zero. */
function figuresPhrase(row: TemplateRow, totals: Figures): string | null {
  const f = totals[row.code] ?? {};
  if (!row.measures.some((m) => (f[m] ?? 0) > 0)) return null;
  if (row.measures.length === 2) {
    return `${formatNumber(f.count ?? 0)} ${countUnit(row.unit)} với ${formatNumber(f.people ?? 0)} lượt người`;
  }
  const v = f.value ?? 0;
  return row.money ? formatMoney(v) : `${formatNumber(v)} ${row.unit}`;
}

function labelled(row: TemplateRow, totals: Figures): string | null {
  const p = figuresPhrase(row, totals);
  return p && `${lowerFirst(row.label.replace(/[,:]?\s*trong đó:?\s*$/iu, ''))}: ${p}`;
}

function sumRuleOf(template: Template, code: string): string[] | null {
  for (const r of template.rules) if (r.type === 'sum' && r.row === code) return r.of;
  return null;
}

function unitList(units: UnitResult[]): string {
  return units.map((u) => u.name).join(', ');
}

export function joinSentence(parts: string[]): string {
  return parts.join('; ') + '.';
}

/** Capitalises the first letter, for a phrase that starts a paragraph. */
function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** The headline: units reporting out of all, and the first total row's figures. */
export function leadSentence(result: ConsolidationResult, localityKind: string): string {
  const reported = result.units.filter((u) => u.status !== 'missing').length;
  const parts = [`Toàn ${localityKind} có ${reported}/${result.units.length} ${levelWords(result.level).units} báo cáo`];
  const rule = result.template.rules.find((r) => r.type === 'sum');
  const totalRow = rule && result.template.rows.find((r) => r.code === rule.row);
  if (totalRow && totalRow.measures.length === 2) {
    const f = result.totals[totalRow.code] ?? {};
    const heading = totalRow.parent && result.template.rows.find((r) => r.code === totalRow.parent);
    parts.push(
      `tổng số ${formatNumber(f.count ?? 0)} ${countUnit(totalRow.unit)} với ${formatNumber(f.people ?? 0)} lượt người tham gia` +
        (heading ? ` ${lowerFirst(heading.label)}` : ''),
    );
  }
  return parts.join('; ') + '.';
}

/** Late, missing and not counted units, by name: the province asks, and the specialist chases them. */
export function submissionParagraphs(result: ConsolidationResult): string[] {
  const { units, campaign } = result;
  const late = units.filter((u) => u.late && u.status !== 'missing');
  const missing = units.filter((u) => u.status === 'missing');
  const rejected = units.filter((u) => u.status === 'rejected');
  const lines: string[] = [];
  if (!late.length && !missing.length) lines.push('Tất cả các đơn vị đã nộp báo cáo đúng hạn.');
  if (late.length) lines.push(`Đơn vị nộp báo cáo muộn (sau ngày ${shortDate(campaign.deadline)}): ${unitList(late)}.`);
  if (missing.length) lines.push(`Đơn vị chưa nộp báo cáo: ${unitList(missing)}.`);
  if (rejected.length) {
    lines.push(`Số liệu của ${rejected.length} đơn vị chưa được tổng hợp do báo cáo còn sai sót, đang đề nghị đơn vị điều chỉnh: ${unitList(rejected)}.`);
  }
  return lines;
}

/**
 * One paragraph per group of the table (a heading with its rows, or a row on its own), with
 * every non-zero figure; rows of money are left to `fundingParagraphs`.
 */
export function activityParagraphs(template: Template, totals: Figures): string[] {
  const paragraphs: string[] = [];
  const groups = template.rows.filter((r) => !r.parent);
  for (const group of groups) {
    const children = template.rows.filter((r) => r.parent === group.code && r.kind === 'measured' && !r.money);
    if (group.kind === 'measured' && !group.money) {
      const p = labelled(group, totals);
      if (p) paragraphs.push(`- ${upperFirst(p)}.`);
      continue;
    }
    if (group.kind !== 'heading' || !children.length) continue;
    // A total row carries the heading's figures; the rows it sums follow "trong đó".
    const total = children.find((c) => sumRuleOf(template, c.code));
    const summed = new Set(total ? sumRuleOf(template, total.code) : []);
    const rest = children.filter((c) => c !== total);
    const details = rest.map((c) => labelled(c, totals)).filter((p): p is string => p !== null);
    const totalPhrase = total && figuresPhrase(total, totals);
    if (!totalPhrase && !details.length) continue;
    const head = totalPhrase ? `- ${group.label}: ${totalPhrase}` : `- ${group.label}`;
    const joiner = totalPhrase && rest.every((c) => summed.has(c.code)) ? ', trong đó: ' : ': ';
    paragraphs.push(details.length ? `${head}${joiner}${joinSentence(details)}` : `${head}.`);
  }
  return paragraphs;
}

/** Money rows, each "Ngân sách nhà nước: 15.000.000 đồng". */
export function fundingParagraphs(template: Template, totals: Figures): string[] {
  const rows = template.rows.filter((r) => r.money);
  if (!rows.length) return [];
  return rows.map((r) => `- ${r.label}: ${formatMoney(totals[r.code]?.value ?? 0)}.`);
}
