/**
 * Checks of a school's written report against the template's outline and the campaign
 * (llw-template.md, "The narrative report"): a plan sent instead of a report, missing,
 * renamed or renumbered sections, no statistics table, dates outside the week.
 */
import type { Campaign } from '../model/consolidation';
import type { Finding } from '../model/finding';
import type { SourceDocument, TextSection } from '../model/source';
import type { Template } from '../model/template';
import { fold } from '../text/vietnamese';
import { datesOutsideWeek, isDateLine, vnDate } from './narrative-dates';
import { documentKind } from './narrative-doctype';
import { splitHeadingNumber } from './narrative-heading';
import { flattenOutline, mapSectionsToOutline, type OutlineNode } from './narrative-outline-map';
import { isStatisticsTable } from './narrative-table';

export { mapSectionsToOutline } from './narrative-outline-map';

/** Longest quote of a sentence in a message. */
const MAX_QUOTE = 220;

export function checkNarrative(
  doc: SourceDocument,
  template: Template,
  campaign: Campaign,
  opts?: { tableElsewhere?: boolean },
): Finding[] {
  const kind = documentKind(doc);
  if (kind?.kind === 'plan') {
    return [
      {
        severity: 'error',
        rule: 'plan-not-report',
        where: null,
        message: `Tệp ${doc.fileName} là kế hoạch ("${kind.line}"), không phải báo cáo kết quả tổ chức Tuần lễ: đề nghị trường gửi báo cáo kết quả theo mẫu.`,
      },
    ];
  }
  return [
    ...sectionFindings(doc, template),
    ...(opts?.tableElsewhere ? [] : tableFindings(doc, template)),
    ...dateFindings(doc, campaign),
  ];
}

function sectionFindings(doc: SourceDocument, template: Template): Finding[] {
  const nodes = flattenOutline(template.outline);
  const mapped = mapSectionsToOutline(doc.sections, template.outline);
  const found = new Set(mapped.map((m) => m.code).filter((c): c is string => c !== null));
  const narrativeFound = nodes.some((n) => found.has(n.section.code) && !n.section.holdsTable);
  if (!narrativeFound) {
    const outline = template.outline.map((s) => `${s.code}. ${s.title}`).join('; ');
    return [
      {
        severity: 'warning',
        rule: 'missing-section',
        where: null,
        message: `Tệp ${doc.fileName} không có mục nào của báo cáo theo mẫu (${outline}): có thể chỉ có bảng số liệu, hoặc không phải báo cáo Tuần lễ.`,
      },
    ];
  }
  const findings: Finding[] = [];
  for (const node of nodes) {
    if (found.has(node.section.code) || node.section.holdsTable) continue;
    const childFound = (node.section.children ?? []).some((c) => found.has(c.code));
    if (childFound) continue;
    findings.push({
      severity: 'warning',
      rule: 'missing-section',
      where: null,
      message: `Tệp ${doc.fileName} thiếu mục ${node.section.code} "${node.section.title}" của mẫu.`,
    });
  }
  const byCode = new Map(nodes.map((n) => [n.section.code, n]));
  for (const { code, section } of mapped) {
    const node = code ? byCode.get(code) : undefined;
    const finding = node && renamedFinding(doc.fileName, section, node);
    if (finding) findings.push(finding);
  }
  return findings;
}

function renamedFinding(fileName: string, section: TextSection, node: OutlineNode): Finding | null {
  const { kind, number, title } = splitHeadingNumber(section.heading);
  const expectedKind = node.parent === null ? 'roman' : 'arabic';
  const renumbered = kind !== null && (kind !== expectedKind || number !== node.printedNumber);
  const renamed = fold(title) !== fold(node.section.title);
  if (!renumbered && !renamed) return null;
  const official = `${node.section.code} "${node.section.title}"`;
  const expected = `"${node.printedNumber}."${node.parent ? ` trong mục ${node.parent}` : ''}`;
  return {
    severity: renumbered ? 'warning' : 'info',
    rule: 'renamed-section',
    where: `mục "${section.heading}"`,
    message: renumbered
      ? `Mục "${section.heading}" trong ${fileName} là mục ${official} của mẫu nhưng đánh số khác (theo mẫu là ${expected}).`
      : `Mục "${section.heading}" trong ${fileName} được hiểu là mục ${official} của mẫu.`,
  };
}

function tableFindings(doc: SourceDocument, template: Template): Finding[] {
  if (doc.tables.some((t) => isStatisticsTable(t, template))) return [];
  const why = doc.tables.length
    ? `có ${doc.tables.length} bảng nhưng không bảng nào là bảng số liệu theo mẫu`
    : 'không có bảng số liệu';
  return [
    {
      severity: 'error',
      rule: 'no-table',
      where: null,
      message: `Tệp ${doc.fileName} ${why}: không có gì để tổng hợp. Đề nghị trường gửi kèm bảng tổng hợp số liệu theo mẫu (trong tệp Word hoặc tệp Excel).`,
    },
  ];
}

function dateFindings(doc: SourceDocument, campaign: Campaign): Finding[] {
  const week = `${vnDate(campaign.weekStart)}–${vnDate(campaign.weekEnd)}`;
  const findings: Finding[] = [];
  for (const section of doc.sections) {
    section.paragraphs.forEach((paragraph, i) => {
      if (isDateLine(paragraph)) return;
      for (const sentence of sentences(paragraph)) {
        const outside = datesOutsideWeek(sentence, campaign);
        if (!outside.length) continue;
        const dates = outside.map((d) => d.written).join(', ');
        findings.push({
          severity: 'warning',
          rule: 'date-outside-week',
          where: `${section.heading ? `mục "${section.heading}"` : 'phần đầu'}, đoạn ${i + 1}`,
          message: `Tệp ${doc.fileName} ghi ngày ${dates}, ngoài Tuần lễ năm ${campaign.year} (${week}): "${quote(sentence, outside[0].index)}". Có thể chép từ báo cáo năm trước, đề nghị trường kiểm tra lại.`,
        });
      }
    });
  }
  return findings;
}

function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=[\p{Lu}\d"“-])/u).filter((s) => s.trim() !== '');
}

/** The sentence, or a window of it around the date at `at` when it is long. */
function quote(sentence: string, at: number): string {
  if (sentence.length <= MAX_QUOTE) return sentence;
  const start = Math.max(0, Math.min(at - MAX_QUOTE / 2, sentence.length - MAX_QUOTE));
  const end = start + MAX_QUOTE;
  return `${start > 0 ? '…' : ''}${sentence.slice(start, end).trim()}${end < sentence.length ? '…' : ''}`;
}
