import type { SourceDocument } from '../model/source';
import type { Template, TemplateRow } from '../model/template';
import { formNotes, templateColumns } from './form-columns';
import { formRows } from './form-rows';
import { formTitle, templateIdOf } from './form-title';
import { TemplateInferenceError, type InferredTemplate } from './inferred';
import { narrativeOutline } from './narrative-outline';
import { rowCodes } from './row-codes';
import { rowHierarchy } from './row-hierarchy';
import { rowMeasures, unitsNameColumns, type TableTraits } from './row-measures';
import { reviewRows } from './row-review';
import { findStatsTable } from './stats-table';
import { findSums } from './sum-resolve';
import { childrenOf } from './sum-rows';

/**
 * A template from a blank or filled form: its statistics table (columns, rows, hierarchy,
 * measures, totals) and the outline of the report around it, with a note for the reviewer
 * on each guess. Throws TemplateInferenceError, naming the file, when there is no table.
 */
export function inferTemplate(doc: SourceDocument): InferredTemplate {
  const found = findStatsTable(doc.tables);
  if (!found) {
    throw new TemplateInferenceError(
      `Không tìm thấy bảng số liệu trong tệp ${doc.fileName}: cần một bảng có cột nội dung (tên các chỉ tiêu) và các cột số, để trống hoặc đã điền.`,
    );
  }
  const { stats } = found;
  const rows = formRows(stats.rows, stats.numberColumns);
  const places = rowHierarchy(rows);
  const traits: TableTraits = {
    columns: stats.numberColumns,
    hasUnitColumn: stats.layout.columns.unit !== undefined,
    unitsNameColumns: unitsNameColumns(rows.map((r) => r.unit), stats.numberColumns),
  };
  const measures = rows.map((row, i) => rowMeasures(row, traits, childrenOf(places, i).map((c) => rows[c])));
  const sums = findSums(rows, places, measures, stats.numberColumns);
  const codes = rowCodes(places, sums);

  const templateRows: TemplateRow[] = rows.map((row, i) => {
    const m = measures[i];
    const out: TemplateRow = { code: codes[i], stt: row.stt, label: row.label, unit: row.unit, kind: m.kind, measures: m.measures };
    if (places[i].parent >= 0) out.parent = codes[places[i].parent];
    if (m.money) out.money = true;
    return out;
  });
  const { rules, notes } = reviewRows(templateRows, { rows, places, measures, sums, codes });

  const outline = narrativeOutline(doc.sections);
  const name = formTitle(doc, stats.table, stats.header?.top ?? 0);
  const template: Template = {
    id: templateIdOf(doc.fileName),
    version: '1',
    name,
    campaign: name,
    columns: templateColumns(stats),
    rows: templateRows,
    rules,
    outline,
  };
  return {
    template,
    rows: notes,
    table: { name: stats.table.name, headerWhere: stats.header?.where ?? '', bodyRows: stats.rows.length },
    notes: formNotes(doc, stats, found.others, outline.length > 0),
  };
}
