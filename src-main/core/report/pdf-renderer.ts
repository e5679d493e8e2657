/**
 * The report as a PDF (pdfmake 0.3, server side): A4, the decree's heading block, margins,
 * fonts and page numbers, fonts embedded and text selectable.
 */

import { createRequire } from 'node:module';
import type PdfMake from 'pdfmake';
import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { OfficeSettings } from '../model/settings';
import type { ReportBlock, ReportDocument, ReportSection, ReportTable } from './document';
import { reportFonts, type FontOptions } from './fonts';
import { pngSize, signatureImages, type SignatureImages } from './images';
import { keepPdfContentAsText } from './pdf-content-text';
import { deferPdfModules } from './pdf-deferred-modules';
import { reuseParsedFonts } from './pdf-font-reuse';
import { setPdfTextPlainly } from './pdf-plain-setting';
import { lookUpStylesFast } from './pdf-style-lookup';
import {
  A4_MM,
  CELL_PADDING_PT,
  estimateTextWidth,
  FIRST_LINE_INDENT_PT,
  headingColumns,
  LINE_SPACING,
  marginsOf,
  PARAGRAPH_AFTER_PT,
  PT_PER_MM,
  RULE_WIDTH_PT,
  SHORT_RULE_RATIO,
  SIGNATURE_SPACE_PT,
  signatureColumns,
  size,
} from './layout';
import { gridOf } from './table-grid';
import { columnWidths } from './table-widths';

export type PdfRenderOptions = FontOptions;

// Loaded here, not imported: the stand-ins must be in place before pdfmake loads pdfkit.
deferPdfModules();
const pdfMake = createRequire(import.meta.url)('pdfmake') as typeof PdfMake;
reuseParsedFonts();
setPdfTextPlainly();
lookUpStylesFast();
keepPdfContentAsText();

const FONT = 'Report';
const SIGNATURE_FIT: [number, number] = [150, SIGNATURE_SPACE_PT - 10];
const SEAL_WIDTH = 110;

/** Every string the PDF prints goes through here: composed, so that it renders and extracts whole. */
function t(s: string): string {
  return s.normalize('NFC');
}

/** A horizontal rule of `length`, centred in `within`. */
function rule(length: number, within: number, marginTop = 2): Content {
  const x1 = Math.max(0, (within - length) / 2);
  return { canvas: [{ type: 'line', x1, y1: 0, x2: x1 + Math.min(length, within), y2: 0, lineWidth: RULE_WIDTH_PT }], margin: [0, marginTop, 0, 0] };
}

interface Page {
  contentWidth: number;
  landscapeContentWidth: number;
}

function headingBlock(doc: ReportDocument): Content {
  const h = doc.heading;
  const { left, right, shiftLeft } = headingColumns;
  const officeWidth = estimateTextWidth(h.officeName, size.officeName);
  const mottoWidth = estimateTextWidth(h.motto, size.motto);
  const noBorders = { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 0, paddingRight: () => 0, paddingTop: () => 0, paddingBottom: () => 0 };
  return {
    table: {
      widths: [left, right],
      body: [
        [
          {
            stack: [
              { text: t(h.superiorBody), fontSize: size.superiorBody },
              { text: t(h.officeName), fontSize: size.officeName, bold: true },
              rule(officeWidth * SHORT_RULE_RATIO, left, 3),
            ],
            alignment: 'center',
          },
          {
            stack: [
              { text: t(h.nationalName), fontSize: size.nationalName, bold: true },
              { text: t(h.motto), fontSize: size.motto, bold: true },
              rule(mottoWidth, right),
            ],
            alignment: 'center',
          },
        ],
        [
          { text: t(h.numberLine), fontSize: size.numberLine, alignment: 'center', margin: [0, 6, 0, 0], preserveLeadingSpaces: true },
          { text: t(h.placeDate), fontSize: size.placeDate, italics: true, alignment: 'center', margin: [0, 6, 0, 0] },
        ],
      ],
    },
    layout: noBorders,
    lineHeight: 1,
    margin: [-shiftLeft, 0, 0, 0],
  };
}

function titleBlock(doc: ReportDocument, page: Page): Content[] {
  const summaryWidth = Math.min(estimateTextWidth(doc.summary, size.summary), page.contentWidth);
  const out: Content[] = [
    { text: t(doc.docType), fontSize: size.docType, bold: true, alignment: 'center', margin: [0, 18, 0, 0] },
    { text: t(doc.summary), fontSize: size.summary, bold: true, alignment: 'center' },
    rule(summaryWidth * SHORT_RULE_RATIO, page.contentWidth, 3),
  ];
  if (doc.recipients.length === 1) {
    out.push({ text: t(`Kính gửi: ${doc.recipients[0]}`), fontSize: size.recipients, alignment: 'center', margin: [0, 12, 0, 6] });
  } else if (doc.recipients.length > 1) {
    out.push({
      columns: [
        { text: 'Kính gửi:', width: 'auto' },
        { stack: doc.recipients.map((r, i) => t(`- ${r}${i === doc.recipients.length - 1 ? '.' : ';'}`)), width: 'auto' },
      ],
      columnGap: 6,
      fontSize: size.recipients,
      margin: [FIRST_LINE_INDENT_PT * 2, 12, 0, 6],
    });
  }
  return out;
}

function tableNode(table: ReportTable, width: number): ContentTable {
  const columns = table.widths.length;
  // pdfmake widths leave out the cell padding and the lines.
  const usable = width - columns * 2 * CELL_PADDING_PT - (columns + 1) * 0.5;
  const toCells = (rows: ReportTable['body']): TableCell[][] =>
    gridOf(rows, columns).map((row) =>
      row.map((slot): TableCell => {
        if (slot.kind !== 'cell') return {};
        const c = slot.cell;
        return {
          text: t(c.text),
          bold: c.bold ?? false,
          italics: c.italic ?? false,
          alignment: c.align ?? 'left',
          ...(c.colSpan && c.colSpan > 1 ? { colSpan: c.colSpan } : {}),
          ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
        };
      }),
    );
  return {
    table: {
      headerRows: table.header.length,
      dontBreakRows: true,
      widths: columnWidths(table, usable),
      body: [...toCells(table.header), ...toCells(table.body)],
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      paddingLeft: () => CELL_PADDING_PT,
      paddingRight: () => CELL_PADDING_PT,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
    fontSize: table.fontSize,
    lineHeight: 1,
    margin: [0, 4, 0, PARAGRAPH_AFTER_PT],
  };
}

/** Flow state: a landscape table takes its own pages; what follows goes back to portrait. */
interface Flow {
  out: Content[];
  backToPortrait: boolean;
}

function push(flow: Flow, node: Content): void {
  if (flow.backToPortrait) {
    flow.out.push({ ...(node as object), pageBreak: 'before', pageOrientation: 'portrait' } as Content);
    flow.backToPortrait = false;
  } else {
    flow.out.push(node);
  }
}

function paragraph(text: string, placeholder?: boolean): Content {
  return {
    text: t(text),
    alignment: 'justify',
    leadingIndent: FIRST_LINE_INDENT_PT,
    italics: placeholder ?? false,
    margin: [0, 0, 0, PARAGRAPH_AFTER_PT],
  };
}

function blocks(flow: Flow, items: ReportBlock[], page: Page): void {
  for (const b of items) {
    if (b.kind === 'paragraph') {
      push(flow, paragraph(b.text, b.placeholder));
    } else if (b.table.landscape) {
      flow.out.push({ ...tableNode(b.table, page.landscapeContentWidth), pageBreak: 'before', pageOrientation: 'landscape' });
      flow.backToPortrait = true;
    } else {
      push(flow, tableNode(b.table, page.contentWidth));
    }
  }
}

function section(flow: Flow, s: ReportSection, page: Page): void {
  push(flow, { text: t(s.heading), bold: true, alignment: 'justify', leadingIndent: FIRST_LINE_INDENT_PT, margin: [0, s.level === 1 ? 6 : 0, 0, PARAGRAPH_AFTER_PT] });
  blocks(flow, s.blocks, page);
  for (const c of s.children) section(flow, c, page);
}

function signatureBlock(doc: ReportDocument, images: SignatureImages, page: Page): Content {
  const rightWidth = page.contentWidth * signatureColumns.right;
  const sig = doc.signature;
  const signer: Content[] = [];
  if (sig.authorityLine) signer.push({ text: t(sig.authorityLine), bold: true });
  signer.push({ text: t(sig.titleLine), bold: true });
  if (images.seal) {
    const { width, height } = pngSize(images.seal);
    const sealHeight = (SEAL_WIDTH * height) / width;
    // The seal overlaps the left third of the signature and takes no room of its own.
    signer.push({
      image: 'seal',
      width: SEAL_WIDTH,
      // Offsets count from where the centred column would put it: its centre moves onto the left third.
      relativePosition: { x: -SIGNATURE_FIT[0] / 3, y: (SIGNATURE_SPACE_PT - sealHeight) / 2 },
    });
  }
  if (images.signature) {
    signer.push({ image: 'signature', fit: SIGNATURE_FIT, alignment: 'center', margin: [0, 5, 0, 5] });
    signer.push({ text: t(sig.name), bold: true });
  } else {
    signer.push({ text: t(sig.name), bold: true, margin: [0, SIGNATURE_SPACE_PT, 0, 0] });
  }
  return {
    columns: [
      {
        width: page.contentWidth * signatureColumns.left,
        stack: [
          { text: 'Nơi nhận:', bold: true, italics: true, fontSize: size.distributionTitle },
          ...doc.distribution.map((line) => ({ text: t(line), fontSize: size.distribution })),
        ],
        lineHeight: 1,
        margin: [0, 2, 0, 0],
      },
      { width: rightWidth, stack: signer, alignment: 'center', fontSize: size.signature, lineHeight: 1 },
    ],
    columnGap: 0,
    unbreakable: true,
    margin: [0, 6, 0, 0],
  };
}

function annexes(doc: ReportDocument, page: Page): Content[] {
  return doc.annexes.map((a) => {
    const width = a.table.landscape ? page.landscapeContentWidth : page.contentWidth;
    return {
      stack: [
        { text: t(a.title), bold: true, alignment: 'center', fontSize: size.docType },
        ...a.subtitle.map((line, i) => ({ text: t(line), alignment: 'center' as const, bold: i === 0, italics: i > 0, fontSize: i === 0 ? size.summary : 13 })),
        { ...tableNode(a.table, width), margin: [0, 10, 0, 0] as [number, number, number, number] },
      ],
      pageBreak: 'before',
      pageOrientation: a.table.landscape ? 'landscape' : 'portrait',
    } as Content;
  });
}

function definition(doc: ReportDocument, settings: OfficeSettings, images: SignatureImages): TDocumentDefinitions {
  const m = marginsOf(settings);
  const page: Page = {
    contentWidth: (A4_MM.width - m.left - m.right) * PT_PER_MM,
    landscapeContentWidth: (A4_MM.height - m.left - m.right) * PT_PER_MM,
  };
  const flow: Flow = { out: [headingBlock(doc), ...titleBlock(doc, page)], backToPortrait: false };
  blocks(flow, doc.opening, page);
  for (const s of doc.sections) section(flow, s, page);
  // The closing sentence stays on the page of the signature it leads to.
  const closing: Flow = { out: [], backToPortrait: false };
  blocks(closing, doc.closing, page);
  push(flow, { stack: [...closing.out, signatureBlock(doc, images, page)], unbreakable: true });
  flow.out.push(...annexes(doc, page));

  const topMargin = m.top * PT_PER_MM;
  const pictures: { signature?: string; seal?: string } = {};
  if (images.signature) pictures.signature = `data:image/png;base64,${images.signature.toString('base64')}`;
  if (images.seal) pictures.seal = `data:image/png;base64,${images.seal.toString('base64')}`;
  return {
    version: '1.4',
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [m.left * PT_PER_MM, topMargin, m.right * PT_PER_MM, m.bottom * PT_PER_MM],
    info: { title: t(`${doc.docType} ${doc.summary}`), author: t(doc.heading.officeName), subject: t(doc.summary), creator: 'Tổng hợp báo cáo' },
    defaultStyle: { font: FONT, fontSize: size.body, lineHeight: LINE_SPACING },
    // Centred in the top margin, from page 2 on (the decree leaves page 1 unnumbered).
    header: (currentPage: number) =>
      currentPage === 1 ? null : { text: String(currentPage), alignment: 'center', fontSize: size.pageNumber, lineHeight: 1, margin: [m.left * PT_PER_MM, (topMargin - size.pageNumber) / 2, m.right * PT_PER_MM, 0] },
    images: pictures,
    content: flow.out,
  };
}

/** Renders the (edited) report to a PDF. Throws with a Vietnamese message when fonts or images cannot be read. */
export async function renderReportPdf(doc: ReportDocument, settings: OfficeSettings, opts: PdfRenderOptions = {}): Promise<Buffer> {
  const fonts = reportFonts(opts);
  const images = signatureImages(settings);
  const allowed = new Set([fonts.normal, fonts.bold, fonts.italics, fonts.bolditalics]);
  // The report reads nothing but its fonts (images come as data): no network, no other file.
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((path: string) => allowed.has(path));
  pdfMake.setFonts({ [FONT]: { normal: fonts.normal, bold: fonts.bold, italics: fonts.italics, bolditalics: fonts.bolditalics } });
  return pdfMake.createPdf(definition(doc, settings, images)).getBuffer();
}
