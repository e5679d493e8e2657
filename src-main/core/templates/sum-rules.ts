import type { Template } from '../model/template';

/** Each sum rule's row with the rows it adds ("1.0" → 1.1–1.14). */
export function sumRulesOf(template: Template): Map<string, string[]> {
  const sums = new Map<string, string[]>();
  for (const rule of template.rules) if (rule.type === 'sum') sums.set(rule.row, rule.of);
  return sums;
}
