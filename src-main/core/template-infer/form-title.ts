import type { SourceDocument, SourceTable } from '../model/source';
import { headingTitle } from '../checks/narrative-heading';
import { fold } from '../text/vietnamese';

/**
 * A form's own title first ("Mẫu …", "Biểu …", but not "Mẫu giáo", a level of school), then
 * a table's ("Bảng …"), then a report's ("Báo cáo …", "Thống kê …").
 */
const TITLES = [/^(mau(?! giao\b)|bieu)\b/, /^bang\b/, /^(bao cao|thong ke|tong hop|ket qua|so lieu)\b/];
const MAX_NAME = 200;

function linesAbove(table: SourceTable, top: number): string[] {
  return table.rows.slice(0, top).flatMap((row) => row.filter((c) => c.text && !c.mergedCopy).map((c) => c.text));
}

function titleIn(lines: string[]): string | undefined {
  const folded = lines.map(fold);
  const at = TITLES.map((re) => folded.findIndex((l) => re.test(l))).find((i) => i >= 0);
  return at === undefined ? undefined : lines[at];
}

/**
 * The template's name: the title right over the table, else one in the document (its
 * headings, its text), else the file's name. The table's own rows are never its title.
 */
export function formTitle(doc: SourceDocument, table: SourceTable, headerTop: number): string {
  const title = titleIn(linesAbove(table, headerTop)) ?? titleIn([...doc.sections.map((s) => headingTitle(s.heading)), ...doc.headerText.split('\n')]);
  return (title ?? doc.fileName.replace(/\.[^.]+$/, '')).slice(0, MAX_NAME);
}

/** "Mẫu thống kê Số liệu đầu năm.xlsx" → "mau-thong-ke-so-lieu-dau-nam": a template id from the file's name. */
export function templateIdOf(fileName: string): string {
  const words = fold(fileName.replace(/\.[^.]+$/, '')).split(' ').filter(Boolean);
  return words.join('-').slice(0, 60) || 'mau-moi';
}
