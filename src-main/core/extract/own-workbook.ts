import type { SchoolDetail } from '../model/consolidation';
import type { SourceDocument, SourceTable } from '../model/source';
import type { Template } from '../model/template';
import { WORKBOOK_MARKER_SHEET, MARKER_TITLE, PROVENANCE_HEADERS, type WorkbookMarker } from '../model/workbook-marker';
import { measureWord } from '../render/vi-labels';
import { readNumberCell } from './read-cell';

const KINDS = new Set(['consolidated']);
const LEVELS = new Set(['school', 'district']);

/** The marker of a workbook this app wrote, or null for any other document (or a marker that does not parse). */
export function workbookMarker(doc: SourceDocument): WorkbookMarker | null {
  if (doc.format !== 'xlsx') return null;
  const sheet = doc.tables.find((t) => t.name === WORKBOOK_MARKER_SHEET && t.rows[0]?.[0]?.text === MARKER_TITLE);
  if (!sheet) return null;
  const fields = new Map(sheet.rows.slice(1).map((r) => [r[0]?.text ?? '', r[1]?.text ?? '']));
  const text = (key: string) => fields.get(key) ?? '';
  const year = Number(text('year'));
  if (!KINDS.has(text('kind')) || !LEVELS.has(text('level')) || !Number.isInteger(year) || !text('summarySheet')) return null;
  return {
    kind: 'consolidated',
    templateId: text('templateId'),
    templateVersion: text('templateVersion'),
    level: text('level') as WorkbookMarker['level'],
    year,
    office: text('office'),
    summarySheet: text('summarySheet'),
    provenanceSheet: text('provenanceSheet'),
  };
}

/** A sheet of the document by its exact name. */
export function sheetNamed(doc: SourceDocument, name: string): SourceTable | undefined {
  return doc.tables.find((t) => t.name === name);
}

/**
 * Where an office's numbers are: in this app's own workbook, its totals sheet alone (never
 * the per-unit annex or the sources, whose rows also carry the template's labels); any other
 * document as it is.
 */
export function totalsDocument(doc: SourceDocument): SourceDocument {
  const marker = workbookMarker(doc);
  const summary = marker && sheetNamed(doc, marker.summarySheet);
  return summary ? { ...doc, tables: [summary] } : doc;
}

/**
 * A district's schools with their numbers, from the sources sheet of the district's own
 * workbook: each number with the school's file and cell as the district recorded them. Null
 * for any other document, or when the sheet is not the app's.
 */
export function schoolDetail(doc: SourceDocument, template: Template): SchoolDetail[] | null {
  const marker = workbookMarker(doc);
  const sheet = marker && sheetNamed(doc, marker.provenanceSheet);
  if (!sheet) return null;
  const headerAt = sheet.rows.findIndex((r) => PROVENANCE_HEADERS.every((h, i) => r[i]?.text === h));
  if (headerAt < 0) return null;
  const col = (h: (typeof PROVENANCE_HEADERS)[number]) => PROVENANCE_HEADERS.indexOf(h);
  const rows = new Map(template.rows.map((r) => [r.code, r]));
  const schools = new Map<string, SchoolDetail>();
  for (const cells of sheet.rows.slice(headerAt + 1)) {
    const text = (h: (typeof PROVENANCE_HEADERS)[number]) => cells[col(h)]?.text ?? '';
    const row = rows.get(text('Mã đơn vị') ? text('Mã dòng') : '');
    const measure = row?.measures.find((m) => measureWord(row, m) === text('Chỉ tiêu'));
    const reading = readNumberCell(cells[col('Giá trị')], false);
    if (!row || !measure || reading.kind !== 'number') continue;
    const code = text('Mã đơn vị');
    const school = schools.get(code) ?? { code, name: text('Tên đơn vị'), status: text('Trạng thái'), values: [] };
    schools.set(code, school);
    school.values.push({ row: row.code, measure, value: reading.value, file: text('Tệp'), where: placeOf(text('Trang tính / bảng'), text('Ô')) });
  }
  return [...schools.values()];
}

/** The sheet and cell back into one place: "Biểu mẫu!D8"; a Word table's "bảng 2, hàng 7, cột 4". */
function placeOf(sheet: string, cell: string): string {
  if (!sheet) return cell;
  return /^bảng \d+$/.test(sheet) ? `${sheet}, ${cell}` : `${sheet}!${cell}`;
}
