import type { TemplateRow, TemplateRule } from '../model/template';
import { fold } from '../text/vietnamese';
import type { FormRow } from './form-rows';
import type { Confidence, InferredRowNote } from './inferred';
import type { ParentReason, RowPlace } from './row-hierarchy';
import type { RowMeasures } from './row-measures';
import type { SumOver } from './sum-rows';
import { unitRules } from './unit-rules';

const REASON_TEXT = new Map<ParentReason, string>([
  ['numbering', 'theo số thứ tự'],
  ['indent', 'theo thụt lề'],
  ['bold', 'hàng trên in đậm'],
  ['order', 'theo thứ tự các hàng'],
]);

function codeList(codes: string[]): string {
  return codes.length > 2 ? `${codes[0]}–${codes[codes.length - 1]}` : codes.join(', ');
}

/** What the inference found out about the form's rows, index by index. */
export interface RowFindings {
  rows: FormRow[];
  places: RowPlace[];
  measures: RowMeasures[];
  sums: Map<number, SumOver>;
  codes: string[];
}

/**
 * The rules the rows suggest (totals, one per school, entered by the office, people ≥
 * count) and, for the reviewer, each row's guesses and how sure they are.
 */
export function reviewRows(templateRows: TemplateRow[], found: RowFindings): { rules: TemplateRule[]; notes: InferredRowNote[] } {
  const { rows, places, measures, sums, codes } = found;
  const rules: TemplateRule[] = [];
  const notes: InferredRowNote[] = templateRows.map((t, i) => {
    const said: string[] = [measures[i].note];
    let confidence: Confidence = measures[i].kind === 'text' ? 'low' : measures[i].doubtful ? 'medium' : 'high';
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
    if (isRatio(t)) {
      said.push('tỷ lệ: cộng các trường lại không ra tỷ lệ của Phòng, hãy xem lại hàng này');
      confidence = 'low';
    }
    return { code: t.code, where: rows[i].where, confidence, notes: said };
  });
  // Count and people are keys only when the headers say so ("Nữ", "Dân tộc" are plain columns).
  if (templateRows.some((r) => r.measures.includes('count') && r.measures.includes('people'))) rules.push({ type: 'people-vs-count' });
  return { rules, notes };
}

/** "Tỷ lệ học sinh …", "%": a ratio, not a count to add up. */
function isRatio(row: TemplateRow): boolean {
  return row.kind === 'measured' && (/%/.test(row.unit) || /^(ty le|phan tram)\b/.test(fold(row.label)));
}

function lower(c: Confidence): Confidence {
  return c === 'high' ? 'medium' : 'low';
}
