/**
 * Drafts the district report from a consolidation: the decree's heading, the body in the
 * template's outline (the district's own figures first, then what the schools wrote), the
 * statistics table, signature, distribution list and the per-unit annex. The result is plain
 * data for the specialist to edit before it is rendered.
 */

import type { ConsolidationResult } from '../model/consolidation';
import type { OfficeSettings } from '../model/settings';
import type { Figures } from '../model/extraction';
import type { OutlineSection, Template, TemplateRow } from '../model/template';
import { cleanText, fold } from '../text/vietnamese';
import type { ReportBlock, ReportDocument, ReportSection } from './document';
import { defaultDigestLimits, digestBySection, type DigestLimits, type SectionDigest } from './digest';
import { activityParagraphs, fundingParagraphs, leadSentence, submissionParagraphs } from './narrative';
import { listAnnexes, listParagraphs } from './list-annex';
import { levelWords } from './level-words';
import { annexTable, statisticsTable } from './tables';
import { dayMonthYear, docReference, localityKind, numberLine, officeFullName, placeDate, shortDate } from './vn-format';

export type * from './document';

export interface DraftOptions {
  /** Date printed on the report; today by default. */
  date?: Date;
  /** Rows shown in the per-unit annex; by default totals, stand-alone rows and money. */
  annexRows?: string[];
  digestLimits?: DigestLimits;
}

const ROMAN = /^[IVXLC]+$/;
const ROMAN_NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** "I" → "I.", "II.4" → "4." */
/**
 * A template whose outline has no section for the statistics table (an inferred form with
 * no outline) still prints it: in a section of its own after the others.
 */
function tableSection(template: Template, totals: Figures): ReportSection[] {
  const held = (list: OutlineSection[]): boolean => list.some((s) => s.holdsTable || held(s.children ?? []));
  if (!template.rows.length || held(template.outline)) return [];
  const code = ROMAN_NUMERALS[template.outline.length] ?? String(template.outline.length + 1);
  return [{ code, heading: `${code}. SỐ LIỆU TỔNG HỢP`, level: 1, blocks: [{ kind: 'table', table: statisticsTable(template, totals) }], children: [] }];
}

function sectionNumber(code: string): string {
  const last = code.split('.').pop() ?? code;
  return `${last}.`;
}

function paragraphs(texts: string[]): ReportBlock[] {
  return texts.map((text) => ({ kind: 'paragraph', text }));
}

/** Where the district's own sentences go, found by the words of the section's title. */
function sectionAbout(outline: OutlineSection[], word: string): string | null {
  const leaves = outline.flatMap((p) => p.children ?? []);
  return leaves.find((s) => fold([s.title, ...(s.aliases ?? [])].join(' ')).includes(word))?.code ?? null;
}

function digestBlocks(digest: SectionDigest | undefined): ReportBlock[] {
  if (!digest?.items.length) return [];
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: 'Tổng hợp từ báo cáo của các đơn vị:' }];
  for (const item of digest.items) blocks.push({ kind: 'paragraph', text: `- ${item.text} (${item.units.join(', ')}).` });
  if (digest.omitted) {
    blocks.push({ kind: 'paragraph', text: `(Còn ${digest.omitted} ý kiến khác của các đơn vị chưa đưa vào bản tổng hợp này.)`, placeholder: true });
  }
  return blocks;
}

export function draftReport(input: ConsolidationResult, settings: OfficeSettings, opts: DraftOptions = {}): ReportDocument {
  // Registries and documents write names decomposed (NFD) as often as composed: print them whole.
  const result = { ...input, units: input.units.map((u) => ({ ...u, name: cleanText(u.name) })) };
  const date = opts.date ?? new Date();
  const { template, campaign } = result;
  const kind = localityKind(settings.superiorBody, result.level);
  const office = officeFullName(settings, result.level);
  const campaignYear = `${template.campaign} năm ${campaign.year}`;
  const recipients = settings.recipientTo.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  const superior = recipients[0] ?? 'cấp trên';
  const dateLine = placeDate(settings.place, date);

  const digests = digestBySection(result.units, template.outline, opts.digestLimits ?? defaultDigestLimits);
  const direction = sectionAbout(template.outline, 'chi dao');
  const funding = sectionAbout(template.outline, 'kinh phi');
  const activities = sectionAbout(template.outline, 'hoat dong') ?? template.outline[0]?.children?.[0]?.code ?? null;

  const drafted = new Map<string, ReportBlock[]>();
  const add = (code: string | null, blocks: ReportBlock[]) => {
    if (code) drafted.set(code, [...(drafted.get(code) ?? []), ...blocks]);
  };
  add(direction, paragraphs([
    `${office} đã ban hành kế hoạch, văn bản hướng dẫn ${levelWords(result.level).directed} trên địa bàn ${kind} tổ chức các hoạt động của ${template.campaign} từ ngày ${shortDate(campaign.weekStart)} đến ngày ${shortDate(campaign.weekEnd)} và báo cáo kết quả trước ngày ${shortDate(campaign.deadline)}.`,
  ]));
  add(activities, paragraphs([leadSentence(result, kind), ...submissionParagraphs(result), ...activityParagraphs(template, result.totals), ...listParagraphs(result)]));
  add(funding ?? activities, paragraphs(fundingParagraphs(template, result.totals)));

  const buildSection = (s: OutlineSection, level: 1 | 2): ReportSection => {
    const heading = level === 1 && ROMAN.test(s.code) ? `${s.code}. ${s.title.toLocaleUpperCase('vi')}` : `${sectionNumber(s.code)} ${s.title}`;
    const children = (s.children ?? []).map((c) => buildSection(c, 2));
    const blocks: ReportBlock[] = [...(drafted.get(s.code) ?? []), ...(s.children?.length ? [] : digestBlocks(digests.get(s.code)))];
    if (s.holdsTable && template.rows.length) blocks.push({ kind: 'table', table: statisticsTable(template, result.totals) });
    if (!blocks.length && !children.length) {
      blocks.push({ kind: 'paragraph', text: '(Chưa có đơn vị nào báo cáo nội dung này; đề nghị bổ sung.)', placeholder: true });
    }
    return { code: s.code, heading, level, blocks, children };
  };

  const byCode = new Map(template.rows.map((r) => [r.code, r]));
  const attachedTo = `(Kèm theo Báo cáo số ${docReference(settings.docCode, settings.docNumber)} ngày ${dayMonthYear(date)} của ${office})`;
  const annexRows = opts.annexRows?.map((c) => byCode.get(c)).filter((r): r is TemplateRow => r !== undefined && r.kind === 'measured');

  return {
    heading: {
      superiorBody: settings.superiorBody.toLocaleUpperCase('vi'),
      officeName: settings.officeName.toLocaleUpperCase('vi'),
      numberLine: numberLine(settings.docCode, settings.docNumber),
      nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      placeDate: dateLine,
    },
    docType: 'BÁO CÁO',
    summary: `Kết quả tổ chức ${campaignYear}`,
    recipients,
    opening: [
      {
        kind: 'paragraph',
        text: `Thực hiện văn bản số …… của ${superior} về việc tổ chức ${campaignYear}, ${office} báo cáo kết quả như sau:`,
        placeholder: true,
      },
    ],
    sections: [...template.outline.map((s) => buildSection(s, 1)), ...tableSection(template, result.totals)],
    closing: paragraphs([`Trên đây là báo cáo kết quả tổ chức ${campaignYear} của ${office}./.`]),
    signature: {
      authorityLine: settings.signer.prefix ? `${settings.signer.prefix} ${settings.signer.authorityTitle}`.toLocaleUpperCase('vi') : '',
      titleLine: settings.signer.title.toLocaleUpperCase('vi'),
      name: settings.signer.name,
    },
    distribution: settings.distribution.map((line, i, all) => `- ${line.replace(/[;.\s]+$/u, '')}${i === all.length - 1 ? '.' : ';'}`),
    annexes: [
      // A template of lists only has no numbers per unit: its annexes are its lists.
      ...(template.rows.length
        ? [{
            title: 'PHỤ LỤC',
            subtitle: [`SỐ LIỆU TỔ CHỨC ${template.campaign.toLocaleUpperCase('vi')} NĂM ${campaign.year} CỦA CÁC ĐƠN VỊ`, attachedTo],
            table: annexTable(template, result.units, result.totals, annexRows),
          }]
        : []),
      ...listAnnexes(result, attachedTo),
    ],
  };
}
