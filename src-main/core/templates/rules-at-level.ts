import type { RoundLevel } from '../model/round';
import type { Template, TemplateRule } from '../model/template';

/**
 * The level a rule holds at. A district-only row is the one the district office fills
 * itself: a rule of a round of schools; at the province the districts report it and it is
 * summed like any other row.
 */
export function ruleLevel(rule: TemplateRule): RoundLevel | undefined {
  return rule.level ?? (rule.type === 'district-only' ? 'school' : undefined);
}

/** The template with only the rules that hold for units of `level`: what checks and sums of that round apply. */
export function templateAtLevel(template: Template, level: RoundLevel): Template {
  const rules = template.rules.filter((r) => {
    const at = ruleLevel(r);
    return at === undefined || at === level;
  });
  return rules.length === template.rules.length ? template : { ...template, rules };
}
