import type { Extraction, ExtractedValue, Figures } from '../model/extraction';
import type { Finding } from '../model/finding';
import type { SourceCell, SourceDocument, SourceTable } from '../model/source';
import type { Template, TemplateRow } from '../model/template';
import { cellPlace, rowReference } from './finding-text';
import { matchRowLabels } from './match-rows';
import { readNumberCell } from './read-cell';
import { readRowValues } from './read-row-values';
import { bodyRows, type BodyRow } from './table-body';
import { layoutOf, type TableLayout } from './table-layout';

type Match = { code: string; score: number } | null;

/** A table (or a table and its continuations) read against the template. */
interface Candidate {
  tables: SourceTable[];
  layout: TableLayout;
  rows: BodyRow[];
  matches: Match[];
  score: number;
}

function matchRows(rows: BodyRow[], template: Template): Match[] {
  return matchRowLabels(rows.map((r) => ({ stt: r.stt, label: r.label, unit: r.unit })), template);
}

function candidateScore(matches: Match[], layout: TableLayout, table: SourceTable): number {
  const sum = matches.reduce((s, m) => s + (m?.score ?? 0), 0) + (layout.hasHeader ? 1 : 0);
  // A hidden sheet is often an old copy: read it only when no visible table fits.
  return table.hidden ? sum / 2 : sum;
}

function minimumMatches(template: Template): number {
  return Math.min(3, template.rows.filter((r) => r.kind !== 'heading').length);
}

function evaluate(table: SourceTable, template: Template): Candidate | null {
  const layout = layoutOf(table, template);
  if (!layout) return null;
  const rows = bodyRows(table, layout);
  const matches = matchRows(rows, template);
  if (matches.filter(Boolean).length < minimumMatches(template)) return null;
  return { tables: [table], layout, rows, matches, score: candidateScore(matches, layout, table) };
}

function sameColumns(a: TableLayout, b: TableLayout): boolean {
  const keys = new Set([...Object.keys(a.columns), ...Object.keys(b.columns)]) as Set<keyof TableLayout['columns']>;
  return [...keys].every((k) => a.columns[k] === b.columns[k]);
}

/**
 * A Word table broken by a page break arrives as two tables, the second without a header or
 * with the header repeated (the province's own form breaks after row 4). Following tables of
 * the same width whose rows add template rows not found yet are read as the same table; a
 * second copy of the whole form adds nothing and is left alone.
 */
function withContinuations(best: Candidate, tables: SourceTable[], template: Template): Candidate {
  let current = best;
  const width = best.tables[0].rows[0]?.length ?? 0;
  for (let i = tables.indexOf(best.tables[0]) + 1; i < tables.length; i++) {
    const next = tables[i];
    if ((next.rows[0]?.length ?? 0) !== width) break;
    const own = layoutOf(next, template);
    const layout = own?.hasHeader ? own : { ...best.layout, bodyStart: 0 };
    if (!sameColumns(layout, best.layout)) break;
    const rows = [...current.rows, ...bodyRows(next, layout)];
    const matches = matchRows(rows, template);
    const gained = matches.filter(Boolean).length - current.matches.filter(Boolean).length;
    if (gained < 1) break;
    current = { ...current, tables: [...current.tables, next], rows, matches, score: candidateScore(matches, best.layout, best.tables[0]) };
  }
  return current;
}

/** The best table, each candidate joined with its continuations first (a split table's larger half must not win alone). */
function findTable(doc: SourceDocument, template: Template): Candidate | null {
  let best: Candidate | null = null;
  for (const table of doc.tables) {
    const single = evaluate(table, template);
    const c = single && withContinuations(single, doc.tables, template);
    if (c && (!best || c.score > best.score)) best = c;
  }
  return best;
}

/** Text cells of a row other than its label: the content of a text row (row 11). */
function rowText(row: BodyRow): string {
  const { stt, label } = row.layout.columns;
  return row.cells
    .filter((c, i) => i !== stt && i !== label && c.text && !c.mergedCopy)
    .map((c) => c.text)
    .join('; ');
}

/** The first measure cell of a row holding a non-zero number, if any. */
function numberCell(row: BodyRow): SourceCell | undefined {
  const { count, people, value } = row.layout.columns;
  return [count, people, value].flatMap((col) => (col === undefined ? [] : [row.cells[col]])).find((cell) => {
    const r = readNumberCell(cell, false);
    return r.kind === 'pair' || (r.kind === 'number' && r.value !== 0);
  });
}

function hasNumber(row: BodyRow): boolean {
  return numberCell(row) !== undefined;
}

function noteOf(row: BodyRow): string {
  const col = row.layout.columns.note;
  const cell = col === undefined ? undefined : row.cells[col];
  return cell && !cell.mergedCopy ? cell.text : '';
}

function appendText(texts: Map<string, string>, code: string, text: string): void {
  if (!text) return;
  const before = texts.get(code);
  texts.set(code, before ? `${before}; ${text}` : text);
}

function headingWithNumbers(t: TemplateRow, cell: SourceCell): Finding {
  return {
    severity: 'warning',
    rule: 'values-on-heading',
    where: cell.where,
    message: `${rowReference(t)} là dòng tiêu đề nhưng có số "${cell.text}" (${cellPlace(cell.where)}); số này không được tính, hãy ghi vào các dòng chi tiết bên dưới.`,
  };
}

function buildExtraction(c: Candidate, template: Template): { extraction: Extraction; findings: Finding[] } {
  const byCode = new Map(template.rows.map((r) => [r.code, r]));
  const values: ExtractedValue[] = [];
  const findings: Finding[] = [];
  const texts = new Map<string, string>();
  const rowsFound = new Map<string, string>();
  const unknownRows: NonNullable<Extraction['unknownRows']> = [];
  let openText: string | null = null;
  c.rows.forEach((row, i) => {
    const t = c.matches[i] ? byCode.get(c.matches[i]!.code) : undefined;
    if (!t) {
      // Lines written right under a text row continue it ("- Tổ chức ngày hội đọc sách").
      if (openText && !row.afterGap && !hasNumber(row)) {
        appendText(texts, openText, [row.label, rowText(row)].filter(Boolean).join('; '));
        return;
      }
      openText = null;
      if (row.label && (hasNumber(row) || row.unit)) unknownRows.push({ where: row.where, stt: row.stt, label: row.label });
      return;
    }
    rowsFound.set(t.code, row.where);
    openText = t.kind === 'text' ? t.code : null;
    if (t.kind === 'text') appendText(texts, t.code, rowText(row));
    else appendText(texts, t.code, noteOf(row));
    const stray = t.kind === 'heading' ? numberCell(row) : undefined;
    if (stray) findings.push(headingWithNumbers(t, stray));
    if (t.kind !== 'measured') return;
    const read = readRowValues(t, row);
    values.push(...read.values);
    findings.push(...read.findings);
  });
  const extraction: Extraction = {
    table: c.tables.map((t) => t.name).join(', '),
    values,
    texts: Object.fromEntries(texts),
    rowsFound: Object.fromEntries(rowsFound),
  };
  if (unknownRows.length) extraction.unknownRows = unknownRows;
  return { extraction, findings };
}

/**
 * Find the template's statistics table in a read document (any table or sheet, wherever it
 * starts, columns in any order) and take every number with the cell it came from.
 */
export function extractFigures(doc: SourceDocument, template: Template): { extraction: Extraction | null; findings: Finding[] } {
  const found = findTable(doc, template);
  if (!found) {
    const seen = doc.tables.length ? `đã xem ${doc.tables.length} bảng/trang tính` : 'tệp không có bảng nào';
    return {
      extraction: null,
      findings: [{
        severity: 'error',
        rule: 'no-table',
        where: null,
        message: `Không tìm thấy bảng số liệu theo mẫu "${template.name}" trong tệp "${doc.fileName}" (${seen}).`,
      }],
    };
  }
  return buildExtraction(found, template);
}

/** The numbers alone, by row code and measure. */
export function figuresOf(extraction: Extraction): Figures {
  const figures: Figures = {};
  for (const v of extraction.values) (figures[v.row] ??= {})[v.measure] = v.value;
  return figures;
}
