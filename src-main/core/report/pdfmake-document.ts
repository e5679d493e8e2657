/**
 * pdfmake's PDFDocument (a pdfkit document), whose font lookup the report's PDF wraps
 * (pdf-font-reuse.ts, pdf-plain-setting.ts): pdfmake has no option for either.
 */
import { createRequire } from 'node:module';

/** The lookup of a font by family and style: each wrapper calls the one it replaced. */
export interface FontLookup<Font = unknown> {
  provideFont(family: string, bold: boolean, italics: boolean): Font;
}

/** The prototype of pdfmake's PDFDocument, or undefined in a pdfmake without `provideFont`. */
export function pdfmakeDocumentPrototype<Proto extends FontLookup>(): Proto | undefined {
  const require = createRequire(import.meta.url);
  const { default: PDFDocument } = require('pdfmake/js/PDFDocument.js') as { default?: { prototype: Proto } };
  const proto = PDFDocument?.prototype;
  return proto && typeof proto.provideFont === 'function' ? proto : undefined;
}
