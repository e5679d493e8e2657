/**
 * The report as an editable Word document (docx): the same content and layout as the PDF,
 * Times New Roman, the heading block as a borderless two-column table, page numbers in the
 * header from page 2, tables with their header row repeated on every page.
 */

import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HorizontalPositionRelativeFrom,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  TextWrappingType,
  VerticalPositionRelativeFrom,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { OfficeSettings } from '../model/settings';
import type { CellAlign, ReportBlock, ReportDocument, ReportSection, ReportTable } from './document';
import { pngSize, signatureImages, type SignatureImages } from './images';
import {
  A4_MM,
  estimateTextWidth,
  FIRST_LINE_INDENT_PT,
  headingColumns,
  LINE_SPACING,
  marginsOf,
  PARAGRAPH_AFTER_PT,
  PT_PER_MM,
  SHORT_RULE_RATIO,
  SIGNATURE_SPACE_PT,
  signatureColumns,
  size,
} from './layout';
import { gridTableXml, halfPoints, tw, WORD_FONT } from './docx-grid-table';
import { TableMarkers } from './docx-table-splice';

const EMU_PER_PT = 12700;
/** docx sizes images in pixels at 96 dpi. */
const PX_PER_PT = 96 / 72;

const mmToTwips = (mm: number) => tw(mm * PT_PER_MM);

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

const alignments: Record<CellAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}

function run(text: string, style: RunStyle): TextRun {
  return new TextRun({ text: text.normalize('NFC'), font: WORD_FONT, size: halfPoints(style.size), bold: style.bold, italics: style.italics });
}

/** A single-spaced line, as used in the heading, the tables and the signature block. */
function lineOf(text: string, style: RunStyle, align: CellAlign = 'center', spaceBefore = 0): Paragraph {
  return new Paragraph({ alignment: alignments[align], spacing: { before: tw(spaceBefore), after: 0, line: 240 }, children: [run(text, style)] });
}

/** A rule of `length` centred in `within`: an empty, tiny paragraph with a top border. */
function rule(length: number, within: number): Paragraph {
  const side = Math.max(0, (within - length) / 2);
  return new Paragraph({
    indent: { left: tw(side), right: tw(side) },
    spacing: { before: 20, after: 0, line: 120, lineRule: 'exact' },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { size: 2 })],
  });
}

function plainCell(children: Paragraph[], widthPt: number): TableCell {
  return new TableCell({ children, width: { size: tw(widthPt), type: WidthType.DXA }, borders: noBorders, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
}

function layoutTable(rows: TableCell[][], widthsPt: number[], indentPt = 0): Table {
  return new Table({
    rows: rows.map((cells) => new TableRow({ children: cells, cantSplit: true })),
    columnWidths: widthsPt.map(tw),
    width: { size: tw(widthsPt.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    indent: indentPt ? { size: tw(indentPt), type: WidthType.DXA } : undefined,
  });
}

function headingBlock(doc: ReportDocument): Table {
  const h = doc.heading;
  const { left, right, shiftLeft } = headingColumns;
  return layoutTable(
    [
      [
        plainCell(
          [
            lineOf(h.superiorBody, { size: size.superiorBody }),
            lineOf(h.officeName, { size: size.officeName, bold: true }),
            rule(estimateTextWidth(h.officeName, size.officeName) * SHORT_RULE_RATIO, left),
          ],
          left,
        ),
        plainCell(
          [
            lineOf(h.nationalName, { size: size.nationalName, bold: true }),
            lineOf(h.motto, { size: size.motto, bold: true }),
            rule(estimateTextWidth(h.motto, size.motto), right),
          ],
          right,
        ),
      ],
      [
        plainCell([lineOf(h.numberLine, { size: size.numberLine }, 'center', 6)], left),
        plainCell([lineOf(h.placeDate, { size: size.placeDate, italics: true }, 'center', 6)], right),
      ],
    ],
    [left, right],
    -shiftLeft,
  );
}

function titleBlock(doc: ReportDocument, contentWidth: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    lineOf(doc.docType, { size: size.docType, bold: true }, 'center', 18),
    lineOf(doc.summary, { size: size.summary, bold: true }),
    rule(Math.min(estimateTextWidth(doc.summary, size.summary), contentWidth) * SHORT_RULE_RATIO, contentWidth),
  ];
  if (doc.recipients.length === 1) {
    out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: tw(12), after: tw(6) }, children: [run(`Kính gửi: ${doc.recipients[0]}`, { size: size.recipients })] }));
  } else if (doc.recipients.length > 1) {
    const label = 'Kính gửi: ';
    const indent = FIRST_LINE_INDENT_PT * 2 + estimateTextWidth(label, size.recipients);
    doc.recipients.forEach((r, i) => {
      const last = i === doc.recipients.length - 1;
      out.push(
        new Paragraph({
          indent: { left: tw(indent), hanging: i === 0 ? tw(indent - FIRST_LINE_INDENT_PT * 2) : 0 },
          spacing: { before: i === 0 ? tw(12) : 0, after: last ? tw(6) : 0 },
          children: [run(`${i === 0 ? label : ''}- ${r}${last ? '.' : ';'}`, { size: size.recipients })],
        }),
      );
    });
  }
  return out;
}

function bodyParagraph(text: string, style: { bold?: boolean; italics?: boolean; before?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    keepNext: style.keepNext,
    indent: { firstLine: tw(FIRST_LINE_INDENT_PT) },
    spacing: { before: tw(style.before ?? 0), after: tw(PARAGRAPH_AFTER_PT), line: Math.round(240 * LINE_SPACING) },
    children: [run(text, { size: size.body, bold: style.bold, italics: style.italics })],
  });
}

/** Page setup of one section: landscape sections hold the wide tables. */
interface PageSetup {
  contentWidth: number;
  landscapeContentWidth: number;
}

/** Collects content into sections, starting a new one where the orientation changes; tables stand as markers. */
class SectionBuilder {
  readonly sections: { landscape: boolean; children: (Paragraph | Table)[] }[] = [{ landscape: false, children: [] }];
  readonly tables = new TableMarkers();

  add(item: Paragraph | Table, landscape = false): void {
    const current = this.sections[this.sections.length - 1];
    if (current.landscape !== landscape) this.sections.push({ landscape, children: [item] });
    else current.children.push(item);
  }

  addGrid(table: ReportTable, page: PageSetup): void {
    const landscape = table.landscape;
    this.add(this.tables.marker(() => gridTableXml(table, landscape ? page.landscapeContentWidth : page.contentWidth)), landscape);
  }
}

/** Word puts no space after a table: this gives the paragraph after it the same gap as the PDF. */
function spaceAfterTable(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: tw(PARAGRAPH_AFTER_PT), lineRule: 'exact' }, children: [] });
}

/** `keepNext` holds the blocks on the page of what follows (the closing sentence with the signature). */
function addBlocks(out: SectionBuilder, blocks: ReportBlock[], page: PageSetup, keepNext = false): void {
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      out.add(bodyParagraph(b.text, { italics: b.placeholder, keepNext }));
    } else {
      out.addGrid(b.table, page);
      out.add(spaceAfterTable(), b.table.landscape);
    }
  }
}

function addSection(out: SectionBuilder, s: ReportSection, page: PageSetup): void {
  out.add(bodyParagraph(s.heading, { bold: true, before: s.level === 1 ? 6 : 0 }));
  addBlocks(out, s.blocks, page);
  for (const c of s.children) addSection(out, c, page);
}

function signatureBlock(doc: ReportDocument, images: SignatureImages, contentWidth: number): Table {
  const leftWidth = contentWidth * signatureColumns.left;
  const rightWidth = contentWidth * signatureColumns.right;
  const sig = doc.signature;
  const style = { size: size.signature, bold: true };
  const signer: Paragraph[] = [];
  if (sig.authorityLine) signer.push(lineOf(sig.authorityLine, style));
  signer.push(lineOf(sig.titleLine, style));
  const imageRuns: ImageRun[] = [];
  if (images.seal) {
    const { width, height } = pngSize(images.seal);
    const sealWidth = 110;
    const sealHeight = (sealWidth * height) / width;
    // The seal overlaps the left third of the signature, in front of the text.
    imageRuns.push(
      new ImageRun({
        type: 'png',
        data: images.seal,
        transformation: { width: sealWidth * PX_PER_PT, height: sealHeight * PX_PER_PT },
        floating: {
          horizontalPosition: { relative: HorizontalPositionRelativeFrom.COLUMN, offset: Math.round((rightWidth / 2 - 50 - sealWidth / 2) * EMU_PER_PT) },
          verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: Math.round(((SIGNATURE_SPACE_PT - sealHeight) / 2) * EMU_PER_PT) },
          allowOverlap: true,
          layoutInCell: true,
          wrap: { type: TextWrappingType.NONE },
        },
      }),
    );
  }
  if (images.signature) {
    const { width, height } = pngSize(images.signature);
    const scale = Math.min(150 / width, (SIGNATURE_SPACE_PT - 10) / height);
    imageRuns.push(new ImageRun({ type: 'png', data: images.signature, transformation: { width: width * scale * PX_PER_PT, height: height * scale * PX_PER_PT } }));
  }
  signer.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0, line: tw(SIGNATURE_SPACE_PT), lineRule: 'exact' },
      children: imageRuns,
    }),
  );
  signer.push(lineOf(sig.name, style));
  const distribution = [
    lineOf('Nơi nhận:', { size: size.distributionTitle, bold: true, italics: true }, 'left'),
    ...doc.distribution.map((l) => lineOf(l, { size: size.distribution }, 'left')),
  ];
  return layoutTable([[plainCell(distribution, leftWidth), plainCell(signer, rightWidth)]], [leftWidth, rightWidth]);
}

function annexContent(doc: ReportDocument, out: SectionBuilder, page: PageSetup): void {
  for (const a of doc.annexes) {
    const landscape = a.table.landscape;
    // Each annex starts on a page of its own: a new section, or a page break in the same one.
    const sameSection = out.sections[out.sections.length - 1].landscape === landscape;
    out.add(new Paragraph({ alignment: AlignmentType.CENTER, pageBreakBefore: sameSection, spacing: { after: 0 }, children: [run(a.title, { size: size.docType, bold: true })] }), landscape);
    a.subtitle.forEach((line, i) => out.add(lineOf(line, { size: i === 0 ? size.summary : 13, bold: i === 0, italics: i > 0 }), landscape));
    out.add(new Paragraph({ spacing: { after: 0 }, children: [] }), landscape);
    out.addGrid(a.table, page);
  }
}

function pageNumberHeader(): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: WORD_FONT, size: halfPoints(size.pageNumber) })] })],
  });
}

/** Renders the (edited) report to a .docx. Throws with a Vietnamese message when an image cannot be read. */
export async function renderReportDocx(doc: ReportDocument, settings: OfficeSettings): Promise<Buffer> {
  const images = signatureImages(settings);
  const m = marginsOf(settings);
  const page: PageSetup = {
    contentWidth: (A4_MM.width - m.left - m.right) * PT_PER_MM,
    landscapeContentWidth: (A4_MM.height - m.left - m.right) * PT_PER_MM,
  };
  const out = new SectionBuilder();
  out.add(headingBlock(doc));
  for (const item of titleBlock(doc, page.contentWidth)) out.add(item);
  addBlocks(out, doc.opening, page);
  for (const s of doc.sections) addSection(out, s, page);
  addBlocks(out, doc.closing, page, true);
  out.add(signatureBlock(doc, images, page.contentWidth));
  annexContent(doc, out, page);

  const sections: ISectionOptions[] = out.sections.map((s, i) => ({
    properties: {
      page: {
        size: { width: mmToTwips(A4_MM.width), height: mmToTwips(A4_MM.height), orientation: s.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: mmToTwips(m.top), bottom: mmToTwips(m.bottom), left: mmToTwips(m.left), right: mmToTwips(m.right), header: mmToTwips(m.top / 2 - 2), footer: mmToTwips(10) },
      },
      // The decree leaves page 1 unnumbered: a different (empty) header on the first page.
      titlePage: i === 0,
    },
    headers: i === 0 ? { default: pageNumberHeader(), first: new Header({ children: [] }) } : { default: pageNumberHeader() },
    children: s.children,
  }));

  const document = new Document({
    creator: 'Tổng hợp báo cáo',
    title: `${doc.docType} ${doc.summary}`.normalize('NFC'),
    styles: { default: { document: { run: { font: WORD_FONT, size: halfPoints(size.body) } } } },
    sections,
  });
  return out.tables.splice(await Packer.toBuffer(document));
}
