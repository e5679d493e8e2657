import { cellPlace, rowReference } from '../extract/finding-text';
import { readNumberCell } from '../extract/read-cell';
import type { ExtractedValue, Extraction } from '../model/extraction';
import type { Finding } from '../model/finding';
import type { SourceCell, SourceDocument } from '../model/source';
import type { MeasureKey, Template, TemplateRow } from '../model/template';
import { formatVietnameseNumber } from '../text/numbers';
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

/** A number as read, and how much of it was typed as text (which a program's SUM leaves out), with those cells. */
interface Read {
  value: ExtractedValue;
  asText: number;
  textCells: string[];
}

/** A sum row's cell, settled once its rows are read: `cached` is what the school's program showed, if it stored it. */
interface SumCell {
  row: string;
  measure: MeasureKey;
  where: string;
  raw: string;
  cached?: number;
}

const key = (row: string, measure: MeasureKey) => `${row}\u0000${measure}`;

class FormReader {
  readonly values = new Map<string, Read>();
  readonly findings: Finding[] = [];
  readonly recomputed = new Set<string>();
  private readonly sums: Map<string, string[]>;
  private readonly rows: Map<string, TemplateRow>;

  constructor(template: Template) {
    this.sums = sumRulesOf(template);
    this.rows = new Map(template.rows.map((r) => [r.code, r]));
  }

  /** Every number cell the marker names; the sum rows' cells are returned to be settled after. */
  readCells(marker: FormMarker, cells: Map<string, SourceCell>): SumCell[] {
    const sums: SumCell[] = [];
    for (const c of marker.cells) {
      const t = this.rows.get(c.row);
      if (!t || t.kind !== 'measured' || !t.measures.includes(c.measure)) continue;
      const where = `${marker.sheet}!${c.address}`;
      const cell = cells.get(where) ?? { text: '', where };
      const reading = readNumberCell(cell, !!t.money);
      const isSum = this.sums.has(c.row);
      if (isSum && (reading.kind === 'number' || reading.kind === 'formula-without-result')) {
        sums.push({ row: c.row, measure: c.measure, where, raw: cell.text, ...(reading.kind === 'number' ? { cached: reading.value } : {}) });
      } else if (reading.kind === 'number' || reading.kind === 'blank') {
        const value = reading.kind === 'number' ? reading.value : 0;
        const typed = reading.kind === 'number' && cell.num === undefined;
        this.set({ row: c.row, measure: c.measure, value, where, raw: cell.text }, typed ? value : 0, typed ? [where] : []);
      } else if (reading.kind === 'formula-without-result') {
        this.noResult(t, where);
      } else {
        const reason = reading.kind === 'pair' ? `ghi hai số ("${cell.text}") trong một ô; mỗi ô của biểu mẫu chỉ ghi một số` : reading.reason;
        this.findings.push({ severity: 'error', rule: 'not-a-number', where, message: `${rowReference(t)}: ${cellPlace(where)} — ${reason}.` });
      }
    }
    return sums;
  }

  /**
   * Each sum from its rows, sums of sums in as many passes as they nest. A sum the program
   * did not compute is computed here; one it computed leaving out numbers typed as text is
   * computed again, and said; any other difference stays for the sum check to report.
   */
  settleSums(pending: SumCell[]): void {
    for (let progress = true; pending.length && progress; ) {
      progress = false;
      for (let i = 0; i < pending.length; i++) {
        const inputs = this.inputsOf(pending[i]);
        if (!inputs) continue;
        this.settle(pending[i], inputs);
        pending.splice(i--, 1);
        progress = true;
      }
    }
    for (const p of pending) this.noResult(this.rows.get(p.row)!, p.where);
  }

  private noResult(row: TemplateRow, where: string): void {
    this.findings.push({ severity: 'error', rule: 'formula-without-result', where,
      message: `${rowReference(row)}: ${cellPlace(where)} là công thức nhưng tệp không lưu kết quả và không tính lại được; hãy mở tệp bằng Excel, lưu lại rồi gửi lại.` });
  }

  private inputsOf(p: SumCell): Read[] | null {
    const codes = (this.sums.get(p.row) ?? []).filter((code) => this.rows.get(code)?.measures.includes(p.measure));
    const inputs = codes.map((code) => this.values.get(key(code, p.measure)));
    return inputs.every((r): r is Read => r !== undefined) ? inputs : null;
  }

  private settle(p: SumCell, inputs: Read[]): void {
    const total = inputs.reduce((s, r) => s + r.value.value, 0);
    const asText = inputs.reduce((s, r) => s + r.asText, 0);
    const textCells = inputs.flatMap((r) => r.textCells);
    const value = (v: number) => ({ row: p.row, measure: p.measure, value: v, where: p.where, raw: p.raw });
    if (p.cached === undefined || p.cached === total) {
      if (p.cached === undefined) this.recomputed.add(p.where);
      this.set(value(total), asText, textCells);
    } else if (asText > 0 && p.cached === total - asText) {
      this.set(value(total), asText, textCells);
      this.findings.push({ severity: 'warning', rule: 'form-sum-text', where: p.where,
        message: `${rowReference(this.rows.get(p.row)!)}: ${cellPlace(p.where)} hiển thị ${formatVietnameseNumber(p.cached)} vì chương trình bảng tính không cộng số ghi dạng chữ (${textCells.map(cellPlace).join('; ')}); ứng dụng đã cộng lại: ${formatVietnameseNumber(total)}.` });
    } else {
      this.set(value(p.cached), 0, []);
    }
  }

  private set(value: ExtractedValue, asText: number, textCells: string[]): void {
    this.values.set(key(value.row, value.measure), { value, asText, textCells });
  }
}

/**
 * A returned form read from the cells its marker names: no table to find, no labels to
 * match. A sum's formula that the school's program left without a result is the sum of its
 * rows as read, never a silent zero; text that is not a number is an error on its cell.
 */
export function formFigures(doc: SourceDocument, marker: FormMarker, template: Template): FormReading {
  const cells = cellsByPlace(doc, marker.sheet);
  if (!cells) {
    return {
      extraction: null,
      recomputed: new Set(),
      findings: [{ severity: 'error', rule: 'no-table', where: null,
        message: `Tệp "${doc.fileName}" là biểu mẫu của mẫu "${template.name}" nhưng không còn trang tính "${marker.sheet}": hãy đề nghị đơn vị điền lại biểu mẫu đã gửi, giữ nguyên tên trang.` }],
    };
  }
  const reader = new FormReader(template);
  reader.settleSums(reader.readCells(marker, cells));
  const known = new Set(template.rows.map((r) => r.code));
  const texts = new Map<string, string>();
  const rowsFound = new Map<string, string>();
  for (const r of marker.rows) {
    if (!known.has(r.code)) continue;
    rowsFound.set(r.code, `${marker.sheet}!${r.label}`);
    const text = r.text ? cells.get(`${marker.sheet}!${r.text}`)?.text.trim() : '';
    if (text) texts.set(r.code, text);
  }
  const values = [...reader.values.values()].map((r) => r.value);
  const extraction: Extraction = { table: marker.sheet, values, texts: Object.fromEntries(texts), rowsFound: Object.fromEntries(rowsFound) };
  return { extraction, findings: reader.findings, recomputed: reader.recomputed };
}
