import type { MeasureKey, OutlineSection, Template, TemplateRule } from '../core/model/template';
import { measureName } from '../core/render/vi-labels';
import type { InferredTemplate } from '../core/template-infer';

/** How an inferred template reads for the specialist, in the terminal and as JSON. */

const CONFIDENCE = new Map([['high', 'chắc'], ['medium', 'cần xem'], ['low', 'đoán']]);
const KIND = new Map([['heading', 'tiêu đề'], ['text', 'ghi chữ']]);

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const pad = (s: string, n: number) => shorten(s, n).padEnd(n);

export function sumOf(template: Template, code: string): string[] {
  const rule = template.rules.find((r): r is Extract<TemplateRule, { type: 'sum' }> => r.type === 'sum' && r.row === code);
  return rule ? rule.of : [];
}

function measureHeader(template: Template, key: MeasureKey): string {
  return template.columns.find((c) => c.key === key)?.header ?? measureName(key, template);
}

function ruleText(rule: TemplateRule, template: Template): string {
  switch (rule.type) {
    case 'sum':
      return `hàng ${rule.row} = tổng các hàng ${rule.of.join(', ')}`;
    case 'max-per-unit':
      return `hàng ${rule.row}: mỗi ${rule.level === 'school' ? 'trường' : 'đơn vị'} tối đa ${rule.max}`;
    case 'district-only':
      return `hàng ${rule.row}: do Phòng tự điền, không cộng từ các trường`;
    case 'people-vs-count':
      return `hàng có cả ${measureHeader(template, 'count')} và ${measureHeader(template, 'people')}: số người không ít hơn số lớp/cuộc`;
  }
}

function outlineLines(sections: OutlineSection[], depth = 1): string[] {
  return sections.flatMap((s) => [
    `${'  '.repeat(depth)}${s.code}. ${s.title}${s.holdsTable ? '  (chứa bảng số liệu)' : ''}`,
    ...outlineLines(s.children ?? [], depth + 1),
  ]);
}

/** The inferred template as a table of rows, then its rules, the outline and the notes. */
export function describeInferred(inferred: InferredTemplate, file: string): string[] {
  const t = inferred.template;
  const lines = [
    `Mẫu "${t.name}" lập từ tệp ${file} (mã mẫu ${t.id}, ${t.rows.length} hàng):`,
    `${pad('Mã', 8)} ${pad('STT', 4)} ${pad('Nội dung', 50)} ${pad('Đơn vị', 12)} ${pad('Số đo', 28)} ${pad('Thuộc', 6)} Độ chắc`,
  ];
  t.rows.forEach((r, i) => {
    const measures = r.measures.length ? r.measures.map((k) => measureHeader(t, k)).join(' + ') : (KIND.get(r.kind) ?? '');
    const note = inferred.rows[i];
    lines.push(`${pad(r.code, 8)} ${pad(r.stt, 4)} ${pad(r.label, 50)} ${pad(r.unit, 12)} ${pad(measures + (r.money ? ' (tiền)' : ''), 28)} ${pad(r.parent ?? '', 6)} ${CONFIDENCE.get(note.confidence)}`);
  });
  lines.push('Quy tắc kiểm tra đề xuất:', ...(t.rules.length ? t.rules.map((r) => `  - ${ruleText(r, t)}`) : ['  (không có)']));
  lines.push('Dàn ý báo cáo:', ...(t.outline.length ? outlineLines(t.outline) : ['  (không có)']));
  lines.push('Ghi chú:', ...inferred.notes.map((n) => `  - ${n}`));
  const unsure = inferred.rows.filter((r) => r.confidence !== 'high');
  if (unsure.length) {
    lines.push('Cần xem lại:', ...unsure.map((r) => `  - hàng ${r.code} (${r.where}): ${r.notes.join('; ')}`));
  }
  return lines;
}

/** The JSON document of `template infer --json`: the rows in short, then the whole template. */
export function inferredJson(inferred: InferredTemplate, file: string): unknown {
  const t = inferred.template;
  return {
    file,
    rows: t.rows.map((r, i) => ({
      code: r.code,
      stt: r.stt,
      label: r.label,
      unit: r.unit,
      kind: r.kind,
      measures: r.measures,
      parent: r.parent ?? null,
      sumOf: sumOf(t, r.code),
      money: !!r.money,
      where: inferred.rows[i].where,
      confidence: inferred.rows[i].confidence,
      notes: inferred.rows[i].notes,
    })),
    outline: t.outline,
    rules: t.rules,
    table: inferred.table,
    notes: inferred.notes,
    template: t,
  };
}
