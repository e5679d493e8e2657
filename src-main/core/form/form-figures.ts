import { cellPlace, rowReference } from '../extract/finding-text';
import { readNumberCell } from '../extract/read-cell';
import type { ExtractedValue, Extraction } from '../model/extraction';
import type { Finding } from '../model/finding';
import type { SourceCell, SourceDocument } from '../model/source';
import type { MeasureKey, Template } from '../model/template';
import type { FormMarker } from './form-marker';
import { sumRulesOf } from '../templates/sum-rules';

export interface FormReading {
  extraction: Extraction | null;
  findings: Finding[];
  /** Places whose reader's note ("formula without a result") this reading answered by computing the sum. */
  recomputed: Set<string>;
}

/** Cells of the form's sheet by place ("Biểu mẫu!D8"). */
function cellsByPlace(doc: SourceDocument, sheet: string): Map<string, SourceCell> | null {
  const table = doc.tables.find((t) => t.name === sheet);
  if (!table) return null;
  const out = new Map<string, SourceCell>();
  for (const row of table.rows) for (const cell of row) out.set(cell.where, cell);
  return out;
}

/**
 * A returned form read from the cells its marker names: no table to find, no labels to
 * match. A sum's formula that the school's program left without a result is the sum of its
 * rows as read, never a silent zero; text that is not a number is an error on its cell.
 */
export function formFigures(doc: SourceDocument, marker: FormMarker, template: Template): FormReading {
  const cells = cellsByPlace(doc, marker.sheet);
  const recomputed = new Set<string>();
  if (!cells) {
    return {
      extraction: null,
      recomputed,
      findings: [{ severity: 'error', rule: 'no-table', where: null,
        message: `Tệp "${doc.fileName}" là biểu mẫu của mẫu "${template.name}" nhưng không còn trang tính "${marker.sheet}": hãy đề nghị đơn vị điền lại biểu mẫu đã gửi, giữ nguyên tên trang.` }],
    };
  }
  const place = (address: string) => `${marker.sheet}!${address}`;
  const rows = new Map(template.rows.map((r) => [r.code, r]));
  const values = new Map<string, ExtractedValue>();
  const key = (row: string, measure: MeasureKey) => `${row}\u0000${measure}`;
  const findings: Finding[] = [];
  const pending: Array<{ row: string; measure: MeasureKey; where: string; cell: SourceCell }> = [];

  for (const c of marker.cells) {
    const t = rows.get(c.row);
    if (!t || t.kind !== 'measured' || !t.measures.includes(c.measure)) continue;
    const where = place(c.address);
    const cell = cells.get(where) ?? { text: '', where };
    const reading = readNumberCell(cell, !!t.money);
    if (reading.kind === 'number') values.set(key(c.row, c.measure), { row: c.row, measure: c.measure, value: reading.value, where, raw: cell.text });
    else if (reading.kind === 'blank') values.set(key(c.row, c.measure), { row: c.row, measure: c.measure, value: 0, where, raw: '' });
    else if (reading.kind === 'formula-without-result') pending.push({ row: c.row, measure: c.measure, where, cell });
    else {
      const reason = reading.kind === 'pair' ? `ghi hai số ("${cell.text}") trong một ô; mỗi ô của biểu mẫu chỉ ghi một số` : reading.reason;
      findings.push({ severity: 'error', rule: 'not-a-number', where, message: `${rowReference(t)}: ${cellPlace(where)} — ${reason}.` });
    }
  }

  // Sums of sums: computed in as many passes as they nest.
  const sums = sumRulesOf(template);
  for (let progress = true; pending.length && progress; ) {
    progress = false;
    for (let i = 0; i < pending.length; i++) {
      const p = pending[i];
      const inputs = (sums.get(p.row) ?? []).filter((code) => rows.get(code)?.measures.includes(p.measure));
      if (!sums.has(p.row) || inputs.some((code) => !values.has(key(code, p.measure)))) continue;
      const total = inputs.reduce((s, code) => s + values.get(key(code, p.measure))!.value, 0);
      values.set(key(p.row, p.measure), { row: p.row, measure: p.measure, value: total, where: p.where, raw: p.cell.text });
      recomputed.add(p.where);
      pending.splice(i--, 1);
      progress = true;
    }
  }
  for (const p of pending) {
    findings.push({ severity: 'error', rule: 'formula-without-result', where: p.where,
      message: `${rowReference(rows.get(p.row)!)}: ${cellPlace(p.where)} là công thức nhưng tệp không lưu kết quả và không tính lại được; hãy mở tệp bằng Excel, lưu lại rồi gửi lại.` });
  }

  const texts = new Map<string, string>();
  const rowsFound = new Map<string, string>();
  for (const r of marker.rows) {
    if (!rows.has(r.code)) continue;
    rowsFound.set(r.code, place(r.label));
    const text = r.text ? cells.get(place(r.text))?.text.trim() : '';
    if (text) texts.set(r.code, text);
  }
  const extraction: Extraction = { table: marker.sheet, values: [...values.values()], texts: Object.fromEntries(texts), rowsFound: Object.fromEntries(rowsFound) };
  return { extraction, findings, recomputed };
}
