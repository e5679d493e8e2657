import type { ReportDocument } from './document';

/** The draft as written beside the PDF and DOCX: indented, for a person to edit. */
export function draftJson(doc: ReportDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
