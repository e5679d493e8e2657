/**
 * What one school of a messy district mailbox sends, and what a careful specialist concludes
 * from it: each scenario is one of the ways real schools send (or fail to send) their report.
 */
import JSZip from 'jszip';
import type { Campaign } from '../../src-main/core/model/consolidation';
import type { Figures } from '../../src-main/core/model/extraction';
import type { Template } from '../../src-main/core/model/template';
import { photoJpeg, scanPdf } from './attachments';
import { sampleFigures, withWrongTotal } from './figures';
import type { FormEdits } from './form-rows';
import { composeEmail } from './mail';
import type { SampleSchool } from './schools';
import { schoolPlanDocx, schoolReportDocx, type ReportStyle } from './school-report-docx';
import { schoolWorkbook, workbookStyleFor } from './school-workbook';

export type Scenario =
  | 'xlsx-email'
  | 'docx-with-table'
  | 'docx-renumbered'
  | 'docx-narrative-and-xlsx'
  | 'zip-in-email'
  | 'zip-file'
  | 'scan-and-photos'
  | 'resubmission'
  | 'same-file-twice'
  | 'personal-address'
  | 'plan-instead-of-report'
  | 'wrong-total'
  | 'words-in-number-cell'
  | 'missing-row'
  | 'late'
  | 'nfd-and-text-numbers'
  | 'word-and-excel-tables'
  | 'formulas-and-blanks'
  | 'forwarded'
  | 'late-resubmission'
  | 'sent-nothing';

/** The district's mix, repeated over its schools: most send correctly, some make each known mess. */
export const SCENARIO_CYCLE: readonly Scenario[] = [
  'xlsx-email', 'docx-with-table', 'docx-narrative-and-xlsx', 'zip-in-email', 'scan-and-photos',
  'resubmission', 'sent-nothing', 'docx-renumbered', 'personal-address', 'plan-instead-of-report',
  'wrong-total', 'words-in-number-cell', 'missing-row', 'late', 'same-file-twice',
  'zip-file', 'nfd-and-text-numbers', 'sent-nothing', 'xlsx-email', 'docx-with-table',
  'word-and-excel-tables', 'formulas-and-blanks', 'forwarded', 'late-resubmission',
];

export type ExpectedStatus = 'accepted' | 'rejected' | 'missing';

/** What a careful specialist concludes for one school. */
export interface ExpectedUnit {
  scenario: Scenario;
  status: ExpectedStatus;
  late: boolean;
  /** The numbers of the submission that counts, as written (absent when nothing was sent). */
  figures?: Figures;
  /** Exactly the error rules its counted submission raises (none for an accepted unit). */
  errorRules: string[];
  /** Warnings that must be among its findings. */
  warningRules: string[];
  /** The email or file (name in the inbox folder) whose contents count. */
  countedIn?: string;
  /** Earlier emails of the same school, kept but not counted. */
  supersededIn: string[];
}

/** One file put in the inbox folder. */
export interface InboxItem {
  name: string;
  bytes: Buffer;
  /** Modification time of a loose file; an email carries its own date. */
  mtime?: Date;
}

export interface ScenarioContext {
  template: Template;
  campaign: Campaign;
  rand: () => number;
  /** Position of the school in the registry, for the variations that follow it. */
  index: number;
}

const DAY_MS = 24 * 3600_000;

/** `days` before the deadline (negative: after it), in office hours on Vietnam's clock. */
export function sentAt(campaign: Campaign, days: number, index: number): Date {
  return new Date(Date.parse(`${campaign.deadline}T00:00:00Z`) - days * DAY_MS + (2 + (index % 8)) * 3600_000);
}

const numbered = (ctx: ScenarioContext, suffix = '') => `${String(ctx.index + 1).padStart(4, '0')}${suffix}`;

type Attachment = { filename: string; content: Buffer; contentType?: string };

function reportMail(ctx: ScenarioContext, school: SampleSchool, date: Date, attachments: Attachment[], subject?: string) {
  return composeEmail({
    from: { name: school.name, address: school.email },
    date,
    subject: subject ?? `Báo cáo kết quả Tuần lễ HTSĐ năm ${ctx.campaign.year} - ${school.short}`,
    text: `Kính gửi Phòng GD&ĐT huyện Thanh Oai,\n${school.name} gửi báo cáo kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${ctx.campaign.year}.`,
    attachments,
  });
}

async function zipOf(files: Array<{ filename: string; content: Buffer }>, date: Date): Promise<Buffer> {
  const zip = new JSZip();
  for (const f of files) zip.file(f.filename, f.content, { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The school's mail and the specialist's conclusion. */
export async function schoolMail(ctx: ScenarioContext, school: SampleSchool, scenario: Scenario): Promise<{ items: InboxItem[]; expected: ExpectedUnit }> {
  const { template, campaign, index, rand } = ctx;
  const year = campaign.year;
  const figures = sampleFigures(template, rand, school.students);
  const onTime = sentAt(campaign, 1 + (index % 8), index);
  const xlsxName = index % 7 === 4 ? 'baocao.xlsx' : `BC HTSĐ ${school.short} ${year}.xlsx`;
  const workbook = (f: Figures, edits?: FormEdits) => schoolWorkbook(school, template, f, year, workbookStyleFor(index), edits);
  const report = (style: Partial<ReportStyle>) =>
    schoolReportDocx(school, template, figures, campaign, { withTable: true, renumbered: false, nfd: false, ...style });
  const docxName = `Báo cáo Tuần lễ HTSĐ ${school.short}.docx`;
  const accepted = (countedIn: string, more: Partial<ExpectedUnit> = {}): ExpectedUnit => ({
    scenario, status: 'accepted', late: false, figures, errorRules: [], warningRules: [], countedIn, supersededIn: [], ...more,
  });
  const rejected = (countedIn: string, rule: string, counted: Figures | undefined): ExpectedUnit => ({
    scenario, status: 'rejected', late: false, figures: counted, errorRules: [rule], warningRules: [], countedIn, supersededIn: [],
  });
  const oneEmail = async (attachments: Attachment[], expected: (name: string) => ExpectedUnit, date = onTime) => {
    const name = `${numbered(ctx)} ${school.short}.eml`;
    return { items: [{ name, bytes: await reportMail(ctx, school, date, attachments) }], expected: expected(name) };
  };

  switch (scenario) {
    case 'sent-nothing':
      return { items: [], expected: { scenario, status: 'missing', late: false, errorRules: [], warningRules: [], supersededIn: [] } };
    case 'xlsx-email':
      return oneEmail([{ filename: xlsxName, content: await workbook(figures) }], (n) => accepted(n));
    case 'docx-with-table':
      return oneEmail([{ filename: docxName, content: await report({}) }], (n) => accepted(n));
    case 'docx-renumbered': {
      const docx = await report({ renumbered: true, nfd: true });
      return oneEmail([{ filename: docxName.normalize('NFD'), content: docx }], (n) => accepted(n, { warningRules: ['renamed-section'] }));
    }
    case 'docx-narrative-and-xlsx':
      return oneEmail(
        [
          { filename: docxName, content: await report({ withTable: false, renumbered: index % 2 === 1 }) },
          { filename: xlsxName, content: await workbook(figures) },
        ],
        (n) => accepted(n),
      );
    case 'zip-in-email': {
      const zip = await zipOf(
        [
          { filename: docxName, content: await report({ withTable: false }) },
          { filename: `Biểu số liệu ${school.short}.xlsx`, content: await workbook(figures) },
          { filename: 'Ảnh khai mạc.jpg', content: photoJpeg() },
        ],
        onTime,
      );
      return oneEmail([{ filename: `Báo cáo ${school.short}.zip`, content: zip }], (n) => accepted(n));
    }
    case 'zip-file': {
      const name = `${numbered(ctx)} Bao cao Tuan le ${school.short}.zip`;
      const zip = await zipOf(
        [
          { filename: docxName, content: await report({}) },
          { filename: 'Báo cáo (bản scan).pdf', content: scanPdf(`Bao cao ${school.short}`) },
        ],
        onTime,
      );
      return { items: [{ name, bytes: zip, mtime: onTime }], expected: accepted(name) };
    }
    case 'scan-and-photos':
      return oneEmail(
        [
          { filename: xlsxName, content: await workbook(figures) },
          { filename: `Báo cáo ${school.short} (có chữ ký).pdf`, content: scanPdf(`Bao cao ${school.short}`) },
          { filename: 'IMG_2023_1.jpg', content: photoJpeg() },
          { filename: 'IMG_2023_2.jpg', content: photoJpeg() },
        ],
        (n) => accepted(n),
      );
    case 'resubmission':
    case 'late-resubmission': {
      const late = scenario === 'late-resubmission';
      const first = `${numbered(ctx, 'a')} ${school.short}.eml`;
      const second = `${numbered(ctx, 'b')} ${school.short} gửi lại.eml`;
      return {
        items: [
          { name: first, bytes: await reportMail(ctx, school, sentAt(campaign, 7, index), [{ filename: xlsxName, content: await workbook(withWrongTotal(figures, template)) }]) },
          {
            name: second,
            bytes: await reportMail(ctx, school, sentAt(campaign, late ? -3 : 2, index), [{ filename: `${xlsxName.replace(/\.xlsx$/, '')} (đã sửa).xlsx`, content: await workbook(figures) }], `V/v gửi lại báo cáo Tuần lễ đã sửa - ${school.short}`),
          },
        ],
        expected: accepted(second, { supersededIn: [first], late }),
      };
    }
    case 'word-and-excel-tables':
      return oneEmail(
        [
          { filename: docxName, content: await report({}) },
          { filename: xlsxName, content: await workbook(figures) },
        ],
        (n) => accepted(n),
      );
    case 'formulas-and-blanks': {
      const xlsx = await schoolWorkbook(school, template, figures, year, { ...workbookStyleFor(index), zeroAs: index % 2 ? 'dash' : 'blank', sumFormulas: true });
      return oneEmail([{ filename: xlsxName, content: xlsx }], (n) => accepted(n));
    }
    case 'forwarded': {
      const original = await reportMail(ctx, school, sentAt(campaign, 4, index), [{ filename: xlsxName, content: await workbook(figures) }]);
      const name = `${numbered(ctx)} Fwd ${school.short}.eml`;
      const mail = await composeEmail({
        from: { name: 'Trần Văn Nam', address: `tvnam${index}@gmail.com` },
        date: sentAt(campaign, 3, index),
        subject: `Fwd: Báo cáo kết quả Tuần lễ HTSĐ năm ${year} - ${school.short}`,
        text: 'Em chuyển tiếp báo cáo của nhà trường ạ.',
        attachments: [{ filename: 'Báo cáo Tuần lễ.eml', content: original, contentType: 'message/rfc822' }],
      });
      return { items: [{ name, bytes: mail }], expected: accepted(name) };
    }
    case 'same-file-twice': {
      const xlsx = await workbook(figures);
      const first = `${numbered(ctx, 'a')} ${school.short}.eml`;
      const again = `${numbered(ctx, 'b')} ${school.short} (gửi lại).eml`;
      return {
        items: [
          { name: first, bytes: await reportMail(ctx, school, sentAt(campaign, 6, index), [{ filename: xlsxName, content: xlsx }]) },
          { name: again, bytes: await reportMail(ctx, school, sentAt(campaign, 3, index), [{ filename: xlsxName, content: xlsx }], `Fwd: Báo cáo Tuần lễ - ${school.short}`) },
        ],
        expected: accepted(again, { supersededIn: [first] }),
      };
    }
    case 'personal-address': {
      const name = `${numbered(ctx)} thu ca nhan.eml`;
      const mail = await composeEmail({
        from: { name: 'Nguyễn Thị Hoa', address: `hoanguyen.${index}@gmail.com` },
        date: onTime,
        subject: 'gửi báo cáo tuần lễ',
        text: 'Em gửi báo cáo ạ.',
        attachments: [{ filename: 'Book1.xlsx', content: await workbook(figures) }],
      });
      return { items: [{ name, bytes: mail }], expected: accepted(name) };
    }
    case 'plan-instead-of-report':
      return oneEmail([{ filename: `Kế hoạch Tuần lễ HTSĐ ${school.short}.docx`, content: await schoolPlanDocx(school, campaign) }], (n) => rejected(n, 'plan-not-report', undefined));
    case 'wrong-total': {
      const wrong = withWrongTotal(figures, template);
      return oneEmail([{ filename: xlsxName, content: await workbook(wrong) }], (n) => rejected(n, 'sum-mismatch', wrong));
    }
    case 'words-in-number-cell': {
      const typed = { cellText: { '2': { value: 'mười hai' } } };
      const counted = { ...figures };
      delete counted['2'];
      return oneEmail([{ filename: xlsxName, content: await workbook(figures, typed) }], (n) => rejected(n, 'not-a-number', counted));
    }
    case 'missing-row': {
      const edits = { omitRows: ['3'] };
      const counted = { ...figures };
      delete counted['3'];
      return oneEmail([{ filename: docxName, content: await report({ edits }) }], (n) => rejected(n, 'missing-row', counted));
    }
    case 'late':
      return oneEmail([{ filename: xlsxName, content: await workbook(figures) }], (n) => accepted(n, { late: true }), sentAt(campaign, -2, index));
    case 'nfd-and-text-numbers': {
      const xlsx = await schoolWorkbook(school, template, figures, year, { ...workbookStyleFor(index), nfd: true, numbersAsText: true });
      return oneEmail([{ filename: `BC HTSĐ ${school.short} ${year}.xlsx`.normalize('NFD'), content: xlsx }], (n) => accepted(n));
    }
  }
}

/** An email from an address no registry knows, with a form that names no school. */
export async function unknownSenderMail(ctx: ScenarioContext, n: number): Promise<{ item: InboxItem; attachment: string }> {
  const stranger: SampleSchool = { code: '', name: '', short: '', type: '', email: '', students: 500 };
  const figures = sampleFigures(ctx.template, ctx.rand, stranger.students);
  const xlsx = await schoolWorkbook(stranger, ctx.template, figures, ctx.campaign.year, { ...workbookStyleFor(n), anonymous: true });
  const bytes = await composeEmail({
    from: { address: `user${1000 + n}@yahoo.com.vn` },
    date: sentAt(ctx.campaign, 3, n),
    subject: 'Báo cáo',
    text: 'Gửi Phòng báo cáo.',
    attachments: [{ filename: 'baocao.xlsx', content: xlsx }],
  });
  return { item: { name: `9${String(n).padStart(3, '0')} khong ro nguoi gui.eml`, bytes }, attachment: 'baocao.xlsx' };
}
