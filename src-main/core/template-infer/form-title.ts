import type { SourceDocument, SourceTable } from '../model/source';
import { headingTitle } from '../checks/narrative-heading';
import { fold } from '../text/vietnamese';

/** A form's own title first ("Mẫu …", "Biểu …"), then a report's ("Báo cáo …", "Tổng hợp …"). */
const FORM_TITLE = /^(mau|bieu|bang)\b/;
const REPORT_TITLE = /^(bao cao|thong ke|tong hop|ket qua|so lieu)\b/;
const MAX_NAME = 200;

function linesAbove(table: SourceTable, top: number): string[] {
  return table.rows.slice(0, top).flatMap((row) => row.filter((c) => c.text && !c.mergedCopy).map((c) => c.text));
}

/** The template's name: the title over the table or in the document, else the file's name. */
export function formTitle(doc: SourceDocument, table: SourceTable, headerTop: number): string {
  const lines = [...linesAbove(table, headerTop), ...doc.sections.map((s) => headingTitle(s.heading)), ...doc.headerText.split('\n')];
  const title = lines.find((l) => FORM_TITLE.test(fold(l))) ?? lines.find((l) => REPORT_TITLE.test(fold(l)));
  return (title ?? doc.fileName.replace(/\.[^.]+$/, '')).slice(0, MAX_NAME);
}

/** "Mẫu thống kê Số liệu đầu năm.xlsx" → "mau-thong-ke-so-lieu-dau-nam": a template id from the file's name. */
export function templateIdOf(fileName: string): string {
  const words = fold(fileName.replace(/\.[^.]+$/, '')).split(' ').filter(Boolean);
  return words.join('-').slice(0, 60) || 'mau-moi';
}
