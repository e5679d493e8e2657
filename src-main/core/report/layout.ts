/**
 * The decree's measurements (report-format.md), shared by the PDF and DOCX renderers so that
 * both print the same page. Sizes in points unless the name says otherwise.
 */

import { defaultMargins, type OfficeSettings, type PageMargins } from '../model/settings';

export const PT_PER_MM = 72 / 25.4;
export const A4_MM = { width: 210, height: 297 };

export const size = {
  superiorBody: 13,
  officeName: 13,
  numberLine: 13,
  nationalName: 13,
  motto: 14,
  placeDate: 14,
  docType: 14,
  summary: 14,
  recipients: 14,
  body: 14,
  pageNumber: 14,
  signature: 14,
  distributionTitle: 12,
  distribution: 11,
} as const;

/** 1.27 cm */
export const FIRST_LINE_INDENT_PT = 36;
export const PARAGRAPH_AFTER_PT = 6;
export const LINE_SPACING = 1.15;
/** Room for the signature and seal between the title and the name (about 3 cm). */
export const SIGNATURE_SPACE_PT = 85;
/** Rules under the office name and the summary: 1/3–1/2 of the text's length. */
export const SHORT_RULE_RATIO = 0.4;
export const RULE_WIDTH_PT = 0.75;
/** Room a table cell keeps left and right of its text, in the PDF (pdfmake's padding) and in Word (its cell margins). */
export const CELL_PADDING_PT = 3;

/**
 * The heading block's two columns. The national name at 13 pt bold is wider than half the
 * text column, so the block reaches a little into the (wide) left margin, as offices' own
 * Word templates do.
 */
export const headingColumns = { left: 215, right: 280, shiftLeft: 22 };

/** "Nơi nhận" on the left, the signature on the right. */
export const signatureColumns = { left: 0.45, right: 0.55 };

export function marginsOf(settings: OfficeSettings): PageMargins {
  return settings.margins ?? defaultMargins;
}

/**
 * Width of a line of Times New Roman (or Tinos), estimated from average letter widths: good
 * enough to size the short rules, which the decree gives as a range.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text.normalize('NFC')) {
    if (ch === ' ') em += 0.25;
    else if (ch !== ch.toLocaleLowerCase('vi')) em += 0.68;
    else em += 0.47;
  }
  return em * fontSize;
}
