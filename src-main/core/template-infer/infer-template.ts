import type { SourceDocument } from '../model/source';
import type { Template, TemplateColumn, TemplateRow, TemplateRule } from '../model/template';
import { formRows, type FormRow } from './form-rows';
import { formTitle, templateIdOf } from './form-title';
import { TemplateInferenceError, type Confidence, type InferredRowNote, type InferredTemplate } from './inferred';
import { narrativeOutline } from './narrative-outline';
import { rowCodes } from './row-codes';
import { rowHierarchy, type ParentReason, type RowPlace } from './row-hierarchy';
import { rowMeasures, unionMeasures, type RowMeasures } from './row-measures';
import { findStatsTable, type StatsTable } from './stats-table';
import { childrenOf, labelledSums, numbersAddUp, type SumOver } from './sum-rows';
import { unitRules } from './unit-rules';

const REASON_TEXT = new Map<ParentReason, string>([
  ['numbering', 'theo số thứ tự'],
  ['indent', 'theo thụt lề'],
  ['bold', 'hàng trên in đậm'],
  ['order', 'theo thứ tự các hàng'],
]);

/** Totals from the labels, and a filled form's headings whose numbers are their rows' sum. */
function findSums(rows: FormRow[], places: RowPlace[], measures: RowMeasures[], stats: StatsTable): Map<number, SumOver> {
  const sums = labelledSums(rows, places);
  rows.forEach((row, i) => {
    const children = childrenOf(places, i);
    if (!sums.has(i) && children.length && numbersAddUp(row, children.map((c) => rows[c]))) {
      sums.set(i, { of: children, over: 'children', because: 'numbers' });
    }
  });
  for (const [i, sum] of sums) {
    sum.of = sum.of.filter((j) => measures[j].kind === 'measured' && !sums.has(j));
    if (!sum.of.length) {
      sums.delete(i);
    } else if (measures[i].kind !== 'measured') {
      const parts = sum.of.map((j) => measures[j]);
      measures[i] = {
        kind: 'measured',
        measures: unionMeasures(parts.map((p) => p.measures), stats.numberColumns),
        money: parts.every((p) => p.money),
        note: 'số đo theo các hàng nó cộng',
      };
    }
  }
  return sums;
}

function codeList(codes: string[]): string {
  return codes.length > 2 ? `${codes[0]}–${codes[codes.length - 1]}` : codes.join(', ');
}

function columnsOf(stats: StatsTable): TemplateColumn[] {
  const headerOf = (col: number | undefined, fallback: string): string =>
    (col === undefined ? undefined : stats.header?.columns[col]?.header) || fallback;
  const { stt, label, unit, note } = stats.layout.columns;
  const out: TemplateColumn[] = [];
  if (stt !== undefined) out.push({ key: 'stt', header: headerOf(stt, 'STT') });
  out.push({ key: 'label', header: headerOf(label, 'Nội dung') });
  if (unit !== undefined) out.push({ key: 'unit', header: headerOf(unit, 'Đơn vị tính') });
  for (const n of stats.numberColumns) out.push({ key: n.key, header: n.header || 'Số lượng', ...(n.group ? { group: n.group } : {}) });
  if (note !== undefined) out.push({ key: 'note', header: headerOf(note, 'Ghi chú') });
  return out;
}

function tableNotes(doc: SourceDocument, stats: StatsTable, others: number, outlineFound: boolean): string[] {
  const notes = [`Lấy mẫu từ bảng "${stats.table.name}" (${stats.rows.length} hàng${stats.header ? `, dòng tiêu đề ${stats.header.where}` : ', không thấy dòng tiêu đề: đoán các cột theo nội dung'}).`];
  if (others > 0) notes.push(`Tệp còn ${others} bảng số liệu khác: chỉ lấy bảng nhiều hàng nhất.`);
  for (const c of stats.droppedColumns) notes.push(`Cột "${c.header}" không được giữ: một mẫu có tối đa ba cột số (số lượng, số người, giá trị).`);
  if (stats.layout.columns.unit === undefined) notes.push('Mẫu không có cột Đơn vị tính: số đo của mỗi hàng lấy theo các cột số.');
  if (doc.format === 'docx' && !outlineFound) notes.push('Không thấy đề mục đánh số (I., 1.) nào: mẫu chưa có dàn ý báo cáo.');
  return notes;
}

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
  const hasUnitColumn = stats.layout.columns.unit !== undefined;
  const measures = rows.map((row, i) => rowMeasures(row, stats.numberColumns, hasUnitColumn, childrenOf(places, i).length > 0));
  const sums = findSums(rows, places, measures, stats);
  const codes = rowCodes(places, sums);

  const templateRows: TemplateRow[] = rows.map((row, i) => {
    const m = measures[i];
    const out: TemplateRow = { code: codes[i], stt: row.stt, label: row.label, unit: row.unit, kind: m.kind, measures: m.measures };
    if (places[i].parent >= 0) out.parent = codes[places[i].parent];
    if (m.money) out.money = true;
    return out;
  });
  const rules: TemplateRule[] = [];
  const notes: InferredRowNote[] = templateRows.map((t, i) => {
    const said: string[] = [measures[i].note];
    let confidence: Confidence = measures[i].kind === 'text' ? 'low' : 'high';
    const place = places[i];
    if (place.parent >= 0) {
      said.push(`thuộc hàng ${codes[place.parent]} (${REASON_TEXT.get(place.reason)})`);
      if (place.reason === 'indent' || place.reason === 'bold') confidence = lower(confidence);
    }
    const sum = sums.get(i);
    if (sum) {
      const of = sum.of.map((j) => codes[j]);
      rules.push({ type: 'sum', row: t.code, of });
      said.push(`là tổng của các hàng ${codeList(of)}${sum.because === 'numbers' ? ' (số liệu trong mẫu cộng đúng)' : ''}`);
      if (sum.because === 'numbers' || sum.over === 'siblings') confidence = lower(confidence);
    }
    for (const u of unitRules(t)) {
      rules.push(u.rule);
      said.push(u.note);
    }
    if (t.money) said.push('số tiền (đồng)');
    return { code: t.code, where: rows[i].where, confidence, notes: said };
  });
  if (templateRows.some((r) => r.measures.includes('count') && r.measures.includes('people'))) rules.push({ type: 'people-vs-count' });

  const outline = narrativeOutline(doc.sections);
  const name = formTitle(doc, stats.table, stats.header?.top ?? 0);
  const template: Template = {
    id: templateIdOf(doc.fileName),
    version: '1',
    name,
    campaign: name,
    columns: columnsOf(stats),
    rows: templateRows,
    rules,
    outline,
  };
  return {
    template,
    rows: notes,
    table: { name: stats.table.name, headerWhere: stats.header?.where ?? '', bodyRows: stats.rows.length },
    notes: tableNotes(doc, stats, found.others, outline.length > 0),
  };
}

function lower(c: Confidence): Confidence {
  return c === 'high' ? 'medium' : 'low';
}
