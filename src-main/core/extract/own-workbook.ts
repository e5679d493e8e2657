import type { SourceDocument, SourceTable } from '../model/source';
import { MARKER_SHEET, MARKER_TITLE, type WorkbookMarker } from '../model/workbook-marker';

const KINDS = new Set(['consolidated']);
const LEVELS = new Set(['school', 'district']);

/** The marker of a workbook this app wrote, or null for any other document (or a marker that does not parse). */
export function workbookMarker(doc: SourceDocument): WorkbookMarker | null {
  if (doc.format !== 'xlsx') return null;
  const sheet = doc.tables.find((t) => t.name === MARKER_SHEET && t.rows[0]?.[0]?.text === MARKER_TITLE);
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
